"""``st.dataframe`` drawn by the grid chunk: with selections (``on_select``), whose state is
Streamlit's ``{"selection": {"rows": [...], "columns": [...], "cells": [...]}}``, and for
data too long for the page's plain table (the grid draws only the rows in view).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from wasmlit.catalogue import DATA_GRID
from wasmlit.elements.editor_data import INDEX, load_table
from wasmlit.elements.grid_columns import grid_props, process_config, update_config
from wasmlit.elements.grid_states import DataframeState, state_text
from wasmlit.elements.host import ElementHost
from wasmlit.elements.vega_charts import ReadOnlyAttributeDictionary
from wasmlit.errors import StreamlitIncompatibleParametersError, StreamlitValueError
from wasmlit.widgets.registration import WidgetSpec, register

ROW_MODES = ("single-row", "single-row-required", "multi-row")
SELECTION_MODES = (*ROW_MODES, "single-column", "multi-column", "single-cell", "multi-cell")
INDEXLESS_FORMATS = {
    "LIST_OF_RECORDS",
    "LIST_OF_ROWS",
    "LIST_OF_VALUES",
    "TUPLE_OF_VALUES",
    "SET_OF_VALUES",
    "COLUMN_VALUE_MAPPING",
    "NUMPY_LIST",
    "NUMPY_MATRIX",
    "PANDAS_INDEX",
}


def selection_modes(selection_mode: Any) -> list[str]:
    """The selection modes, checked as Streamlit checks them; sorted."""
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes <= set(SELECTION_MODES):
        raise StreamlitValueError("selection_mode", ", ".join(f"'{mode}'" for mode in sorted(SELECTION_MODES)))
    row_modes = sorted(modes & set(ROW_MODES))
    if len(row_modes) > 1:
        raise StreamlitIncompatibleParametersError(
            *[f"selection_mode='{mode}'" for mode in row_modes],
            explanation="Only one row selection mode can be specified.",
        )
    for single, multi in (("single-column", "multi-column"), ("single-cell", "multi-cell")):
        if {single, multi} <= modes:
            raise StreamlitIncompatibleParametersError(f"selection_mode='{single}'", f"selection_mode='{multi}'")
    return sorted(modes)


def _selection_state(default: Any, required_row: bool, row_count: int) -> Callable[[Any], DataframeState]:
    def deserialize(raw: Any) -> DataframeState:
        if raw is not None:
            state = json.loads(raw)
        elif default is not None:
            state = {"selection": dict(default["selection"])}
        else:
            state = {}
        selection = dict(state.get("selection") or {})
        selection.setdefault("rows", [])
        selection.setdefault("columns", [])
        selection["cells"] = [tuple(cell) for cell in selection.get("cells", [])]
        if required_row and row_count > 0 and not selection["rows"]:
            selection["rows"] = [0]
        return DataframeState({"selection": ReadOnlyAttributeDictionary(selection)})

    return deserialize


def _serialize(state: Any) -> str:
    return state_text(state)


def grid_settings(table: Any, column_config: Mapping[Any, Any] | None, hide_index: bool | None) -> dict[str, Any]:
    mapping = process_config(column_config)
    if table.format in INDEXLESS_FORMATS:
        update_config(mapping, INDEX, {"hidden": True})
    if hide_index is None and table.frame.range_index:
        hide_index = True
    if hide_index is not None:
        update_config(mapping, INDEX, {"hidden": hide_index})
    for settings in mapping.values():
        settings["disabled"] = True  # st.dataframe edits nothing
    return mapping


def show_dataframe_grid(
    host: ElementHost,
    data: Any,
    *,
    layout: dict[str, Any],
    hide_index: bool | None,
    column_order: Iterable[Any] | None,
    column_config: Mapping[Any, Any] | None,
    key: Any,
    callback: Callable[..., Any] | None,
    modes: list[str] | None,
    selection_default: Any,
) -> Any:
    """Emit the grid; with ``modes`` (selections on) register it and return its state."""
    table = load_table(data, check_names=False)
    mapping = grid_settings(table, column_config, hide_index)
    order = None if column_order is None else list(column_order)
    props = {**grid_props(table, mapping, order), **layout}
    if key is not None:
        props["key"] = str(key)
    if modes is None:
        return host._emit_slot(DATA_GRID, props)
    identity = {
        "data": hashlib.md5(json.dumps(props, default=str).encode(), usedforsecurity=False).hexdigest(),
        "column_order": order,
        "column_config": str(mapping),
        "selection_mode": modes,
        "is_selection_activated": True,
        "selection_default": None if selection_default is None else json.dumps(selection_default, default=str),
        **{name: value for name, value in layout.items()},
    }
    deserialize = _selection_state(selection_default, "single-row-required" in modes, len(table.frame))
    widget = register(
        host,
        WidgetSpec(
            element=DATA_GRID,
            key=key,
            identity_params=identity,
            keyed_identity_params={"selection_mode": modes, "is_selection_activated": True},
            deserialize=deserialize,
            serialize=_serialize,
            callback=callback,
        ),
    )
    # A value set through Session State is a plain dict: read it as the page's would be.
    value = widget.value if isinstance(widget.value, DataframeState) else deserialize(state_text(widget.value))
    props["selectionMode"] = modes
    props["value"] = state_text(value)
    if widget.push_to_browser:
        props["setValue"] = True
    if widget.user_key is not None:
        props["key"] = widget.user_key
    if host.form_id is not None:
        props["formId"] = host.form_id
    node = host._emit(DATA_GRID, props, widget_id=widget.id)
    node.force_send = widget.push_to_browser
    return value
