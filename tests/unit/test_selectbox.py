"""st.selectbox: radio's rules plus placeholder, accept_new_options and filter_mode."""

from __future__ import annotations

import pytest

from tests.unit.choice_helpers import api_error, error, run, written


def test_select_select_index_and_set_value() -> None:
    at = run('st.write(repr(st.selectbox("a", ["x", "y", "z"])))')
    assert written(at) == ["'x'"] and at.selectbox[0].index == 0
    at.selectbox[0].select("y").run()
    assert written(at) == ["'y'"]
    at.selectbox[0].select_index(2).run()
    assert written(at) == ["'z'"] and at.selectbox[0].index == 2
    at.selectbox[0].set_value(None).run()  # "no choice" means the default, as in Streamlit
    assert written(at) == ["'x'"]


def test_clearing_a_selectbox_without_default_gives_none() -> None:
    at = run('st.write(repr(st.selectbox("a", ["x", "y"], index=None)))')
    at.selectbox[0].select("y").run()
    assert written(at) == ["'y'"]
    at.selectbox[0].set_value(None).run()
    assert written(at) == ["None"] and at.selectbox[0].index is None


@pytest.mark.parametrize(
    ("options", "expected"),
    [('"abc"', "'abc'"), ("5", "5"), ("range(3)", "0"), ('{"k1": 1}', "'k1'"), ("[]", "None")],
)
def test_options_of_any_shape(options: str, expected: str) -> None:
    assert written(run(f'st.write(repr(st.selectbox("a", {options})))')) == [expected]


def test_accept_new_options_returns_typed_text() -> None:
    at = run('st.write(repr(st.selectbox("a", ["x", "y"], accept_new_options=True)))')
    assert at.selectbox[0].accept_new_options
    at.selectbox[0].set_value("brand new").run()
    assert written(at) == ["'brand new'"]


def test_session_state_text_is_kept_only_with_accept_new_options() -> None:
    plain = run('st.session_state.k = "zz"\nst.write(repr(st.selectbox("a", ["x", "y"], key="k")))')
    assert written(plain) == ["'x'"]
    creatable = run(
        'st.session_state.k = "zz"\nst.write(repr(st.selectbox("a", ["x", "y"], key="k", accept_new_options=True)))'
    )
    assert written(creatable) == ["'zz'"]


def test_accept_new_options_is_part_of_a_keyed_identity() -> None:
    at = run(
        'st.write(repr(st.selectbox("s", ["x", "y"], key="s", accept_new_options=st.session_state.get("new", False))))'
    )
    at.selectbox[0].select("y").run()
    assert written(at) == ["'y'"]
    at.session_state["new"] = True
    at.run()
    assert written(at) == ["'x'"]


@pytest.mark.parametrize(
    ("placeholder", "page_text"),
    [(None, ""), ("", " "), ("Pick one", "Pick one")],
)
def test_placeholder_reaches_the_page(placeholder: str | None, page_text: str) -> None:
    at = run(f'st.selectbox("a", ["x"], index=None, placeholder={placeholder!r})')
    assert at.selectbox[0].placeholder == page_text
    assert at.selectbox[0].props["clearable"] is True


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        (
            'st.selectbox("a", ["x"], filter_mode="bad")',
            (
                api_error("StreamlitValueError"),
                "Invalid `filter_mode` value. Supported values: fuzzy, contains, prefix, None.",
            ),
        ),
        (
            'st.selectbox("a", ["x"], filter_mode=None, accept_new_options=True)',
            (
                api_error("StreamlitIncompatibleParametersError"),
                "`filter_mode=None` and `accept_new_options=True` cannot be used together. `filter_mode` cannot be "
                "`None` when `accept_new_options=True`. Set `filter_mode` to `fuzzy`, `contains`, or `prefix`.",
            ),
        ),
        (
            'st.selectbox("a", ["x"], index=-1)',
            (
                api_error("StreamlitValueOutOfRangeError"),
                "The `index` parameter, set to -1, is outside the required range [0, 0].",
            ),
        ),
        (
            'st.selectbox("a", ["x"], index=1.0)',
            (
                api_error("StreamlitInvalidParameterTypeError"),
                "Invalid `index` type. Expected one of: int, None. Provided type: float.",
            ),
        ),
    ],
)
def test_bad_arguments_show_streamlit_errors(script: str, expected: tuple[str, str]) -> None:
    assert error(run(script)) == expected


def test_the_page_gets_options_filter_mode_and_value_as_text() -> None:
    at = run('st.selectbox("a", [1, 2], index=1, format_func=lambda v: f"#{v}", filter_mode="prefix")')
    props = at.selectbox[0].props
    assert (props["options"], props["filterMode"], props["value"]) == (["#1", "#2"], "prefix", "#2")


def test_filter_mode_none_turns_typing_off_and_reaches_the_page_as_null() -> None:
    # The catalogue declared a string: AppTest refused the element before filterMode was nullable.
    at = run('st.selectbox("a", ["x"], filter_mode=None)\nst.multiselect("b", ["x"], filter_mode=None)')
    assert (at.selectbox[0].props["filterMode"], at.multiselect[0].props["filterMode"]) == (None, None)
