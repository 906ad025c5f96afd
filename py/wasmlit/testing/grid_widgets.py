"""AppTest views of the grids: ``at.data_editor[0].edit_cell(0, "a", 5).run()``,
``.add_row({"a": 1})``, ``.delete_rows([2])``. Each interaction changes the editing state
as the page does (``edited_rows``, ``added_rows``, ``deleted_rows``) and is sent with the
next ``run()``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from wasmlit.elements.grid_columns import grid_cell
from wasmlit.testing.elements import Element, Widget
from wasmlit.testing.errors import AppTestError
from wasmlit.testing.page_model import PageElement

_INDEX = "_index"


class DataEditor(Widget):
    """``st.data_editor``: ``value`` is the editing state; the data shown is ``columns``/``rows``."""

    @property
    def columns(self) -> list[str]:
        """The shown columns' names, the index (``_index``) first when shown."""
        return [column["name"] for column in self.props.get("columns", [])]

    @property
    def rows(self) -> list[list[Any]]:
        """The cells the page shows before edits (as JSON: dates as ISO text)."""
        return [list(row) for row in self.props.get("rows", [])]

    @property
    def num_rows(self) -> str:
        mode: str = self.props.get("numRows", "fixed")
        return mode

    def _state(self) -> dict[str, Any]:
        state: dict[str, Any] = json.loads(self._app.queued_browser_value(self.id) or self.props.get("value") or "{}")
        return {
            "edited_rows": dict(state.get("edited_rows", {})),
            "added_rows": list(state.get("added_rows", [])),
            "deleted_rows": list(state.get("deleted_rows", [])),
        }

    def _queue(self, state: dict[str, Any]) -> DataEditor:
        self._app.queue_browser_value(self.id, json.dumps(state))
        return self

    def _column(self, name: str) -> dict[str, Any]:
        for column in self.props.get("columns", []):
            if column["name"] == name:
                return dict(column)
        raise AppTestError(f"st.data_editor shows no column {name!r}. Shown columns: {self.columns}.")

    def _check_editable(self, name: str) -> None:
        self._assert_can_interact()
        column = self._column(name)
        if column["config"].get("disabled") or column["type"] in ("image", "progress", "object"):
            raise AppTestError(f"Column {name!r} of st.data_editor is disabled: a browser user cannot edit it.")

    def edit_cell(self, row: int, column: str, value: Any) -> DataEditor:
        """Set one cell: ``row`` is the row's position in the data (added rows follow it)."""
        self._check_editable(column)
        state, shown = self._state(), len(self.rows)
        if 0 <= row < shown:
            state["edited_rows"].setdefault(str(row), {})[column] = grid_cell(value)
        elif shown <= row < shown + len(state["added_rows"]):
            state["added_rows"][row - shown][column] = grid_cell(value)
        else:
            raise AppTestError(f"st.data_editor has no row {row}.")
        return self._queue(state)

    def add_row(self, values: Mapping[str, Any] | None = None) -> DataEditor:
        """Append a row (``num_rows="dynamic"`` or ``"add"``); unnamed columns stay empty."""
        self._assert_can_interact()
        if self.num_rows not in ("dynamic", "add"):
            raise AppTestError(f'st.data_editor with num_rows="{self.num_rows}" cannot add rows.')
        for name in values or {}:
            self._column(name)
        state = self._state()
        state["added_rows"].append({name: grid_cell(value) for name, value in (values or {}).items()})
        return self._queue(state)

    def delete_rows(self, rows: Iterable[int]) -> DataEditor:
        """Delete rows by position (``num_rows="dynamic"`` or ``"delete"``)."""
        self._assert_can_interact()
        if self.num_rows not in ("dynamic", "delete"):
            raise AppTestError(f'st.data_editor with num_rows="{self.num_rows}" cannot delete rows.')
        state, shown = self._state(), len(self.rows)
        added = list(state["added_rows"])
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < shown:
                if row not in state["deleted_rows"]:
                    state["deleted_rows"].append(row)
            elif shown <= row < shown + len(added):
                added.pop(row - shown)
            else:
                raise AppTestError(f"st.data_editor has no row {row}.")
        state["deleted_rows"].sort()
        state["added_rows"] = added
        return self._queue(state)


class GridDataframe(Element):
    """``st.dataframe`` drawn by the grid (long data): ``columns``, ``rows``, and ``value``
    as a ``pandas.DataFrame`` when pandas is importable (else a list of row dicts)."""

    @property
    def columns(self) -> list[str]:
        return [column["name"] for column in self.props.get("columns", []) if column["name"] != _INDEX]

    @property
    def rows(self) -> list[list[Any]]:
        shown = [column["name"] != _INDEX for column in self.props.get("columns", [])]
        return [[cell for cell, keep in zip(row, shown, strict=True) if keep] for row in self.props.get("rows", [])]

    @property
    def value(self) -> Any:
        try:
            import pandas  # type: ignore[import-untyped]
        except ImportError:
            return [dict(zip(self.columns, row, strict=True)) for row in self.rows]
        return pandas.DataFrame(self.rows, columns=self.columns)


class SelectableDataframe(GridDataframe, Widget):
    """``st.dataframe`` with ``on_select``: ``value`` is the selection state."""

    @property
    def value(self) -> Any:
        return Widget.value.fget(self)  # type: ignore[attr-defined]

    @property
    def selection_mode(self) -> list[str]:
        return list(self.props.get("selectionMode", []))

    def _selection(self) -> dict[str, Any]:
        state = json.loads(self._app.queued_browser_value(self.id) or self.props.get("value") or "{}")
        selection = dict(state.get("selection") or {})
        return {
            "rows": selection.get("rows", []),
            "columns": selection.get("columns", []),
            "cells": selection.get("cells", []),
        }

    def _select(self, part: str, items: list[Any], modes: tuple[str, ...]) -> SelectableDataframe:
        chosen = [mode for mode in self.selection_mode if mode in modes]
        if not chosen:
            raise AppTestError(f"st.dataframe has no {part} selection (selection_mode={self.selection_mode}).")
        if chosen[0].startswith("single") and len(items) > 1:
            raise AppTestError(f"selection_mode={chosen[0]!r} selects one {part[:-1]} at a time.")
        selection = {**self._selection(), part: items}
        self._app.queue_browser_value(self.id, json.dumps({"selection": selection}))
        return self

    def select_rows(self, rows: Iterable[int]) -> SelectableDataframe:
        """Select rows by position in the data (what a click on their row markers does)."""
        return self._select("rows", list(rows), ("single-row", "single-row-required", "multi-row"))

    def select_columns(self, columns: Iterable[str]) -> SelectableDataframe:
        return self._select("columns", list(columns), ("single-column", "multi-column"))

    def select_cells(self, cells: Iterable[tuple[int, str]]) -> SelectableDataframe:
        return self._select("cells", [list(cell) for cell in cells], ("single-cell", "multi-cell"))


def grid_dataframe_class(page_element: PageElement) -> type[Element]:
    return SelectableDataframe if "selectionMode" in page_element.props else GridDataframe
