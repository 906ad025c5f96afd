"""Data as Streamlit's charts see it, without pandas: named columns with pandas' dtypes.

Streamlit turns whatever a chart command gets into a ``pandas.DataFrame``
(``convert_anything_to_pandas_df``) and types each column with
``pandas.api.types.infer_dtype``. A ``Frame`` is that DataFrame, reduced: each ``Column``
keeps its label, its values as Python objects (missing values are ``None``) and the dtype
family pandas would give it (``int``, ``float``, ``bool``, ``str``, ``datetime``,
``datetimetz``, ``timedelta``, ``category`` or ``object``). ``Column.inferred`` answers as
``infer_dtype`` would.

Plain data (lists, dicts, records, rows) follows pandas' constructor; numpy arrays are
read through ``dtype`` and ``tolist()``; pyarrow tables through their schema and
``to_pylist()``; pandas objects through their own dtypes and ``tolist()``. Nothing here
imports numpy, pandas or pyarrow.
"""

from __future__ import annotations

import datetime
import decimal
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from wasmlit.errors import StreamlitDataframeConversionError

INT, FLOAT, BOOL, STR, OBJECT = "int", "float", "bool", "str", "object"
DATETIME, DATETIMETZ, TIMEDELTA, CATEGORY = "datetime", "datetimetz", "timedelta", "category"


def is_missing(value: Any) -> bool:
    """None, NaN, and pandas' NaT and NA."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return type(value).__name__ in ("NaTType", "NAType")


def unbox(value: Any) -> Any:
    """A numpy scalar as the Python value ``.item()`` gives; missing values as None."""
    if is_missing(value):
        return None
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        return unbox(value.item())
    return value


@dataclass
class Column:
    name: Any
    values: list[Any]
    dtype: str = OBJECT
    ordered: bool = False  # an ordered categorical
    categories: list[Any] = field(default_factory=list)

    def inferred(self, *, skipna: bool = True) -> str:
        """``pandas.api.types.infer_dtype(column, skipna=skipna)``."""
        by_dtype = {
            INT: "integer",
            FLOAT: "floating",
            BOOL: "boolean",
            STR: "string",
            DATETIME: "datetime64",
            DATETIMETZ: "datetime64",
            TIMEDELTA: "timedelta64",
            CATEGORY: "categorical",
        }
        if self.dtype in by_dtype:
            return by_dtype[self.dtype]
        present = [value for value in self.values if value is not None]
        if not skipna and len(present) < len(self.values):
            return "mixed-integer" if any(_is_int(value) for value in present) else "mixed"
        return infer_values(present)

    def renamed(self, name: Any) -> Column:
        return Column(name, self.values, self.dtype, self.ordered, self.categories)


@dataclass
class Frame:
    columns: list[Column]
    index: Column
    range_index: bool = True

    @property
    def labels(self) -> list[Any]:
        return [column.name for column in self.columns]

    def __len__(self) -> int:
        return len(self.index.values)

    def has(self, label: Any) -> bool:
        return any(_same_label(column.name, label) for column in self.columns)

    def column(self, label: Any) -> Column:
        """The first column with this label (pandas' ``df[label]`` for unique labels)."""
        return next(column for column in self.columns if _same_label(column.name, label))


def _same_label(label: Any, wanted: Any) -> bool:
    """pandas' label lookup: equal labels match, but True is not the column 1."""
    if isinstance(label, bool) != isinstance(wanted, bool):
        return False
    try:
        return bool(label == wanted)
    except Exception:  # an unusual label type whose comparison fails matches nothing
        return False


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def infer_values(present: list[Any]) -> str:
    """``infer_dtype`` of an object column's present values (pandas' lib.infer_dtype order)."""
    if not present:
        return "empty"
    first = present[0]
    checks: list[tuple[Callable[[Any], bool], str]] = [
        (lambda value: isinstance(value, datetime.datetime), "datetime"),
        (lambda value: isinstance(value, datetime.date), "date"),
        (lambda value: isinstance(value, datetime.time), "time"),
        (lambda value: isinstance(value, datetime.timedelta), "timedelta"),
        (lambda value: isinstance(value, decimal.Decimal), "decimal"),
        (lambda value: isinstance(value, complex), "complex"),
        (_is_int, "integer"),
        (lambda value: isinstance(value, float), "floating"),
        (lambda value: isinstance(value, bool), "boolean"),
        (lambda value: isinstance(value, str), "string"),
        (lambda value: isinstance(value, bytes), "bytes"),
    ]
    numeric = all(_is_int(value) or isinstance(value, float) for value in present)
    for check, name in checks:
        if check(first):
            if all(check(value) for value in present):
                return name
            if name in ("integer", "floating") and numeric:
                return "mixed-integer-float"
            if name == "datetime" and all(isinstance(value, datetime.date) for value in present):
                return "date"
            break
    return "mixed-integer" if any(_is_int(value) for value in present) else "mixed"


def constructed_dtype(values: list[Any]) -> tuple[str, list[Any]]:
    """The dtype pandas' constructor gives a list of Python values, and the values it holds.

    >>> constructed_dtype([1, 2]), constructed_dtype([1, None]), constructed_dtype([True, None])
    (('int', [1, 2]), ('float', [1.0, None]), ('object', [True, None]))
    """
    present = [value for value in values if value is not None]
    if not present:
        return OBJECT, values
    missing = len(present) < len(values)
    if all(isinstance(value, bool) for value in present):
        return (OBJECT if missing else BOOL), values
    if all(_is_int(value) for value in present) and not missing:
        return INT, values
    if all(_is_int(value) or isinstance(value, float) for value in present):
        return FLOAT, [None if value is None else float(value) for value in values]
    if all(isinstance(value, str) for value in present):
        return STR, values
    if all(isinstance(value, datetime.datetime) for value in present):
        aware = {value.tzinfo is not None for value in present}
        if aware == {False}:
            return DATETIME, values
        if aware == {True}:
            return DATETIMETZ, values
    if all(isinstance(value, datetime.timedelta) for value in present):
        return TIMEDELTA, values
    return OBJECT, values


def _plain_column(name: Any, values: list[Any]) -> Column:
    dtype, held = constructed_dtype([unbox(value) for value in values])
    return Column(name, held, dtype)


def _range_index(length: int) -> Column:
    return Column(None, list(range(length)), INT)


def _fix_column_naming(frame: Frame) -> Frame:
    """Streamlit names a lone unnamed column (pandas' ``0``) "value"."""
    if len(frame.columns) == 1 and _is_int(frame.columns[0].name) and frame.columns[0].name == 0:
        frame.columns[0] = frame.columns[0].renamed("value")
    return frame


# ----- pandas, numpy, pyarrow ------------------------------------------------------------


def _pandas_dtype(dtype: Any) -> tuple[str, bool]:
    """A pandas dtype's family, and whether it is an ordered categorical."""
    name = str(dtype)
    if name == "category":
        return CATEGORY, bool(getattr(dtype, "ordered", False))
    if name in ("str", "string") or name.startswith("string["):
        return STR, False
    kind = getattr(dtype, "kind", "O")
    if kind == "M":
        return (DATETIMETZ if getattr(dtype, "tz", None) is not None else DATETIME), False
    families = {"i": INT, "u": INT, "f": FLOAT, "b": BOOL, "m": TIMEDELTA}
    return families.get(kind, OBJECT), False


def _pandas_column(name: Any, series: Any) -> Column:
    dtype, ordered = _pandas_dtype(series.dtype)
    categories = list(series.cat.categories.tolist()) if dtype == CATEGORY else []
    return Column(name, [unbox(value) for value in series.tolist()], dtype, ordered, categories)


def _from_pandas(frame: Any) -> Frame:
    columns = [_pandas_column(name, frame.iloc[:, position]) for position, name in enumerate(frame.columns)]
    index = frame.index
    range_index = type(index).__name__ == "RangeIndex"
    return Frame(columns, _pandas_column(index.name, index), range_index)


def _numpy_dtype(dtype: Any) -> str:
    families = {"i": INT, "u": INT, "f": FLOAT, "b": BOOL, "U": STR, "M": DATETIME, "m": TIMEDELTA}
    return families.get(getattr(dtype, "kind", "O"), OBJECT)


def _numpy_values(array: Any) -> list[Any]:
    """``tolist()``, with datetimes as datetime objects (nanosecond units give ints)."""
    kind = array.dtype.kind
    if kind == "M":
        array = array.astype("datetime64[us]")
    elif kind == "m":
        array = array.astype("timedelta64[us]")
    return [unbox(value) for value in array.tolist()]


def _from_numpy(array: Any) -> Frame:
    if array.ndim == 0:
        return Frame([], _range_index(0))
    if array.ndim > 2:
        raise StreamlitDataframeConversionError(_conversion_message(array))
    matrix = array.reshape(-1, 1) if array.ndim == 1 else array
    dtype = _numpy_dtype(array.dtype)
    columns = []
    for position in range(matrix.shape[1]):
        values = _numpy_values(matrix[:, position])
        if dtype == OBJECT:
            columns.append(_plain_column(position, values))
        else:
            columns.append(Column(position, values, dtype))
    return _fix_column_naming(Frame(columns, _range_index(matrix.shape[0])))


def _arrow_dtype(arrow_type: Any, has_nulls: bool) -> str:
    """The dtype pyarrow's ``to_pandas()`` gives a column of this Arrow type."""
    name = str(arrow_type)
    if name.startswith(("int", "uint")):
        return FLOAT if has_nulls else INT
    if name.startswith(("float", "double", "halffloat")):
        return FLOAT
    if name == "bool":
        return OBJECT if has_nulls else BOOL
    if name in ("string", "large_string", "string_view"):
        return STR
    if name.startswith("timestamp"):
        return DATETIMETZ if getattr(arrow_type, "tz", None) else DATETIME
    if name.startswith("duration"):
        return TIMEDELTA
    if name.startswith("dictionary"):
        return CATEGORY
    return OBJECT


def _from_arrow(table: Any) -> Frame:
    columns = []
    for position, name in enumerate(table.column_names):
        values = [unbox(value) for value in table.column(position).to_pylist()]
        dtype = _arrow_dtype(table.schema.field(position).type, any(value is None for value in values))
        if dtype == FLOAT:
            values = [None if value is None else float(value) for value in values]
        columns.append(Column(name, values, dtype))
    return Frame(columns, _range_index(table.num_rows))


# ----- plain Python data -----------------------------------------------------------------


def _is_list_like(value: Any) -> bool:
    return isinstance(value, list | tuple) or (hasattr(value, "tolist") and not isinstance(value, str | bytes))


def _as_list(value: Any) -> list[Any]:
    if _module(value).startswith("numpy") and type(value).__name__ == "ndarray":
        return _numpy_values(value)
    return list(value.tolist() if hasattr(value, "tolist") else value)


def _from_records(records: list[Mapping[Any, Any]]) -> Frame:
    labels: dict[Any, None] = {}
    for record in records:
        labels.update(dict.fromkeys(record))
    columns = [_plain_column(label, [record.get(label) for record in records]) for label in labels]
    return Frame(columns, _range_index(len(records)))


def _from_rows(rows: list[list[Any]]) -> Frame:
    width = max(len(row) for row in rows)
    padded = [row + [None] * (width - len(row)) for row in rows]
    columns = [_plain_column(position, [row[position] for row in padded]) for position in range(width)]
    return _fix_column_naming(Frame(columns, _range_index(len(rows))))


def _from_key_values(data: Mapping[Any, Any]) -> Frame:
    """``DataFrame.from_dict(data, orient="index")``: one row per key."""
    values = list(data.values())
    if values and all(_is_list_like(value) for value in values):
        frame = _from_rows([_as_list(value) for value in values])
    else:
        frame = _fix_column_naming(Frame([_plain_column(0, values)], _range_index(len(values))))
    keys = [unbox(key) for key in data]
    dtype, held = constructed_dtype(keys)
    frame.index, frame.range_index = Column(None, held, dtype), False
    return frame


def _from_mapping(data: Mapping[Any, Any]) -> Frame:
    values = list(data.values())
    if not values:
        return Frame([], _range_index(0))
    if all(isinstance(value, Mapping) for value in values):
        keys: dict[Any, None] = {}
        for column in values:
            keys.update(dict.fromkeys(column))
        columns = [_plain_column(label, [column.get(key) for key in keys]) for label, column in data.items()]
        dtype, held = constructed_dtype([unbox(key) for key in keys])
        return Frame(columns, Column(None, held, dtype), range_index=False)
    if not any(_is_list_like(value) for value in values):
        return _from_key_values(data)
    lengths = {len(_as_list(value)) for value in values if _is_list_like(value)}
    if len(lengths) > 1:
        raise StreamlitDataframeConversionError(_conversion_message(data))
    height = lengths.pop()
    columns = [
        _plain_column(label, _as_list(value) if _is_list_like(value) else [value] * height)
        for label, value in data.items()
    ]
    return Frame(columns, _range_index(height))


def _from_sequence(items: list[Any]) -> Frame:
    if not items:
        return Frame([], _range_index(0))
    if all(isinstance(item, Mapping) for item in items):
        return _from_records(items)
    if all(_is_list_like(item) for item in items):
        return _from_rows([_as_list(item) for item in items])
    return _fix_column_naming(Frame([_plain_column(0, items)], _range_index(len(items))))


def _conversion_message(data: Any) -> str:
    return f"\nUnable to convert object of type `{type(data)}` to `pandas.DataFrame`.\nOffending object:\n```py\n{data}\n```"


def _module(data: Any) -> str:
    return type(data).__module__ or ""


def to_frame(data: Any) -> Frame:
    """Anything Streamlit's charts accept, as the DataFrame Streamlit would build."""
    if data is None:
        return Frame([], _range_index(0))
    kind, module = type(data).__name__, _module(data)
    if kind == "Styler" and hasattr(data, "data"):
        data = data.data
        kind, module = type(data).__name__, _module(data)
    if module.startswith("pandas"):
        if kind == "DataFrame":
            return _from_pandas(data)
        if kind in ("Series", "Index") or kind.endswith("Index"):
            return _from_pandas(data.to_frame(index=False) if kind.endswith("Index") else data.to_frame())
    if module.startswith("numpy") and kind == "ndarray":
        return _from_numpy(data)
    if module.startswith("pyarrow") and kind in ("Table", "RecordBatch"):
        return _from_arrow(data)
    if hasattr(data, "to_pandas") and callable(data.to_pandas):
        return _from_pandas(data.to_pandas())
    if isinstance(data, Mapping):
        return _from_mapping(data)
    if isinstance(data, str | bytes | set | frozenset) or not isinstance(data, Iterable):
        raise StreamlitDataframeConversionError(_conversion_message(data))
    return _from_sequence(list(data))


def _pandas_list_like(value: Any) -> bool:
    """pandas' ``is_list_like``: iterable, not text, not a 0-d array."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        return False
    return getattr(value, "ndim", 1) != 0


def to_list(data: Any) -> list[Any]:
    """Streamlit's ``convert_anything_to_list``: scalars wrapped, a mapping's keys, a
    sequence's items, else the first column of the data as a table.

    >>> to_list(3), to_list({"a": 1}), to_list((1, 2)), to_list(None)
    ([3], ['a'], [1, 2], [])
    """
    if data is None:
        return []
    if isinstance(data, str | int | float | bool):
        return [data]
    if isinstance(data, Mapping):
        return list(data.keys())
    if _pandas_list_like(data):
        return list(data)
    frame = to_frame(data)
    return list(frame.columns[0].values) if frame.columns and len(frame) else []
