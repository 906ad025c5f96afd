"""Applying ``st.data_editor``'s editing state to its data, and returning the data in the
format it was given: cell edits first, then deleted rows, then added rows (as Streamlit).

Edits the page sends that the data cannot take (a missing value in a boolean column, an
added row whose index value already exists) are skipped with a log line, as Streamlit does.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any

from wasmlit.elements import frame as frames
from wasmlit.elements.editor_data import (
    COLUMN_INDEX,
    COLUMN_VALUES,
    INDEX,
    KEY_VALUE,
    RECORDS,
    ROWS,
    SET_VALUES,
    TUPLE_VALUES,
    VALUES,
    EditorTable,
    parse_value,
)
from wasmlit.errors import StreamlitDataframeConversionError
from wasmlit.runtime import log

_FAILURES = (TypeError, ValueError, OverflowError)


def edited_data(table: EditorTable, state: Mapping[str, Any]) -> Any:
    """The data with ``state`` applied, in the format the script gave it."""
    if table.pandas_frame is not None:
        return _pandas_result(table, _edit_pandas(table, state))
    frame = _edit_plain(table, state)
    return _plain_result(table.format, frame)


# ----- without pandas ----------------------------------------------------------------------


def _copy(frame: frames.Frame) -> frames.Frame:
    columns = [frames.Column(c.name, list(c.values), c.dtype, c.ordered, c.categories) for c in frame.columns]
    index = frames.Column(frame.index.name, list(frame.index.values), frame.index.dtype)
    return frames.Frame(columns, index, frame.range_index)


def _set_cell(column: frames.Column, row: int, value: Any) -> None:
    if value is None and column.dtype == frames.BOOL:
        raise TypeError(f"Invalid value 'nan' for dtype 'bool' in column {column.name!r}")
    column.values[row] = value


def _edit_cells(table: EditorTable, frame: frames.Frame, edited_rows: Mapping[Any, Any]) -> None:
    by_name = {str(column.name): column for column in frame.columns}
    for row_key, changes in edited_rows.items():
        row = int(row_key)
        for name, raw in changes.items():
            try:
                value = parse_value(raw, table.kinds.get(name, "unknown"))
                _set_cell(frame.index if name == INDEX else by_name[name], row, value)
            except (*_FAILURES, KeyError, IndexError) as error:
                log.warn(f"Failed to apply edit {raw!r} to row {row}, column {name}. Edit ignored. ({error})")


def _delete_rows(frame: frames.Frame, deleted: list[int]) -> None:
    # Streamlit drops by index label: rows sharing a deleted row's label go too.
    labels = [frame.index.values[position] for position in deleted if 0 <= position < len(frame)]
    keep = [position for position, label in enumerate(frame.index.values) if label not in labels]
    for column in [*frame.columns, frame.index]:
        column.values = [column.values[position] for position in keep]


def _next_label(frame: frames.Frame) -> int | None:
    labels = frame.index.values
    if frame.range_index or all(frames._is_int(label) for label in labels):
        return max(labels, default=-1) + 1
    return None


def _add_rows(table: EditorTable, frame: frames.Frame, added: list[Mapping[str, Any]]) -> None:
    by_name = {str(column.name): column for column in frame.columns}
    for row in added:
        try:
            values = {name: parse_value(raw, table.kinds.get(name, "unknown")) for name, raw in row.items()}
            unknown = [name for name in values if name != INDEX and name not in by_name]
            if unknown:
                raise KeyError(unknown[0])
        except (*_FAILURES, KeyError) as error:
            log.warn(f"Failed to parse added row. Row addition skipped. ({error})")
            continue
        label = values.get(INDEX)
        if label is not None and not frame.range_index:
            if label in frame.index.values:
                log.warn("Cannot add row because its index value already exists. Row addition skipped.")
                continue
        else:
            label = _next_label(frame)
            if label is None:
                log.warn("Cannot automatically add row for this index without an index value. Row skipped.")
                continue
        frame.index.values.append(label)
        for name, column in by_name.items():
            column.values.append(values.get(name))


def _settle_dtypes(frame: frames.Frame) -> None:
    """pandas' upcasts: an integer column holding a missing value holds floats."""
    for column in frame.columns:
        if column.dtype == frames.INT and any(value is None for value in column.values):
            column.values = [None if value is None else float(value) for value in column.values]
            column.dtype = frames.FLOAT


def _edit_plain(table: EditorTable, state: Mapping[str, Any]) -> frames.Frame:
    frame = _copy(table.frame)
    if state.get("edited_rows"):
        _edit_cells(table, frame, state["edited_rows"])
    if state.get("deleted_rows"):
        _delete_rows(frame, list(state["deleted_rows"]))
    if state.get("added_rows"):
        _add_rows(table, frame, list(state["added_rows"]))
    _settle_dtypes(frame)
    return frame


def _single_column(frame: frames.Frame) -> list[Any]:
    if len(frame.columns) > 1:
        raise StreamlitDataframeConversionError(
            f"DataFrame is expected to have a single column but has {len(frame.columns)}."
        )
    return list(frame.columns[0].values) if frame.columns else []


def _plain_result(format_name: str, frame: frames.Frame) -> Any:
    names = [str(column.name) for column in frame.columns]
    rows = [list(row) for row in zip(*(column.values for column in frame.columns), strict=True)]
    if not frame.columns:
        rows = [[] for _ in range(len(frame))]
    labels = frame.index.values
    if format_name == RECORDS:
        return [dict(zip(names, row, strict=True)) for row in rows]
    if format_name == ROWS:
        return rows
    if format_name == COLUMN_VALUES:
        return {name: list(column.values) for name, column in zip(names, frame.columns, strict=True)}
    if format_name == COLUMN_INDEX:
        return {
            name: dict(zip(labels, column.values, strict=True))
            for name, column in zip(names, frame.columns, strict=True)
        }
    if format_name == KEY_VALUE:
        return dict(zip(labels, frame.columns[0].values, strict=True)) if frame.columns and len(frame) else {}
    if format_name in (VALUES, TUPLE_VALUES, SET_VALUES):
        values = _single_column(frame)
        return tuple(values) if format_name == TUPLE_VALUES else set(values) if format_name == SET_VALUES else values
    if format_name.startswith("NUMPY"):
        import numpy

        if not frame.columns or not len(frame):
            return numpy.ndarray(0)
        return numpy.array(_single_column(frame) if format_name == "NUMPY_LIST" else rows)
    return [dict(zip(names, row, strict=True)) for row in rows]


# ----- with pandas -------------------------------------------------------------------------


def _pandas_value(value: Any, kind: str) -> Any:
    import pandas  # type: ignore[import-untyped]

    parsed = parse_value(value, kind)
    if kind == "timedelta" and parsed is not None:
        return pandas.Timedelta(parsed)
    if kind == "datetime" and parsed is not None:
        return pandas.Timestamp(parsed)
    return parsed


def _edit_pandas_cells(table: EditorTable, df: Any, edited_rows: Mapping[Any, Any]) -> None:
    for row_key, changes in edited_rows.items():
        row = int(row_key)
        for name, raw in changes.items():
            try:
                value = _pandas_value(raw, table.kinds.get(name, "unknown"))
                if name == INDEX:
                    df.index = df.index.delete(row).insert(row, value)
                else:
                    df.iat[row, df.columns.get_loc(name)] = value
            except (*_FAILURES, KeyError, IndexError) as error:
                log.warn(f"Failed to apply edit {raw!r} to row {row}, column {name}. Edit ignored. ({error})")


def _pandas_next_label(df: Any) -> int | None:
    import pandas

    if isinstance(df.index, pandas.RangeIndex):
        return int(df.index.stop)
    if pandas.api.types.is_integer_dtype(df.index.dtype):
        return 0 if df.index.empty else int(df.index.max()) + 1
    return None


def _assign_row(df: Any, label: Any, values: list[Any]) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)
            df.loc[label] = dict(zip(df.columns, values, strict=True))
    except _FAILURES as error:
        log.warn(f"Failed to add row. Row addition skipped. ({error})")
        return False
    return True


def _add_pandas_rows(table: EditorTable, df: Any, added: list[Mapping[str, Any]]) -> None:
    import pandas

    range_index = isinstance(df.index, pandas.RangeIndex)
    next_label = _pandas_next_label(df)
    for row in added:
        values: list[Any] = [None] * df.shape[1]
        label = None
        try:
            for name, raw in row.items():
                value = _pandas_value(raw, table.kinds.get(name, "unknown"))
                if name == INDEX:
                    label = value
                else:
                    values[df.columns.get_loc(name)] = value
        except (*_FAILURES, KeyError) as error:
            log.warn(f"Failed to parse added row. Row addition skipped. ({error})")
            continue
        if label is not None and not range_index:
            if label in df.index:
                log.warn("Cannot add row because its index value already exists. Row addition skipped.")
            else:
                _assign_row(df, label, values)
        elif next_label is not None:
            if _assign_row(df, next_label, values):
                next_label += 1
        else:
            log.warn("Cannot automatically add row for this index without an index value. Row skipped.")


def _edit_pandas(table: EditorTable, state: Mapping[str, Any]) -> Any:
    df = table.pandas_frame.copy()
    if state.get("edited_rows"):
        _edit_pandas_cells(table, df, state["edited_rows"])
    if state.get("deleted_rows"):
        df = df.drop(df.index[list(state["deleted_rows"])])
    if state.get("added_rows"):
        _add_pandas_rows(table, df, list(state["added_rows"]))
    return df


def _pandas_result(table: EditorTable, df: Any) -> Any:
    format_name = table.format
    if format_name == "PANDAS_SERIES":
        if len(df.columns) != 1:
            raise StreamlitDataframeConversionError(
                f"DataFrame is expected to have a single column but has {len(df.columns)}."
            )
        return df.iloc[:, 0]
    if format_name == "PYARROW_TABLE":
        import pyarrow  # type: ignore[import-untyped]

        return pyarrow.Table.from_pandas(df)
    if format_name == "NUMPY_LIST":
        import numpy

        return numpy.ndarray(0) if df.empty else df.iloc[:, 0].to_numpy()
    if format_name == "NUMPY_MATRIX":
        import numpy

        return numpy.ndarray(0) if df.empty else df.to_numpy()
    if format_name == "COLUMN_SERIES_MAPPING":
        return df.to_dict(orient="series")
    return df
