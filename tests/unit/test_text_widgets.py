"""st.text_input and st.text_area: values, max_chars, types, Session State (docs/semantics.md 3, 6)."""

from __future__ import annotations

import pytest

from tests.unit.helpers import app


def shown(at_script: str) -> str:
    at = app("import streamlit as st\n" + at_script)
    assert not at.exception, at.exception[0].message
    return str(at.text[0].value)


@pytest.mark.parametrize("command", ["text_input", "text_area"])
def test_values_are_strings_and_none_stays_none(command: str) -> None:
    assert shown(f'st.text(repr(st.{command}("x", 1234)))') == "'1234'"
    assert shown(f'st.text(repr(st.{command}("x")))') == "''"
    assert shown(f'st.text(repr(st.{command}("x", None)))') == "None"


@pytest.mark.parametrize("command", ["text_input", "text_area"])
def test_max_chars_cuts_the_default_but_not_a_session_state_value(command: str) -> None:
    assert shown(f'st.text(repr(st.{command}("x", "abcdef", max_chars=3)))') == "'abc'"
    script = f'st.session_state.t = "abcdef"\nst.text(repr(st.{command}("x", key="t", max_chars=3)))'
    assert shown(script) == "'abcdef'"


@pytest.mark.parametrize("command", ["text_input", "text_area"])
def test_a_non_string_through_session_state_raises_type_error(command: str) -> None:
    at = app(f'import streamlit as st\nst.session_state.t = 5\nst.{command}("x", key="t")')
    assert (at.exception[0].type_name, at.exception[0].message) == (
        "TypeError",
        "bad argument type for built-in operation",
    )


def test_a_key_holding_none_starts_the_widget_empty() -> None:
    assert shown('st.session_state.t = None\nst.text(repr(st.text_input("x", "abc", key="t")))') == "None"


def test_input_respects_max_chars_as_a_user_would_and_set_value_does_not() -> None:
    at = app('import streamlit as st\nst.text(repr(st.text_input("t", max_chars=3)))')
    at.text_input[0].input("abcd").run()
    assert at.text[0].value == "''"
    at.text_input[0].input("abc").run()
    assert at.text[0].value == "'abc'"
    at.text_input[0].set_value("abcdef").run()
    assert at.text[0].value == "'abc'", "the browser's value is cut to max_chars"


def test_callbacks_get_args_from_the_previous_run_and_see_the_new_value() -> None:
    at = app(
        """
        import streamlit as st
        if "log" not in st.session_state:
            st.session_state.log = []
        def changed(previous):
            st.session_state.log.append((previous, st.session_state.t))
        st.text_input("t", key="t", on_change=changed, args=(st.session_state.get("t"),))
        st.text(repr(st.session_state.log))
        """
    )
    at.text_input[0].input("hello").run()
    at.text_input[0].input("world").run()
    at.run()
    assert at.text[0].value == "[(None, 'hello'), ('hello', 'world')]"


@pytest.mark.parametrize(
    ("call", "error_type", "message"),
    [
        (
            'st.text_input("x", type="nope")',
            "streamlit.errors.StreamlitValueError",
            "Invalid `type` value. Supported values: 'default', 'password', 'email', 'url', 'phone', 'search'.",
        ),
        ('st.text_input("x", max_chars=-1)', "ValueError", "Value out of range: -1"),
        ('st.text_input("x", max_chars=2.5)', "TypeError", "'float' object cannot be interpreted as an integer"),
        (
            'st.text_input("x", icon="hot")',
            "streamlit.errors.StreamlitAPIException",
            'The value "hot" is not a valid icon. Please use a single emoji or a Material icon shortcode like '
            "`:material\u200b/thumb_up:`.",
        ),
        (
            'st.text_input("x", width="content")',
            "streamlit.errors.StreamlitInvalidWidthError",
            "Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'.",
        ),
        (
            'st.text_area("x", height=0)',
            "streamlit.errors.StreamlitInvalidHeightError",
            "Invalid height value: 0. Height must be either a positive integer (pixels), 'stretch', or 'content'.",
        ),
    ],
)
def test_bad_arguments_raise_streamlits_errors(call: str, error_type: str, message: str) -> None:
    at = app("import streamlit as st\n" + call)
    assert (at.exception[0].type_name, at.exception[0].message) == (error_type, message)


def test_type_brings_streamlits_field_defaults() -> None:
    at = app('import streamlit as st\nst.text_input("e", type="email")\nst.text_input("p", type="password")')
    email, password = at.text_input
    assert email.props["inputType"] == "email" and email.props["placeholder"] == "you@example.com"
    assert email.props["validateMessage"] == "Enter a valid email address."
    assert password.props["inputType"] == "password" and password.autocomplete == "new-password"


def test_max_chars_is_part_of_a_keyed_identity_but_the_label_is_not() -> None:
    at = app(
        """
        import streamlit as st
        limit = st.session_state.get("limit", 10)
        st.text_input(f"label {limit}", key="t", max_chars=limit)
        st.text(repr(st.session_state.t))
        """
    )
    at.text_input[0].input("kept").run()
    at.session_state["limit"] = 20
    at.run()
    assert at.text[0].value == "''", "a new max_chars is a new widget, starting from its default"


def test_text_area_height_default_and_props() -> None:
    at = app('import streamlit as st\nst.text_area("a")\nst.text_area("b", label_visibility="collapsed", max_chars=5)')
    first, second = at.text_area
    assert first.props["height"] == 122 and second.props["height"] == 94
    assert second.max_chars == 5
