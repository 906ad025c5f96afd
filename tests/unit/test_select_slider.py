"""st.select_slider: options, pairs, checks and Session State fallbacks."""

from __future__ import annotations

import pytest

from tests.unit.choice_helpers import api_error, error, run, written


def test_first_option_by_default_and_pairs_are_sorted() -> None:
    at = run(
        """
        st.write(repr(st.select_slider("a", ["s", "m", "l"])))
        st.write(repr(st.select_slider("b", ["s", "m", "l"], value=("l", "s"))))
        st.write(repr(st.select_slider("c", range(10), value=(2, 5))))
        """
    )
    assert written(at) == ["'s'", "('s', 'l')", "(2, 5)"]
    assert at.select_slider[0].options == ["s", "m", "l"]


def test_set_value_and_set_range() -> None:
    at = run(
        'st.write(repr(st.select_slider("a", [1, 2, 3], format_func=lambda v: f"#{v}")))\nst.write(repr(st.select_slider("b", range(10), value=(2, 5))))'
    )
    at.select_slider[0].set_value(3).run()
    at.select_slider[1].set_range(7, 3).run()
    assert written(at) == ["3", "(3, 7)"]


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ('st.select_slider("x", ["a", "b"], value="z")', ("ValueError", "z is not in iterable")),
        ('st.select_slider("x", ["a", "b"], value=["a", "z"])', ("ValueError", "z is not in iterable")),
        (
            'st.select_slider("x")',
            (
                api_error("StreamlitMissingRequiredParameterError"),
                "The `options` parameter is required. Provide at least one option.",
            ),
        ),
        (
            'st.select_slider("x", ["a", "b"], value=["b"])',
            ("ValueError", "not enough values to unpack (expected 2, got 1)"),
        ),
    ],
)
def test_bad_arguments_raise_like_streamlit(script: str, expected: tuple[str, str]) -> None:
    assert error(run(script)) == expected


@pytest.mark.parametrize(
    ("assigned", "value", "expected"),
    [
        ('"zz"', '"b"', ["'b'", "'b'"]),
        ('("a", "zz")', '"b"', ["('b', 'c')", "('b', 'c')"]),
        ('("c", "a")', "None", ["('c', 'a')", "('c', 'a')"]),
        ('["a", "c"]', "None", ["'a'", "'a'"]),
    ],
)
def test_session_state_values_that_are_no_options_fall_back(assigned: str, value: str, expected: list[str]) -> None:
    at = run(
        f"""
        st.session_state.k = {assigned}
        st.write(repr(st.select_slider("x", ["a", "b", "c"], value={value}, key="k")))
        st.write(repr(st.session_state.k))
        """
    )
    assert written(at) == expected


def test_a_kept_value_that_leaves_the_options_resets() -> None:
    at = run('st.write(repr(st.select_slider("x", st.session_state.get("o", ["a", "b", "c"]), key="k")))')
    at.select_slider[0].set_value("c").run()
    assert written(at) == ["'c'"]
    at.session_state["o"] = ["a", "b"]
    at.run()
    assert written(at) == ["'a'"]
