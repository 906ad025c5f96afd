"""bind="query-params" and persist_state, as Streamlit 1.67 applies them (runtime/state/session_state.py).

AppTest's query_params play the address bar: what the page writes when the user changes a
bound widget, and what a reload starts from.
"""

from __future__ import annotations

import pytest

from tests.unit.choice_helpers import api_error, error, run, written
from wasmlit.testing import AppTest

BOUND = """
c = st.checkbox("c", key="c", bind="query-params")
p = st.pills("p", ["a", "b"], key="p", bind="query-params", selection_mode="multi")
n = st.number_input("n", key="n", value=3, bind="query-params")
t = st.text_input("t", key="t", bind="query-params")
st.write(repr((c, p, n, t)))
"""


def loaded(query: dict[str, object], script: str = BOUND) -> AppTest:
    """A first load of an address with this query string."""
    at = AppTest.from_string("import streamlit as st\n" + script)
    at.query_params = dict(query)
    return at.run()


def test_the_address_seeds_bound_widgets_on_a_first_load() -> None:
    at = loaded({"c": "true", "p": ["b", "a"], "n": "7", "t": "hi there"})
    assert written(at) == ["(True, ['b', 'a'], 7, 'hi there')"]
    assert at.session_state.c is True


def test_invalid_and_default_values_leave_the_address_and_a_filtered_list_is_corrected() -> None:
    at = loaded({"c": "maybe", "p": ["b", "zz", "b"], "n": "3", "other": "kept"})
    assert written(at) == ["(False, ['b'], 3, '')"]
    assert at.query_params == {"p": "b", "other": "kept"}


def test_user_changes_go_to_the_address_and_a_reload_restores_them() -> None:
    at = loaded({})
    at.pills[0].select("a")
    at.number_input[0].set_value(9)
    at.text_input[0].input("")  # the default: no param
    at.run()
    assert at.query_params == {"p": ["a"], "n": "9"}
    reloaded = loaded(at.query_params)
    assert written(reloaded) == ["(False, ['a'], 9, '')"]
    at.number_input[0].set_value(3).run()
    assert "n" not in at.query_params


def test_a_value_set_through_session_state_is_written_to_the_address() -> None:
    at = loaded({}, 'if st.button("go"):\n    st.session_state.n = 5\n' + BOUND)
    at.button[0].click().run()
    assert written(at) == ["(False, [], 5, '')"]
    assert at.query_params.get("n") == "5"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            'st.query_params["c"] = "true"',
            "Cannot directly set query parameter 'c' - it is bound to a widget. Modify the widget value instead.",
        ),
        (
            "st.query_params.clear()",
            "Cannot clear query parameters - the following are bound to widgets: 'c'. Modify the widget values "
            "instead, or remove the bind parameter.",
        ),
    ],
)
def test_bound_params_cannot_be_written_through_st_query_params(line: str, expected: str) -> None:
    at = loaded({"c": "true"}, 'st.checkbox("c", key="c", bind="query-params")\nif st.button("x"):\n    ' + line)
    at.button[0].click().run()
    assert error(at) == (api_error("StreamlitAPIException"), expected)


def test_binding_to_embed_and_without_a_key_are_refused() -> None:
    assert error(run('st.checkbox("c", key="embed", bind="query-params")')) == (
        api_error("StreamlitAPIException"),
        "Cannot bind to reserved query parameter 'embed'. 'embed' and 'embed_options' are used internally for "
        "Streamlit's embed functionality.",
    )
    type_name, message = error(run('st.text_input("t", bind="query-params")'))
    assert type_name == api_error("StreamlitMissingRequiredParameterError")
    assert message.startswith("The `key` parameter is required. When using bind='query-params'")


def test_a_bound_widget_that_leaves_takes_its_param_along_and_brings_it_back() -> None:
    at = loaded(
        {"n": "8"}, 'if st.toggle("show", True):\n    st.number_input("n", key="n", value=3, bind="query-params")'
    )
    at.toggle[0].set_value(False).run()
    assert "n" not in at.query_params
    at.toggle[0].set_value(True).run()
    assert at.number_input[0].value == 8
    assert at.query_params.get("n") == "8"


PERSIST = """
page = st.radio("page", ["one", "two"], key="page")
if page == "one":
    st.text_input("session", key="s", persist_state="session")
    st.text_input("plain", key="plain")
st.write(repr((st.session_state.get("s"), st.session_state.get("plain"))))
"""


def test_persist_state_session_keeps_the_value_while_the_widget_is_gone() -> None:
    at = run(PERSIST)
    at.text_input(key="s").input("A")
    at.text_input(key="plain").input("B")
    at.run()
    at.radio[0].set_value("two").run()
    at.radio[0].set_value("two").run()
    assert written(at) == ["('A', None)"]
    at.radio[0].set_value("one").run()
    assert at.text_input(key="s").value == "A"
    assert at.text_input(key="plain").value == ""


def test_persist_state_needs_a_key_and_a_known_scope() -> None:
    assert error(run('st.checkbox("c", key="c", persist_state="app")')) == (
        api_error("StreamlitValueError"),
        "Invalid `persist_state` value. Supported values: 'page', 'session', None.",
    )
    type_name, message = error(run('st.datetime_input("d", persist_state="page")'))
    assert type_name == api_error("StreamlitMissingRequiredParameterError")
    assert "When using persist_state" in message
