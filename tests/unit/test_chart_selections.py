"""Chart selections (``on_select``) in Session State, and the chart commands' errors, with
Streamlit 1.67's texts (recorded from real Streamlit)."""

from __future__ import annotations

import pickle

import pytest

from tests.unit.helpers import app

PRELUDE = """
import streamlit as st
data = [{"a": 1, "b": 3}, {"a": 2, "b": 4}]
spec = {"mark": "point", "params": [{"name": "p", "select": "point"}, {"name": "box", "select": "interval"}],
        "encoding": {"x": {"field": "a", "type": "quantitative"}}}
"""


def test_a_selection_chart_returns_empty_selections_and_holds_them_under_its_key() -> None:
    at = app(
        PRELUDE + 'event = st.vega_lite_chart(data, spec, on_select="rerun", key="k")\nst.write(event.selection.p)'
    )
    assert at.session_state["k"] == {"selection": {"box": {}, "p": {}}}
    chart = at.vega_lite_chart[0]
    assert chart.props["selectionMode"] == ["box", "p"]
    assert type(chart.value).__name__ == "VegaLiteState"
    assert type(chart.value).__module__ == "streamlit.elements.vega_charts"


def test_the_page_s_selection_reaches_the_script_and_the_callback() -> None:
    at = app(
        PRELUDE
        + """
def picked():
    st.session_state.log = st.session_state.k.selection.p
event = st.vega_lite_chart(data, spec, on_select=picked, selection_mode="p", key="k")
st.write(len(event.selection.p))
"""
    )
    assert at.vega_lite_chart[0].props["selectionMode"] == ["p"]
    at.vega_lite_chart[0].select("p", [{"a": 2}]).run()
    assert at.session_state["k"].selection.p == [{"a": 2}]
    assert at.session_state["log"] == [{"a": 2}]
    assert at.markdown[0].value == "`1`"


def test_selection_state_is_read_only_and_survives_pickling() -> None:
    at = app(
        PRELUDE
        + """
event = st.vega_lite_chart(data, spec, on_select="rerun", key="k")
st.session_state.copy = pickle.loads(pickle.dumps(event))
event.selection["x"] = 1
""".replace("\nevent =", "\nimport pickle\nevent =", 1)
    )
    assert at.exception[0].message.startswith("Widget state is read-only because modifying nested values")
    assert at.session_state["copy"] == {"selection": {"box": {}, "p": {}}}


def test_selection_state_pickles_outside_a_run() -> None:
    from wasmlit.elements.vega_charts import ReadOnlyAttributeDictionary, VegaLiteState

    state = VegaLiteState({"selection": ReadOnlyAttributeDictionary({"p": [1]})})
    assert pickle.loads(pickle.dumps(state)) == state


def test_a_chart_without_on_select_is_no_widget() -> None:
    at = app(PRELUDE + "chart = st.vega_lite_chart(data, spec)\nst.write(type(chart).__name__)")
    assert not at.vega_lite_chart[0].id.startswith("$$ID")
    assert "selectionMode" not in at.vega_lite_chart[0].props


@pytest.mark.parametrize(
    ("script", "message"),
    [
        (
            'st.vega_lite_chart(data, spec, on_select="foo")',
            "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function.",
        ),
        (
            'st.vega_lite_chart(data, {"mark": "point"}, on_select="rerun")',
            "Selections are activated, but the provided chart spec does not have any selections defined. To add "
            "selections to `st.altair_chart`, check out the documentation [here](https://altair-viz.github.io/"
            "user_guide/interactions.html#selections-capturing-chart-interactions). For adding selections to "
            "`st.vega_lite_chart`, take a look at the specification [here](https://vega.github.io/vega-lite/docs/"
            "selection.html).",
        ),
        (
            'st.vega_lite_chart(data, {**spec, "params": spec["params"][:1]}, on_select="rerun", selection_mode="q")',
            "Selection parameter 'q' is not defined in the chart spec. Available selection parameters are: {'p'}.",
        ),
        (
            'st.session_state.k = 1\nst.vega_lite_chart(data, spec, on_select="rerun", key="k")',
            "`st.session_state['k']` is read-only and cannot be assigned through session state. Use a different "
            "session state key for values you need to set.",
        ),
        (
            "st.vega_lite_chart(data, {})",
            "The `spec` parameter is required. Vega-Lite charts require a non-empty spec dict.",
        ),
        ('st.vega_lite_chart(data, spec, theme="dark")', "Invalid `theme` value. Supported values: 'streamlit', None."),
        (
            'st.area_chart(data, stack="up")',
            "Invalid `stack` value. Supported values: True, False, 'normalize', 'center', 'layered', None.",
        ),
        (
            'st.scatter_chart(data, x="a", y="b", size="big")',
            "Invalid `size` value. Supported values: a column name, a number. Got 'big'.",
        ),
        (
            "st.line_chart(data, x=1)",
            "Invalid `x` type. Expected one of: str, None. Provided type: int. Pass a column name or None to use "
            "the dataframe's index.",
        ),
        (
            'st.line_chart(data, y=["a", "b"], color=["#f00"])',
            "The list of colors `['#f00']` must have the same length as the list of columns to be colored "
            "`['a', 'b']`.",
        ),
        (
            'st.line_chart(data, y="a", color="nocolor")',
            "This does not look like a valid color argument: `nocolor`.\n\nThe color argument can be:\n\n* A hex "
            'string like "#ffaa00" or "#ffaa0088".\n* An RGB or RGBA tuple with the red, green, blue, and alpha\n'
            "  components specified as ints from 0 to 255 or floats from 0.0 to\n  1.0.\n* The name of a column.\n"
            "* Or a list of colors, matching the number of y columns to draw.",
        ),
        ('st.bar_chart(data, sort="zz")', 'Data does not have a column named `"zz"`. Available columns are `a, b`'),
        (
            'with st.form("f"):\n    st.vega_lite_chart(data, spec, on_select=lambda: None)\n    st.form_submit_button()',
            "Within a form, callbacks can only be defined on `st.form_submit_button`. Defining callbacks on other "
            "widgets inside a form is not allowed.",
        ),
    ],
)
def test_errors_have_streamlits_texts(script: str, message: str) -> None:
    assert app(PRELUDE + script).exception[0].message == message
