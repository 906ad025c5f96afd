"""st.number_input: types, defaults, validation, reconciliation and Session State (docs/semantics.md 3, 6)."""

from __future__ import annotations

import pytest

from tests.unit.helpers import app


def returned(script_line: str, setup: str = "") -> str:
    """The repr of what one number_input call returns, as the page shows it."""
    at = app(f"import streamlit as st\n{setup}\nst.text(repr(({script_line})))")
    assert not at.exception, at.exception[0].message
    return str(at.text[0].value)


def error_of(script: str) -> tuple[str, str]:
    at = app("import streamlit as st\n" + script)
    assert len(at.exception) == 1
    return at.exception[0].type_name, at.exception[0].message


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        ('st.number_input("x")', "0.0"),
        ('st.number_input("x", value=1)', "1"),
        ('st.number_input("x", 1, 10)', "1"),
        ('st.number_input("x", step=2)', "0"),
        ('st.number_input("x", max_value=10)', "0"),
        ('st.number_input("x", min_value=1.5)', "1.5"),
        ('st.number_input("x", value=True)', "1"),
        ('st.number_input("x", value=None)', "None"),
        ('st.number_input("x", format="%d")', "0.0"),
    ],
)
def test_default_value_and_type_follow_the_arguments(call: str, expected: str) -> None:
    assert returned(call) == expected


def test_mixed_numeric_types_list_every_given_argument() -> None:
    assert error_of('st.number_input("x", min_value=1, step=0.5)') == (
        "streamlit.errors.StreamlitMixedNumericTypesError",
        "All numerical arguments must be of the same type.\n`value` has str type.\n"
        "`min_value` has int type.\n`step` has float type.",
    )


@pytest.mark.parametrize(
    ("call", "error_type", "message"),
    [
        (
            'st.number_input("x", value=5, min_value=10)',
            "StreamlitValueBelowMinError",
            "The `value` 5 is less than the `min_value` 10.",
        ),
        (
            'st.number_input("x", value=15, max_value=10)',
            "StreamlitValueAboveMaxError",
            "The `value` 15 is greater than the `max_value` 10.",
        ),
        (
            'st.number_input("x", min_value=15, max_value=10)',
            "StreamlitInvalidMinMaxError",
            "The `min_value`, set to 15, cannot be greater than the `max_value`, set to 10.",
        ),
        (
            'st.number_input("x", value=1 << 60)',
            "StreamlitJSNumberBoundsError",
            "`value` (1152921504606846976) must be <= (1 << 53) - 1",
        ),
        ('st.number_input("x", value=1e309)', "StreamlitJSNumberBoundsError", "`value` (inf) must be <= 1.797e+308"),
        (
            'st.number_input("x", format="abc")',
            "StreamlitInvalidNumberFormatError",
            "Format string for `st.number_input` contains invalid characters: abc",
        ),
        (
            'st.number_input("x", on_change="later")',
            "StreamlitValueError",
            "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function.",
        ),
    ],
)
def test_bad_arguments_raise_streamlits_errors(call: str, error_type: str, message: str) -> None:
    assert error_of(call) == (f"streamlit.errors.{error_type}", message)


def test_format_type_mismatch_is_only_logged() -> None:
    at = app('import streamlit as st\nst.text(repr(st.number_input("x", value=1, format="%0.2f")))')
    assert at.text[0].value == "1"
    assert ("warn", "st.number_input value has type int so is displayed as int despite format string %0.2f.") in at.logs
    assert not at.warning, "logged, not shown"


def test_the_app_keeps_working_after_a_bad_call() -> None:
    at = app('import streamlit as st\nif st.button("go"):\n    st.number_input("x", 0, 10.0)\nst.text("alive")')
    at.button[0].click().run()
    assert at.exception[0].type_name == "streamlit.errors.StreamlitMixedNumericTypesError"
    at.run()
    assert not at.exception and at.text[0].value == "alive"


def test_set_value_increment_and_decrement_stop_at_the_bounds() -> None:
    at = app('import streamlit as st\nst.text(repr(st.number_input("x", min_value=0, max_value=3, step=2)))')
    at.number_input[0].increment().run()
    assert at.text[0].value == "2"
    at.number_input[0].increment().run()
    assert at.text[0].value == "3"
    at.number_input[0].decrement().run()
    assert at.text[0].value == "1"
    at.number_input[0].set_value(0).run()
    assert at.text[0].value == "0"


def test_float_steps_and_int_results() -> None:
    at = app('import streamlit as st\nst.text(repr(st.number_input("x", value=0.5, step=0.25)))')
    at.number_input[0].increment().run()
    assert at.text[0].value == "0.75"
    at = app('import streamlit as st\nst.text(repr(st.number_input("x", value=1)))')
    at.number_input[0].set_value(4).run()
    assert at.text[0].value == "4"


def test_a_browser_value_out_of_range_is_refused_for_the_default() -> None:
    at = app('import streamlit as st\nst.text(repr(st.number_input("x", 0, 10, value=4)))')
    at.queue_browser_value(at.number_input[0].id, 99)
    at.run()
    assert at.text[0].value == "4"


def test_keyed_value_outside_new_bounds_resets_to_the_default_and_overwrites_the_key() -> None:
    at = app(
        """
        import streamlit as st
        low = st.session_state.get("low", 0)
        value = st.number_input(f"x{low}", min_value=low, max_value=100, value=low, key="n")
        st.text(f"{value!r} {st.session_state.n!r}")
        """
    )
    at.number_input[0].set_value(7).run()
    assert at.text[0].value == "7 7"
    at.session_state["low"] = 5
    at.run()
    assert at.text[0].value == "7 7", "a keyed widget keeps its value when its label changes"
    at.session_state["low"] = 10
    at.run()
    assert at.text[0].value == "10 10"


def test_session_state_values_out_of_range_reset_silently_and_floats_pass_through() -> None:
    setup = "st.session_state.n = {}"
    assert returned('st.number_input("x", 0, 10, key="n"), st.session_state.n', setup.format(50)) == "(0, 0)"
    assert returned('st.number_input("x", 0, 10, key="n")', setup.format(5.5)) == "5.5"
    assert returned('st.number_input("x", 0, 10, key="n")', setup.format(None)) == "None"


def test_the_page_gets_streamlits_bounds_and_format() -> None:
    at = app('import streamlit as st\nst.number_input("x", min_value=1, step=3, placeholder="n")')
    props = at.number_input[0].props
    assert props["dataType"] == "int" and props["format"] == "%d" and props["step"] == 3
    assert props["hasMin"] and not props["hasMax"] and props["max"] == (1 << 53) - 1
    assert props["placeholder"] == "n" and props["value"] == 1
    assert at.number_input[0].min == 1 and at.number_input[0].max is None


def test_a_non_number_through_session_state_raises_type_error() -> None:
    at = app('import streamlit as st\nst.session_state.n = "s"\nst.number_input("x", key="n")')
    assert (at.exception[0].type_name, at.exception[0].message) == ("TypeError", "must be real number, not str")
