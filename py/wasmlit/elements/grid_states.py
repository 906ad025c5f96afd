"""The Session State values of the grid widgets: ``st.data_editor``'s editing state and
``st.dataframe``'s selection state, read-only dicts as in Streamlit (``st.typing``)."""

from __future__ import annotations

import json
from typing import Any

from wasmlit.elements.vega_charts import ReadOnlyAttributeDictionary


class DataEditorState(ReadOnlyAttributeDictionary):
    """``{"edited_rows": {row: {column: value}}, "added_rows": [...], "deleted_rows": [...]}``."""


class DataframeState(ReadOnlyAttributeDictionary):
    """``{"selection": {"rows": [...], "columns": [...], "cells": [...]}}``."""


STATE_CLASSES: dict[str, type[ReadOnlyAttributeDictionary]] = {
    "DataEditorState": DataEditorState,
    "DataframeState": DataframeState,
}


def editor_state(raw: Any) -> DataEditorState:
    """The page's JSON text (or None) as the editing state; row positions become ints."""
    state: dict[str, Any] = {} if raw is None else json.loads(raw)
    state.setdefault("edited_rows", {})
    state.setdefault("added_rows", [])
    state.setdefault("deleted_rows", [])
    state["edited_rows"] = {int(row): changes for row, changes in state["edited_rows"].items()}
    return DataEditorState(state)


def state_text(state: Any) -> str:
    return json.dumps(state, default=str)


DataEditorState.__module__ = "streamlit.elements.widgets.data_editor"
DataframeState.__module__ = "streamlit.elements.arrow"
