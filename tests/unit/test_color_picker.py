"""st.color_picker: hex values as given, checks, pick(), Session State."""

from __future__ import annotations

import pytest

from tests.unit.choice_helpers import api_error, error, run, written


def test_default_black_and_values_keep_their_case_and_length() -> None:
    at = run('st.write(repr(st.color_picker("a")))\nst.write(repr(st.color_picker("b", "#ABC")))')
    assert written(at) == ["'#000000'", "'#ABC'"]


def test_pick_adds_the_hash_and_set_value_takes_any_hex() -> None:
    at = run('st.write(repr(st.color_picker("a")))')
    at.color_picker[0].pick("00ff00").run()
    assert written(at) == ["'#00ff00'"]
    at.color_picker[0].set_value("#ABC").run()
    assert written(at) == ["'#ABC'"]


def test_a_page_value_that_is_no_hex_falls_back_to_the_default() -> None:
    at = run('st.write(repr(st.color_picker("a", "#123456")))')
    at.queue_browser_value(at.color_picker[0].id, "blue")
    at.run()
    assert written(at) == ["'#123456'"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            '"abc"',
            (
                api_error("StreamlitAPIException"),
                "'abc' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'.",
            ),
        ),
        (
            '"#abcd"',
            (
                api_error("StreamlitAPIException"),
                "'#abcd' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'.",
            ),
        ),
        (
            "5",
            (
                api_error("StreamlitInvalidParameterTypeError"),
                "Invalid `value` type. Expected one of: str. Provided type: int. Pass a hex string like `'#00FFAA'` or `'#000'`.",
            ),
        ),
    ],
)
def test_bad_values_show_streamlit_errors(value: str, expected: tuple[str, str]) -> None:
    assert error(run(f'st.color_picker("a", {value})')) == expected


def test_session_state_strings_are_returned_unchecked_and_other_types_raise() -> None:
    at = run('st.session_state.k = "nothex"\nst.write(repr(st.color_picker("a", key="k")))')
    assert written(at) == ["'nothex'"]
    at = run('st.session_state.k = 5\nst.color_picker("a", key="k")')
    assert error(at) == ("TypeError", "bad argument type for built-in operation")


def test_a_keyed_picker_keeps_its_colour_when_relabelled() -> None:
    at = run('st.write(repr(st.color_picker(st.session_state.get("label", "a"), key="c")))')
    at.color_picker[0].pick("#123456").run()
    at.session_state["label"] = "b"
    at.run()
    assert written(at) == ["'#123456'"]
