"""``st.dataframe`` with selections (``on_select``) and with long data, both drawn by the
grid: the selection state in Session State in Streamlit's format, callbacks, values set
through Session State, and Streamlit 1.67's errors (recorded from real Streamlit)."""

from __future__ import annotations

import pytest

from tests.unit.helpers import app
from wasmlit.elements.table_data import MAX_ROWS
from wasmlit.testing.errors import AppTestError

SELECTING = """
import streamlit as st
def picked():
    st.session_state.log = list(st.session_state.k.selection.rows)
event = st.dataframe({"city": ["Oslo", "Lima", "Pune"], "n": [1, 2, 3]}, key="k", on_select=picked,
                     selection_mode=["multi-row", "single-column"])
st.write(list(event.selection.rows), list(event.selection.columns))
"""


def test_a_selection_reaches_the_script_session_state_and_the_callback() -> None:
    at = app(SELECTING)
    assert at.session_state["k"] == {"selection": {"rows": [], "columns": [], "cells": []}}
    assert type(at.session_state["k"]).__name__ == "DataframeState"
    frame = at.dataframe[0]
    assert frame.selection_mode == ["multi-row", "single-column"]
    assert frame.columns == ["city", "n"] and frame.rows == [["Oslo", 1], ["Lima", 2], ["Pune", 3]]
    frame.select_rows([0, 2]).select_columns(["n"]).run()
    assert at.session_state["k"].selection.rows == [0, 2]
    assert at.session_state["log"] == [0, 2]
    assert [at.json[0].value, at.json[1].value] == ["[0, 2]", '["n"]']
    with pytest.raises(AppTestError, match="one column at a time"):
        at.dataframe[0].select_columns(["city", "n"])
    with pytest.raises(AppTestError, match="no cells selection"):
        at.dataframe[0].select_cells([(0, "city")])


def test_cells_come_back_as_tuples_and_a_required_row_is_selected_by_default() -> None:
    at = app(
        """
import streamlit as st
cells = st.dataframe({"a": [1, 2]}, key="c", on_select="rerun", selection_mode="multi-cell")
must = st.dataframe({"a": [1, 2]}, key="r", on_select="rerun", selection_mode="single-row-required")
st.write(must.selection.rows)
"""
    )
    assert at.json[0].value == "[0]"
    at.dataframe[0].select_cells([(1, "a")]).run()
    assert at.session_state["c"].selection.cells == [(1, "a")]


def test_a_selection_can_be_set_through_session_state() -> None:
    at = app(
        """
import streamlit as st
if "k" not in st.session_state:
    st.session_state.k = {"selection": {"rows": [1]}}
event = st.dataframe({"a": [1, 2]}, on_select="rerun", key="k")
st.write(list(event.selection.rows))
"""
    )
    assert at.json[0].value == "[1]"
    assert at.dataframe[0].props["setValue"] is True


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            'st.dataframe({"a": [1]}, on_select="rerun", selection_mode=["single-row", "multi-row"])',
            "`selection_mode='multi-row'` and `selection_mode='single-row'` cannot be used together. "
            "Only one row selection mode can be specified.",
        ),
        (
            'st.dataframe({"a": [1]}, on_select="rerun", selection_mode="rows")',
            "Invalid `selection_mode` value. Supported values: 'multi-cell', 'multi-column', 'multi-row', "
            "'single-cell', 'single-column', 'single-row', 'single-row-required'.",
        ),
        (
            'st.dataframe({"a": [1]}, selection_default={"selection": {"rows": [0]}})',
            "`selection_default` and `on_select='ignore'` cannot be used together. Set `on_select` to `'rerun'` "
            "or a callback to use `selection_default`.",
        ),
        (
            'st.dataframe({"a": [1]}, on_select="bogus")',
            "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function.",
        ),
    ],
)
def test_bad_selection_arguments_raise_streamlit_s_errors(call: str, message: str) -> None:
    at = app(f"import streamlit as st\n{call}")
    assert at.exception[0].value == message


def test_long_data_is_drawn_by_the_grid_without_a_row_cap() -> None:
    at = app(f"import streamlit as st\nst.dataframe({{'n': list(range({MAX_ROWS + 5}))}})")
    frame = at.dataframe[0]
    assert frame.type == "data_grid"
    assert len(frame.rows) == MAX_ROWS + 5 and frame.rows[-1] == [MAX_ROWS + 4]
    short = app("import streamlit as st\nst.dataframe({'n': [1, 2]})").dataframe[0]
    assert short.type == "dataframe"
