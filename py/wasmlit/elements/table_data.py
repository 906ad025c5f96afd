"""Tabular data for ``st.table`` and ``st.dataframe``, with or without pandas.

Without pandas: a list of dicts (records), a dict of lists (columns), a dict of scalars
(key -> value), a dict of dicts (column -> index -> value), a list of lists (rows), a
list, tuple, set or range of values, and array-likes with ``tolist()``. The shapes
follow ``pandas.DataFrame``'s, as Streamlit converts them.

With pandas: a ``DataFrame`` is read through a small interface only: ``columns``,
``index`` and ``itertuples(index=False, name=None)``; a ``Series`` through ``to_frame()``,
a ``Styler`` through ``.data``. An index that is a ``RangeIndex`` from 0 by 1 counts as
"no index", which both elements hide by default. numpy arrays, pyarrow tables and polars
frames are read through ``frame.to_frame`` (as the charts read them).
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from wasmlit.errors import StreamlitDataframeConversionError

# Cells beyond this many rows are not sent to the page: the browser's table stays usable.
MAX_ROWS = 10_000


@dataclass
class TableData:
    columns: list[str]
    rows: list[list[Any]]
    index: list[Any] | None  # None: a default 0..n-1 index
    index_name: str = ""
    # The data named no columns (rows, plain values, key -> value): st.table hides the header.
    unnamed_columns: bool = False

    @property
    def kinds(self) -> list[str]:
        return [column_kind([row[position] for row in self.rows]) for position in range(len(self.columns))]


def cell(value: Any) -> Any:
    """A cell as JSON: numbers and text stay, missing values become None, others ``str()``.

    >>> cell(1), cell(float("nan")), cell(True), cell((1, 2))
    (1, None, True, '(1, 2)')
    """
    item = getattr(value, "item", None)
    if callable(item) and not isinstance(value, str | bytes):
        try:
            value = item()
        except (TypeError, ValueError):
            pass
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else value if math.isfinite(value) else str(value)
    if isinstance(value, numbers.Real):
        return float(value)
    return str(value)


def column_kind(values: list[Any]) -> str:
    """``bool``, ``int``, ``float`` (pandas' float64: ints mixed with floats or missing values) or ``text``.

    >>> column_kind([1, 2]), column_kind([1, None]), column_kind([1.5, 2]), column_kind(["a", 1]), column_kind([])
    ('int', 'float', 'float', 'text', 'text')
    """
    present = [value for value in values if value is not None]
    if not present:
        return "text"
    if all(isinstance(value, bool) for value in present):
        return "bool"
    if any(isinstance(value, bool) or not isinstance(value, int | float) for value in present):
        return "text"
    if len(present) == len(values) and all(isinstance(value, int) for value in present):
        return "int"
    return "float"


def _label(value: Any) -> str:
    if isinstance(value, tuple):
        return " / ".join(str(part) for part in value)
    return str(value)


def _is_default_index(index: Any, length: int) -> bool:
    if type(index).__name__ == "RangeIndex":
        return getattr(index, "start", 0) == 0 and getattr(index, "step", 1) == 1
    return list(index) == list(range(length))


def _from_dataframe(frame: Any) -> TableData:
    rows = [[cell(value) for value in row] for row in frame.itertuples(index=False, name=None)]
    index = list(frame.index)
    names = [name for name in getattr(frame.index, "names", [getattr(frame.index, "name", None)]) if name is not None]
    return TableData(
        columns=[_label(column) for column in frame.columns],
        rows=rows,
        index=None if _is_default_index(frame.index, len(rows)) else [cell(_label(value)) for value in index],
        index_name=" / ".join(str(name) for name in names),
    )


def _from_records(records: list[Mapping[Any, Any]]) -> TableData:
    columns: dict[Any, None] = {}
    for record in records:
        columns.update(dict.fromkeys(record))
    rows = [[cell(record.get(column)) for column in columns] for record in records]
    return TableData([_label(column) for column in columns], rows, None)


def _from_mapping(data: Mapping[Any, Any]) -> TableData:
    values = list(data.values())
    if values and all(isinstance(value, Mapping) for value in values):
        index: dict[Any, None] = {}
        for column in values:
            index.update(dict.fromkeys(column))
        rows = [[cell(column.get(key)) for column in values] for key in index]
        return TableData([_label(key) for key in data], rows, [cell(_label(key)) for key in index])
    if values and all(_is_sequence(value) for value in values):
        columns = [list(value.tolist() if hasattr(value, "tolist") else value) for value in values]
        lengths = {len(column) for column in columns}
        if len(lengths) > 1:
            raise StreamlitDataframeConversionError(_conversion_message(data))
        height = lengths.pop() if lengths else 0
        rows = [[cell(column[position]) for column in columns] for position in range(height)]
        return TableData([_label(key) for key in data], rows, None)
    # Key -> value: one "value" column indexed by the keys.
    return TableData(
        ["value"], [[cell(value)] for value in values], [cell(_label(key)) for key in data], unnamed_columns=True
    )


def _from_sequence(items: list[Any]) -> TableData:
    if items and all(isinstance(item, Mapping) for item in items):
        return _from_records(items)
    if items and all(_is_sequence(item) for item in items):
        rows = [list(item.tolist() if hasattr(item, "tolist") else item) for item in items]
        width = max(len(row) for row in rows)
        padded = [[cell(row[position]) if position < len(row) else None for position in range(width)] for row in rows]
        return TableData([str(position) for position in range(width)], padded, None, unnamed_columns=True)
    return TableData(["value"], [[cell(item)] for item in items], None, unnamed_columns=True)


def _is_sequence(value: Any) -> bool:
    return isinstance(value, list | tuple) or (hasattr(value, "tolist") and not isinstance(value, str | bytes))


def _conversion_message(data: Any) -> str:
    return f"\nUnable to convert object of type `{type(data)}` to `pandas.DataFrame`.\nOffending object:\n```py\n{data}\n```"


_ARRAY_TYPES = {
    "numpy": ("ndarray",),
    "pyarrow": ("Table", "RecordBatch", "Array", "ChunkedArray"),
    "pandas": ("DataFrame", "Series", "Styler", "Index", "RangeIndex", "DatetimeIndex", "Categorical"),
    "polars": ("DataFrame", "Series", "LazyFrame"),
    "modin": ("DataFrame", "Series"),
}


def is_dataframe_like(data: Any) -> bool:
    """What ``st.write`` shows as a dataframe: DataFrames, Series, indexes, numpy arrays,
    pyarrow tables and arrays, polars frames; recognised without importing their libraries."""
    kind = type(data).__name__
    package = (type(data).__module__ or "").split(".")[0]
    if kind in _ARRAY_TYPES.get(package, ()):
        return True
    return hasattr(data, "columns") and hasattr(data, "index") and hasattr(data, "itertuples")


def _through_frame(data: Any) -> bool:
    """Data read through ``frame.to_frame`` (dtypes and all) rather than the plain paths."""
    package = (type(data).__module__ or "").split(".")[0]
    if package in ("numpy", "pyarrow", "polars"):
        return True
    return callable(getattr(data, "to_pandas", None)) and not hasattr(data, "itertuples")


def _from_frame(data: Any) -> TableData:
    from wasmlit.elements.frame import to_frame

    frame = to_frame(data)
    rows = [[cell(value) for value in row] for row in zip(*(column.values for column in frame.columns), strict=True)]
    return TableData(
        columns=[_label(column.name) for column in frame.columns],
        rows=rows if frame.columns else [],
        index=None if frame.range_index else [cell(_label(value)) for value in frame.index.values],
        index_name="" if frame.index.name is None else str(frame.index.name),
        # A numpy array names no columns, like a list of rows: st.table hides the header.
        unnamed_columns=(type(data).__module__ or "").startswith("numpy"),
    )


def to_table_data(data: Any) -> TableData:
    """Anything ``st.table``/``st.dataframe`` accepts, as columns and rows."""
    if data is None:
        return TableData([], [], None)
    if type(data).__name__ == "Styler" and hasattr(data, "data"):
        data = data.data
    if _through_frame(data):
        return _from_frame(data)
    if hasattr(data, "to_frame") and not hasattr(data, "columns"):
        data = data.to_frame()
    if hasattr(data, "columns") and hasattr(data, "index") and hasattr(data, "itertuples"):
        return _from_dataframe(data)
    if isinstance(data, Mapping):
        return _from_mapping(data)
    if isinstance(data, str | bytes | numbers.Number) or not isinstance(data, Iterable):
        raise StreamlitDataframeConversionError(_conversion_message(data))
    items = data.tolist() if hasattr(data, "tolist") else list(data)
    return _from_sequence(items)
