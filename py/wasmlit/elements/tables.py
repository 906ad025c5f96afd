"""``st.table`` (static, cells are Markdown), ``st.dataframe`` (a scrolling table whose
columns sort by click; with selections or long data, the grid of ``dataframe_grid.py``) and
the thin ``st.data_editor`` method (``widgets/data_editor.py``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from wasmlit.catalogue import DATAFRAME, TABLE
from wasmlit.elements.host import ElementHost
from wasmlit.elements.image import image_width
from wasmlit.elements.layout_params import check_height, check_width
from wasmlit.elements.table_data import MAX_ROWS, TableData, to_table_data
from wasmlit.errors import StreamlitIncompatibleParametersError, StreamlitInvalidHeightError, StreamlitValueError
from wasmlit.widgets.registration import validate_callback

_INDEX = "_index"
# Longer data is drawn by the grid chunk, which keeps only the rows in view in the page.
GRID_ROWS = 1000


def table_props(data: TableData, *, hide_index: bool | None) -> dict[str, Any]:
    """What both elements send: columns, their kinds, rows (at most ``MAX_ROWS``), index."""
    props: dict[str, Any] = {"columns": data.columns, "kinds": data.kinds, "rows": data.rows[:MAX_ROWS]}
    if len(data.rows) > MAX_ROWS:
        props["totalRows"] = len(data.rows)
    show_index = data.index is not None if hide_index is None else not hide_index
    if show_index:
        props["index"] = (data.index or list(range(len(data.rows))))[:MAX_ROWS]
        if data.index_name:
            props["indexName"] = data.index_name
    return props


def _column_labels(config: Mapping[Any, Any] | None) -> tuple[dict[str, str], set[str]]:
    """``column_config`` as far as a static table can follow it: labels and hidden columns."""
    labels: dict[str, str] = {}
    hidden: set[str] = set()
    for name, setting in (config or {}).items():
        if setting is None:
            hidden.add(str(name))
        elif isinstance(setting, str):
            labels[str(name)] = setting
        elif isinstance(setting, Mapping):
            if setting.get("hidden"):
                hidden.add(str(name))
            if setting.get("label") is not None:
                labels[str(name)] = str(setting["label"])
    return labels, hidden


def _select_columns(data: TableData, order: Iterable[Any] | None, hidden: set[str]) -> TableData:
    positions = list(range(len(data.columns)))
    if order is not None:
        wanted = [str(name) for name in ([order] if isinstance(order, str) else order)]
        positions = [data.columns.index(name) for name in wanted if name in data.columns]
    positions = [position for position in positions if data.columns[position] not in hidden]
    return TableData(
        [data.columns[position] for position in positions],
        [[row[position] for position in positions] for row in data.rows],
        data.index,
        data.index_name,
    )


class TablesMixin(ElementHost):
    def table(
        self,
        data: Any = None,
        *,
        border: Any = True,
        width: Any = "stretch",
        height: Any = "content",
        hide_index: bool | None = None,
        hide_header: bool | None = None,
        alt: Any = None,
    ) -> ElementHost:
        """A static table; text cells are Markdown."""
        check_width(width, allow_content=True)
        check_height(height, allow_content=True)
        if border not in (True, False, "horizontal"):
            raise StreamlitValueError("border", "True, False, 'horizontal'")
        table = to_table_data(data)
        props = table_props(table, hide_index=hide_index)
        props["border"] = "horizontal" if border == "horizontal" else bool(border)
        if hide_header if hide_header is not None else table.unnamed_columns:
            props["hideHeader"] = True
        if width != "stretch":
            props["width"] = width
        if height != "content":
            props["height"] = height
        if alt is not None:
            props["alt"] = str(alt)
        return self._emit_slot(TABLE, props)

    def dataframe(
        self,
        data: Any = None,
        width: Any = "stretch",
        height: Any = "auto",
        *,
        use_container_width: bool | None = None,
        hide_index: bool | None = None,
        column_order: Iterable[Any] | None = None,
        column_config: Mapping[Any, Any] | None = None,
        key: Any = None,
        on_select: Any = "ignore",
        selection_mode: Any = "multi-row",
        selection_default: Any = None,
        row_height: int | None = None,
        placeholder: str | None = None,
        lazy: bool | None = None,
        alt: Any = None,
    ) -> Any:
        """A scrolling table; a click on a header sorts by that column. With ``on_select``, or
        more rows than ``GRID_ROWS``, the grid chunk draws it (rows in view only)."""
        width = image_width(width, use_container_width)
        if height not in ("auto", "content", "stretch") and not (
            isinstance(height, int) and not isinstance(height, bool) and height > 0
        ):
            raise StreamlitInvalidHeightError(height, True)
        selecting = on_select != "ignore"
        callback = validate_callback(on_select, parameter="on_select", supported_modes=("rerun", "ignore"))
        if selection_default is not None and not selecting:
            raise StreamlitIncompatibleParametersError(
                "selection_default",
                "on_select='ignore'",
                explanation="Set `on_select` to `'rerun'` or a callback to use `selection_default`.",
            )
        layout = _layout_props(width, height, row_height, placeholder, alt)
        if selecting or _row_count(data) > GRID_ROWS:
            from wasmlit.elements.dataframe_grid import selection_modes, show_dataframe_grid

            return show_dataframe_grid(
                self,
                data,
                layout=layout,
                hide_index=hide_index,
                column_order=column_order,
                column_config=column_config,
                key=key,
                callback=callback,
                modes=selection_modes(selection_mode) if selecting else None,
                selection_default=selection_default,
            )
        labels, hidden = _column_labels(column_config)
        if hide_index is None and _INDEX in hidden:
            hide_index = True
        table = _select_columns(to_table_data(data), column_order, hidden)
        props = {**table_props(table, hide_index=hide_index), **layout}
        if labels:
            props["labels"] = [labels.get(name, name) for name in table.columns]
            if _INDEX in labels:
                props["indexName"] = labels[_INDEX]
        if key is not None:
            props["key"] = str(key)
        return self._emit_slot(DATAFRAME, props)

    def data_editor(
        self,
        data: Any,
        *,
        width: Any = "stretch",
        height: Any = "auto",
        use_container_width: bool | None = None,
        hide_index: bool | None = None,
        column_order: Iterable[str] | None = None,
        column_config: Mapping[Any, Any] | None = None,
        num_rows: str = "fixed",
        disabled: bool | Iterable[str | int] = False,
        key: Any = None,
        on_change: Any = "rerun",
        args: Any = None,
        kwargs: Any = None,
        row_height: int | None = None,
        placeholder: str | None = None,
        alt: str | None = None,
    ) -> Any:
        """An editable grid; returns the data with the visitor's edits, in the type it was given."""
        # Imported on first use: apps without an editor keep it out of their start-up snapshot.
        from wasmlit.widgets.data_editor import show_data_editor

        return show_data_editor(
            self,
            data,
            width=width,
            height=height,
            use_container_width=use_container_width,
            hide_index=hide_index,
            column_order=column_order,
            column_config=column_config,
            num_rows=num_rows,
            disabled=disabled,
            key=key,
            on_change=on_change,
            args=args,
            kwargs=kwargs,
            row_height=row_height,
            placeholder=placeholder,
            alt=alt,
        )


def _layout_props(width: Any, height: Any, row_height: Any, placeholder: Any, alt: Any) -> dict[str, Any]:
    props: dict[str, Any] = {}
    if width != "stretch":
        props["width"] = width
    if height != "auto":
        props["height"] = height
    if row_height:
        props["rowHeight"] = int(row_height)
    if placeholder is not None:
        props["placeholder"] = str(placeholder)
    if alt is not None:
        props["alt"] = str(alt)
    return props


def _row_count(data: Any) -> int:
    """The data's rows, where that is cheap to know (0 otherwise: the plain table)."""
    if isinstance(data, Mapping):
        values = list(data.values())
        return len(values[0]) if values and hasattr(values[0], "__len__") and not isinstance(values[0], str) else 0
    shape = getattr(data, "shape", None)
    if isinstance(shape, tuple) and shape:
        return int(shape[0])
    return len(data) if isinstance(data, list | tuple) else 0
