"""The data of ``st.data_editor``: its format, its columns' kinds, and the edited data.

Streamlit turns the editor's data into a pandas DataFrame, applies the editing state
(cell edits, then deleted rows, then added rows) and converts the result back to the
format it was given (``convert_pandas_df_to_data_format``). pandas objects, pyarrow tables
and numpy arrays (when pandas is importable) follow that path here with pandas itself;
plain Python data (records, rows, values, dicts) is edited without pandas, reproducing
what pandas would do to it: an integer column that receives a missing value turns into
floats, a boolean column refuses a missing value, a mixed column becomes text.
"""

from __future__ import annotations

import datetime
import decimal
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from wasmlit.elements import frame as frames
from wasmlit.errors import StreamlitAPIException, StreamlitDataframeConversionError
from wasmlit.runtime import log

INDEX = "_index"

# Streamlit's DataFormat names for what the editor accepts.
RECORDS, ROWS, VALUES, TUPLE_VALUES, SET_VALUES = (
    "LIST_OF_RECORDS",
    "LIST_OF_ROWS",
    "LIST_OF_VALUES",
    "TUPLE_OF_VALUES",
    "SET_OF_VALUES",
)
COLUMN_VALUES, COLUMN_INDEX, KEY_VALUE = "COLUMN_VALUE_MAPPING", "COLUMN_INDEX_MAPPING", "KEY_VALUE_DICT"
PANDAS_FORMATS = {
    "PANDAS_DATAFRAME",
    "PANDAS_SERIES",
    "PANDAS_INDEX",
    "PANDAS_STYLER",
    "PYARROW_TABLE",
    "NUMPY_LIST",
    "NUMPY_MATRIX",
    "COLUMN_SERIES_MAPPING",
}


def _is_scalar_list(items: Any) -> bool:
    return not any(isinstance(item, list | tuple | set | frozenset | dict) for item in items)


def data_format(data: Any) -> str:
    """Streamlit's ``determine_data_format`` for the data the editor takes, or ``UNKNOWN``."""
    kind, module = type(data).__name__, type(data).__module__ or ""
    if data is None:
        return "EMPTY"
    if module.startswith("pandas"):
        if kind == "Styler":
            return "PANDAS_STYLER"
        if kind in ("DataFrame", "Series"):
            return f"PANDAS_{kind.upper()}"
        if kind.endswith("Index"):
            return "PANDAS_INDEX"
    if module.startswith("numpy") and kind == "ndarray":
        return "NUMPY_LIST" if len(data.shape) == 1 else "NUMPY_MATRIX"
    if module.startswith("pyarrow") and kind == "Table":
        return "PYARROW_TABLE"
    if isinstance(data, list | tuple | set | frozenset):
        if _is_scalar_list(data):
            return (
                TUPLE_VALUES if isinstance(data, tuple) else SET_VALUES if isinstance(data, set | frozenset) else VALUES
            )
        first = next(iter(data))
        return RECORDS if isinstance(first, dict) else ROWS
    if isinstance(data, Mapping):
        if not data:
            return KEY_VALUE
        first = next(iter(data.values()))
        if isinstance(first, dict):
            return COLUMN_INDEX
        if isinstance(first, list | tuple):
            return COLUMN_VALUES
        if type(first).__name__ == "Series":
            return "COLUMN_SERIES_MAPPING"
        return KEY_VALUE
    return "UNKNOWN"


# ----- column kinds (Streamlit's ColumnDataKind) -------------------------------------------

_INFERRED_KINDS = {
    "string": "string",
    "bytes": "bytes",
    "floating": "float",
    "mixed-integer-float": "float",
    "integer": "integer",
    "decimal": "decimal",
    "complex": "complex",
    "boolean": "boolean",
    "datetime": "datetime",
    "date": "date",
    "time": "time",
    "timedelta": "timedelta",
    "empty": "empty",
}
_DTYPE_KINDS = {
    frames.INT: "integer",
    frames.FLOAT: "float",
    frames.BOOL: "boolean",
    frames.STR: "string",
    frames.DATETIME: "datetime",
    frames.DATETIMETZ: "datetime",
    frames.TIMEDELTA: "timedelta",
}


def data_kind(column: frames.Column) -> str:
    """The kind Streamlit reads from a column's Arrow type or inferred dtype; ``unknown``
    for a column Arrow cannot hold (mixed values), which the editor shows as text."""
    if column.dtype == frames.CATEGORY:
        return _INFERRED_KINDS.get(frames.infer_values(column.categories), "unknown")
    if column.dtype in _DTYPE_KINDS:
        return _DTYPE_KINDS[column.dtype]
    present = [value for value in column.values if value is not None]
    if present and all(isinstance(value, list | tuple) for value in present):
        return "list"
    if present and all(isinstance(value, dict) for value in present):
        return "dict"
    return _INFERRED_KINDS.get(frames.infer_values(present), "unknown")


# ----- values from the page ----------------------------------------------------------------


def _parse_moment(value: Any, kind: str) -> Any:
    text = str(value).replace("Z", "+00:00")
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        moment = datetime.datetime.combine(datetime.date.today(), datetime.time.fromisoformat(text))
    if kind == "date":
        return moment.date()
    if kind == "time":
        return moment.time()
    return moment


def parse_value(value: Any, kind: str) -> Any:
    """A value from the page as the column holds it; None when it cannot be read (logged)."""
    if value is None:
        return None
    if kind == "timedelta" and isinstance(value, int | float) and not isinstance(value, bool):
        if not math.isfinite(value):
            raise ValueError("Duration seconds must be finite.")
        return datetime.timedelta(seconds=value)
    try:
        if kind in ("list", "empty"):
            is_list = isinstance(value, list | tuple)
            return list(value) if is_list else [value] if kind == "list" else value
        if kind == "string":
            return str(value)
        if isinstance(value, list):
            raise TypeError("List values are only supported by list, string and empty columns.")
        readers: dict[str, Any] = {"integer": int, "float": float, "boolean": bool}
        if kind in readers:
            return readers[kind](value)
        if kind == "decimal":
            return decimal.Decimal(str(value))
        if kind in ("datetime", "date", "time"):
            return _parse_moment(value, kind)
    except (ValueError, TypeError, OverflowError, decimal.InvalidOperation) as error:
        log.warn(f"Failed to parse value {value} as {kind}: {error}")
        return None
    return value


# ----- the table being edited --------------------------------------------------------------


@dataclass
class EditorTable:
    """The editor's data: its format, columns (named as text) and their kinds."""

    format: str
    frame: frames.Frame
    kinds: dict[str, str] = field(default_factory=dict)  # column name (and "_index") -> kind
    stringified: list[str] = field(default_factory=list)  # mixed columns shown (and returned) as text
    pandas_frame: Any = None  # the DataFrame copy edited on the pandas path

    @property
    def names(self) -> list[str]:
        return [str(column.name) for column in self.frame.columns]


def _pandas_available() -> bool:
    try:
        import pandas  # type: ignore[import-untyped]  # noqa: F401
    except ImportError:
        return False
    return True


def _to_pandas(data: Any, data_format_name: str) -> Any:
    """Streamlit's ``convert_anything_to_pandas_df(data, ensure_copy=True)`` for these formats."""
    import pandas

    if data_format_name == "PANDAS_STYLER":
        return data.data.copy()
    if data_format_name == "PANDAS_DATAFRAME":
        return data.copy()
    if data_format_name == "PYARROW_TABLE":
        return data.to_pandas()
    frame = pandas.DataFrame(data)
    if data_format_name.startswith("NUMPY") and len(frame.columns) == 1 and frame.columns[0] == 0:
        frame.columns = ["value"]
    return frame


def _flat_header(label: Any) -> str:
    return "_".join(str(part) for part in label) if isinstance(label, tuple) else str(label)


def load_table(data: Any, *, check_names: bool = True) -> EditorTable:
    """Read the editor's data; pandas-shaped data keeps a DataFrame copy to edit."""
    data_format_name = data_format(data)
    if data_format_name == "UNKNOWN":
        raise StreamlitDataframeConversionError(
            f"The data type ({type(data).__name__}) or format is not supported by the data editor. "
            "Please convert your data into a Pandas Dataframe or another supported data format."
        )
    pandas_frame = None
    if data_format_name in PANDAS_FORMATS and _pandas_available():
        pandas_frame = _to_pandas(data, data_format_name)
        _check_index(pandas_frame)
        pandas_frame.columns = [_flat_header(label) for label in pandas_frame.columns]
        frame = frames.to_frame(pandas_frame)
    else:
        frame = frames.to_frame(list(data) if isinstance(data, set | frozenset) else data)
        for position, column in enumerate(frame.columns):
            frame.columns[position] = column.renamed(_flat_header(column.name))
    table = EditorTable(data_format_name, frame, pandas_frame=pandas_frame)
    if check_names:
        _check_names(table.names)
    table.kinds[INDEX] = data_kind(frame.index)
    for column in frame.columns:
        kind = data_kind(column)
        if kind == "unknown" and column.dtype == frames.OBJECT:
            _stringify(table, column)
            kind = "string"
        table.kinds[str(column.name)] = kind
    return table


def _stringify(table: EditorTable, column: frames.Column) -> None:
    column.values = [None if value is None else str(value) for value in column.values]
    column.dtype = frames.STR
    table.stringified.append(str(column.name))
    if table.pandas_frame is not None:
        table.pandas_frame[column.name] = table.pandas_frame[column.name].astype("string")


def _check_index(pandas_frame: Any) -> None:
    supported = ("RangeIndex", "Index", "DatetimeIndex", "CategoricalIndex")
    kind = type(pandas_frame.index).__name__
    if kind not in supported:
        raise StreamlitAPIException(
            f"The type of the dataframe index - {kind} - is not yet supported by the data editor."
        )


def _check_names(names: list[str]) -> None:
    duplicated = [name for position, name in enumerate(names) if name in names[:position]]
    if duplicated:
        raise StreamlitAPIException(
            "All column names are required to be unique for usage with data editor. The following column "
            f"names are duplicated: {duplicated}. Please rename the duplicated columns in the provided data."
        )
    if INDEX in names:
        raise StreamlitAPIException(
            f"The column name '{INDEX}' is reserved for the index column and can't be used for data columns. "
            "Please rename the column in the provided data."
        )
