"""``st.data_editor``: an editable grid whose value is Streamlit's editing state
(``edited_rows``, ``added_rows``, ``deleted_rows``), returning the edited data in the
format it was given. Its state cannot be set through Session State, as in Streamlit.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from wasmlit.catalogue import DATA_EDITOR
from wasmlit.elements.editor_data import INDEX, RECORDS, ROWS, VALUES, EditorTable, load_table
from wasmlit.elements.editor_edits import edited_data
from wasmlit.elements.grid_columns import (
    ColumnConfigMapping,
    check_type_compatibility,
    grid_props,
    process_config,
    update_config,
)
from wasmlit.elements.grid_states import editor_state, state_text
from wasmlit.elements.host import ElementHost
from wasmlit.elements.image import image_width
from wasmlit.elements.layout_params import check_height
from wasmlit.errors import StreamlitValueError
from wasmlit.runtime import log
from wasmlit.widgets.registration import WidgetSpec, ignores_rerun, register, validate_callback

NUM_ROWS = ("fixed", "dynamic", "add", "delete")
# Formats whose index Streamlit never shows (apply_data_specific_configs).
_INDEXLESS_FORMATS = {
    RECORDS,
    ROWS,
    VALUES,
    "TUPLE_OF_VALUES",
    "SET_OF_VALUES",
    "COLUMN_VALUE_MAPPING",
    "NUMPY_LIST",
    "NUMPY_MATRIX",
    "PANDAS_INDEX",
    "PYARROW_ARRAY",
}


def _column_settings(
    table: EditorTable,
    column_config: Mapping[Any, Any] | None,
    *,
    hide_index: bool | None,
    num_rows: str,
    disabled: Any,
) -> ColumnConfigMapping:
    mapping = process_config(column_config)
    if table.format in _INDEXLESS_FORMATS:
        update_config(mapping, INDEX, {"hidden": True})
    if not table.frame.range_index:
        update_config(mapping, INDEX, {"required": True})
        if num_rows in ("dynamic", "add") and hide_index is True:
            log.warn(
                "Setting `hide_index=True` in data editor with a non-range index will not have any effect when "
                f"`num_rows` is '{num_rows}'. It is required for the user to fill in index values for adding new "
                "rows. To hide the index, make sure to set the DataFrame index to a range index."
            )
    if hide_index is None and table.frame.range_index:
        hide_index = True  # wasmlit's grids, like its st.dataframe, hide a default 0..n-1 index
    if hide_index is not None:
        update_config(mapping, INDEX, {"hidden": hide_index})
    if not isinstance(disabled, bool):
        for column in disabled:
            update_config(mapping, str(column), {"disabled": True})
    for name in table.stringified:
        update_config(mapping, name, {"disabled": True})
    return mapping


def _data_signature(table: EditorTable, mapping: ColumnConfigMapping, disabled: Any, props: dict[str, Any]) -> str:
    """The data's structure (not its values): a keyed fixed-size editor keeps its edits while it holds."""
    disabled_columns = sorted(name for name, settings in mapping.items() if settings.get("disabled") is True)
    shape = {
        "format": table.format,
        "columns": table.names,
        "kinds": sorted(table.kinds.items()),
        "index": None if table.frame.range_index else props["rows"] and [row[0] for row in props["rows"]],
        "rows": len(table.frame),
        "disabled": disabled if isinstance(disabled, bool) else sorted(map(str, disabled)) or "none",
        "disabled_columns": disabled_columns,
    }
    return hashlib.md5(json.dumps(shape, default=str).encode(), usedforsecurity=False).hexdigest()


def show_data_editor(
    host: ElementHost,
    data: Any,
    *,
    width: Any,
    height: Any,
    use_container_width: bool | None,
    hide_index: bool | None,
    column_order: Iterable[str] | None,
    column_config: Mapping[Any, Any] | None,
    num_rows: str,
    disabled: bool | Iterable[str | int],
    key: Any,
    on_change: Any,
    args: Any,
    kwargs: Any,
    row_height: int | None,
    placeholder: str | None,
    alt: str | None,
) -> Any:
    """An editable grid; returns the data with the visitor's edits, in the type it was given."""
    callback = validate_callback(on_change, supported_modes=("rerun", "ignore"))
    width = image_width(width, use_container_width)
    if height != "auto":
        check_height(height, allow_content=True)
    if num_rows not in NUM_ROWS:
        raise StreamlitValueError("num_rows", NUM_ROWS)
    order = None if column_order is None else list(column_order)
    table = load_table(data)
    mapping = _column_settings(table, column_config, hide_index=hide_index, num_rows=num_rows, disabled=disabled)
    check_type_compatibility(mapping, table.kinds)
    props = grid_props(table, mapping, order)
    identity = {
        "data": hashlib.md5(json.dumps(props, default=str).encode(), usedforsecurity=False).hexdigest(),
        "width": width,
        "height": height,
        "use_container_width": use_container_width,
        "column_order": order,
        "column_config": str(mapping),
        "num_rows": num_rows,
        "row_height": row_height,
        "placeholder": placeholder,
        "alt": alt,
    }
    keyed = {}
    if num_rows == "fixed":
        keyed = {"data_signature": _data_signature(table, mapping, disabled, props), "num_rows": num_rows}
    else:
        keyed = identity
    widget = register(
        host,
        WidgetSpec(
            element=DATA_EDITOR,
            key=key,
            identity_params=identity,
            keyed_identity_params=keyed,
            deserialize=editor_state,
            serialize=state_text,
            callback=callback,
            callback_args=args,
            callback_kwargs=kwargs,
            disabled=disabled is True,
            read_only=True,
            on_change=on_change,
        ),
    )
    props.update(_page_props(width, height, row_height, placeholder, alt, num_rows, disabled))
    props["value"] = state_text(widget.value)
    if widget.push_to_browser:
        props["setValue"] = True
    if widget.user_key is not None:
        props["key"] = widget.user_key
    if host.form_id is not None:
        props["formId"] = host.form_id
    if ignores_rerun(on_change):
        props["ignoreRerun"] = True
    node = host._emit(DATA_EDITOR, props, widget_id=widget.id)
    node.force_send = widget.push_to_browser
    return edited_data(table, widget.value)


def _page_props(
    width: Any, height: Any, row_height: Any, placeholder: Any, alt: Any, num_rows: str, disabled: Any
) -> dict[str, Any]:
    props: dict[str, Any] = {"numRows": num_rows}
    if disabled is True:
        props["disabled"] = True
    if width != "stretch":
        props["width"] = width
    if height != "auto":
        props["height"] = height
    if row_height:
        props["rowHeight"] = int(row_height)
    if placeholder is not None:
        props["placeholder"] = str(placeholder)
    if alt is not None and str(alt).strip():
        props["alt"] = str(alt)
    return props
