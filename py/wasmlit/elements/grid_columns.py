"""The columns and cells a grid (``st.data_editor``, ``st.dataframe`` with selections) sends
to the page: each shown column with its data kind, its column type and its
``column_config`` settings, and the cells as JSON.
"""

from __future__ import annotations

import copy
import datetime
import decimal
import json
import math
from collections.abc import Iterable, Mapping
from typing import Any

from wasmlit.elements import frame as frames
from wasmlit.elements.editor_data import INDEX, EditorTable
from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError

ColumnConfigMapping = dict[str, dict[str, Any]]

# The column type a data kind gets without column_config (Streamlit's page does the same).
_KIND_TYPES = {
    "integer": "number",
    "float": "number",
    "decimal": "number",
    "timedelta": "number",
    "boolean": "checkbox",
    "string": "text",
    "empty": "text",
    "date": "date",
    "time": "time",
    "datetime": "datetime",
    "list": "list",
}
_EDITABLE_KINDS = {
    "text": {"string", "empty"},
    "number": {"integer", "float", "decimal", "string", "timedelta", "empty"},
    "checkbox": {"boolean", "string", "integer", "empty"},
    "selectbox": {"string", "boolean", "integer", "float", "empty"},
    "date": {"date", "datetime", "empty"},
    "time": {"time", "datetime", "empty"},
    "datetime": {"datetime", "date", "time", "empty"},
    "link": {"string", "empty"},
    "list": {"list", "string", "empty"},
}
SHOWN_TYPES = {
    "text",
    "number",
    "checkbox",
    "selectbox",
    "date",
    "time",
    "datetime",
    "link",
    "progress",
    "image",
    "list",
}


def process_config(column_config: Mapping[Any, Any] | None) -> ColumnConfigMapping:
    """``column_config`` as a mapping of column name to settings (a label string or None allowed)."""
    processed: ColumnConfigMapping = {}
    for column, setting in (column_config or {}).items():
        name = str(column)
        if setting is None:
            processed[name] = {"hidden": True}
        elif isinstance(setting, str):
            processed[name] = {"label": setting}
        elif isinstance(setting, dict):
            processed[name] = copy.deepcopy(setting)
        else:
            raise StreamlitInvalidParameterTypeError("column_config", "None, str, dict", type(setting).__name__)
    return processed


def update_config(mapping: ColumnConfigMapping, name: str, settings: Mapping[str, Any]) -> None:
    mapping.setdefault(name, {}).update(settings)


def column_type(settings: Mapping[str, Any], kind: str, column: frames.Column) -> str:
    options = settings.get("type_config") or {}
    if options.get("type"):
        chosen = str(options["type"])
        return chosen if chosen in SHOWN_TYPES else "object"
    if column.dtype == frames.CATEGORY:
        return "selectbox"
    return _KIND_TYPES.get(kind, "object")


def check_type_compatibility(mapping: ColumnConfigMapping, kinds: Mapping[str, str]) -> None:
    """An editable column's configured type must be able to hold its data (Streamlit's check)."""
    for name, kind in kinds.items():
        settings = mapping.get(name, {})
        configured = (settings.get("type_config") or {}).get("type")
        if settings.get("disabled") is True or configured is None or configured not in _EDITABLE_KINDS:
            continue
        if kind not in _EDITABLE_KINDS[configured]:
            raise StreamlitAPIException(
                f"The configured column type `{configured}` for column `{name}` is not compatible for editing "
                f"the underlying data type `{kind}`.\n\nYou have following options to fix this: 1) choose a "
                "compatible type 2) disable the column 3) convert the column into a compatible data type."
            )


def grid_cell(value: Any) -> Any:
    """A cell as JSON: dates and times as ISO text, durations in seconds, lists as lists.

    >>> grid_cell(datetime.date(2024, 1, 2)), grid_cell(float("nan")), grid_cell((1, "a"))
    ('2024-01-02', None, [1, 'a'])
    """
    value = frames.unbox(value)
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None if math.isnan(value) else str(value)
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, list | tuple | set | frozenset) or type(value).__name__ == "ndarray":
        return [grid_cell(item) for item in (value.tolist() if hasattr(value, "tolist") else value)]
    if isinstance(value, dict):
        return json.dumps(value, default=str)
    return str(value)


def _json_config(config: Mapping[str, Any]) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(json.dumps(config, default=str))
    return loaded


def _shown_columns(table: EditorTable, mapping: ColumnConfigMapping, order: Iterable[Any] | None) -> list[int]:
    names = table.names
    positions = list(range(len(names)))
    if order is not None:
        wanted = [str(name) for name in ([order] if isinstance(order, str) else order)]
        positions = [names.index(name) for name in wanted if name in names]
    return [position for position in positions if not mapping.get(names[position], {}).get("hidden")]


def grid_props(table: EditorTable, mapping: ColumnConfigMapping, order: Iterable[Any] | None) -> dict[str, Any]:
    """``columns`` (index first when shown) and ``rows`` for the page."""
    frame = table.frame
    shown = _shown_columns(table, mapping, order)
    entries: list[tuple[str, frames.Column]] = [(table.names[position], frame.columns[position]) for position in shown]
    if not mapping.get(INDEX, {}).get("hidden"):
        entries.insert(0, (INDEX, frame.index))
    columns = []
    for name, column in entries:
        kind = table.kinds.get(name, "unknown")
        settings = dict(mapping.get(name, {}))
        kind_type = column_type(settings, kind, column)
        if kind_type == "selectbox" and not (settings.get("type_config") or {}).get("options"):
            settings["type_config"] = {"type": "selectbox", "options": list(column.categories)}
        if kind_type == "object" or name in table.stringified:
            settings.setdefault("disabled", True)
        columns.append({"name": name, "kind": kind, "type": kind_type, "config": _json_config(settings)})
    rows = [[grid_cell(column.values[row]) for _, column in entries] for row in range(len(frame))]
    return {"columns": columns, "rows": rows}
