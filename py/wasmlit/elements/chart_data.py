"""Chart data as the page gets it: column names, rows of JSON cells, and which columns hold
wall-clock times.

Streamlit sends chart data as Arrow; its page turns each table into Vega rows: numbers
stay numbers, timestamps become epoch milliseconds, and timestamps without a time zone
(and dates) are shifted so Vega, which reads them in the visitor's zone, shows the same
wall-clock time. Here Python gives naive times as milliseconds of that time read as UTC,
and lists their columns in ``localTime``; the page adds the visitor's offset.
"""

from __future__ import annotations

import datetime
import decimal
import hashlib
import json
import math
from typing import Any

from wasmlit.elements import frame as frames
from wasmlit.elements.builtin_charts import arrow_compatible
from wasmlit.elements.frame import Column, Frame

# A non-default index that Streamlit's page adds to every row under this name.
INDEX_FIELD = "(index)"
_INDEX_DTYPES = (frames.INT, frames.FLOAT, frames.DATETIME, frames.DATETIMETZ)
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


def _milliseconds(value: datetime.date) -> float:
    if isinstance(value, datetime.datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=datetime.UTC)
        return (aware - _EPOCH) / datetime.timedelta(milliseconds=1)
    midnight = datetime.datetime(value.year, value.month, value.day, tzinfo=datetime.UTC)
    return (midnight - _EPOCH) / datetime.timedelta(milliseconds=1)


def json_cell(value: Any) -> Any:
    """One value as JSON: numbers, text, booleans; times as epoch milliseconds.

    >>> json_cell(float("nan")), json_cell(datetime.date(1970, 1, 2)), json_cell(decimal.Decimal("1.5"))
    (None, 86400000.0, 1.5)
    """
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, datetime.date):
        return _milliseconds(value)
    if isinstance(value, datetime.timedelta):
        return value / datetime.timedelta(milliseconds=1)
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, list | tuple):
        return [json_cell(item) for item in value]
    return str(value)


def _is_local_time(column: Column) -> bool:
    if column.dtype == frames.DATETIME:
        return True
    present = [value for value in column.values if value is not None]
    return (
        column.dtype == frames.OBJECT
        and bool(present)
        and all(isinstance(value, datetime.date) for value in present)
        and all(not isinstance(value, datetime.datetime) or value.tzinfo is None for value in present)
    )


def frame_json(frame: Frame) -> dict[str, Any]:
    """``{"columns": [...], "rows": [[...], ...], "localTime": [...]}`` for the page."""
    columns = [arrow_compatible(column) for column in frame.columns]
    if not frame.range_index and frame.index.dtype in _INDEX_DTYPES:
        columns.insert(0, frame.index.renamed(INDEX_FIELD))
    payload: dict[str, Any] = {
        "columns": [str(column.name) for column in columns],
        "rows": [
            [json_cell(value) for value in row] for row in zip(*(column.values for column in columns), strict=True)
        ]
        if columns
        else [],
    }
    local = [str(column.name) for column in columns if _is_local_time(column)]
    if local:
        payload["localTime"] = local
    return payload


def dataset_name(payload: dict[str, Any]) -> str:
    """A name that changes exactly when the data does (Streamlit hashes its Arrow bytes)."""
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"))
    return hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()


def rows_as_records(payload: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows as Vega reads them (one dict per row), without the page's time shift."""
    names = payload["columns"]
    return [dict(zip(names, row, strict=True)) for row in payload["rows"]]
