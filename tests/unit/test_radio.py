"""st.radio: options, index rules, Session State fallbacks, captions, reconciliation."""

from __future__ import annotations

import pytest

from tests.unit.choice_helpers import api_error, error, run, written


def test_returns_the_option_at_index_and_follows_choices() -> None:
    at = run('st.write(repr(st.radio("a", ["x", "y", "z"], index=1)))')
    assert written(at) == ["'y'"]
    assert (at.radio[0].options, at.radio[0].index, at.radio[0].value) == (["x", "y", "z"], 1, "y")
    at.radio[0].set_value("z").run()
    assert written(at) == ["'z'"]
    at.radio[0].select_index(0).run()
    assert written(at) == ["'x'"]


def test_index_none_and_empty_options_give_none() -> None:
    at = run('st.write(repr(st.radio("a", ["x", "y"], index=None)))\nst.write(repr(st.radio("b", [])))')
    assert written(at) == ["None", "None"]
    assert at.radio[0].index is None
    at.radio[0].set_value("y").run()
    assert written(at) == ["'y'", "None"]


def test_format_func_labels_options_and_returns_the_option_object() -> None:
    at = run('st.write(repr(st.radio("a", [1, 2, 3], format_func=lambda v: f"n{v}")))')
    assert at.radio[0].options == ["n1", "n2", "n3"]
    at.radio[0].set_value(3).run()
    assert written(at) == ["3"]


def test_dict_options_are_its_keys_and_values_are_deep_copies() -> None:
    at = run(
        """
        st.write(repr(st.radio("a", {"k1": 1, "k2": 2})))
        shared = [[1], [2]]
        chosen = st.radio("b", shared)
        st.write(repr((chosen is shared[0], chosen == shared[0])))
        """
    )
    assert written(at) == ["'k1'", "(False, True)"]


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        (
            'st.radio("a", ["x"], index=3)',
            (
                api_error("StreamlitValueOutOfRangeError"),
                "The `index` parameter, set to 3, is outside the required range [0, 0].",
            ),
        ),
        (
            'st.radio("a", ["x"], index="1")',
            (
                api_error("StreamlitInvalidParameterTypeError"),
                "Invalid `index` type. Expected one of: int, None. Provided type: str.",
            ),
        ),
        (
            'st.radio("a", ["x", "y"], captions=["c", 3])',
            (
                api_error("StreamlitInvalidParameterTypeError"),
                "Invalid `captions` type. Expected one of: str, None. Provided type: int.",
            ),
        ),
        ('st.radio("a", [1], format_func=lambda v: v)', ("TypeError", "bad argument type for built-in operation")),
    ],
)
def test_bad_arguments_show_streamlit_errors(script: str, expected: tuple[str, str]) -> None:
    assert error(run(script)) == expected


def test_a_session_state_value_that_is_no_option_falls_back_to_the_default() -> None:
    at = run(
        """
        st.session_state.k = "zz"
        st.write(repr(st.radio("a", ["x", "y"], index=1, key="k")))
        st.write(repr(st.session_state.k))
        """
    )
    assert written(at) == ["'y'", "'y'"]
    assert at.radio[0].props["setValue"] is True


def test_a_session_state_none_clears_the_choice() -> None:
    at = run('st.session_state.k = None\nst.write(repr(st.radio("a", ["x", "y"], index=1, key="k")))')
    assert written(at) == ["None"]


def test_a_kept_choice_that_disappears_from_the_options_resets_to_the_default() -> None:
    at = run('st.write(repr(st.radio("r", st.session_state.get("opts", ["a", "b", "c"]), key="r")))')
    at.radio[0].set_value("c").run()
    assert written(at) == ["'c'"]
    at.session_state["opts"] = ["a", "b", "c", "d"]
    at.run()
    assert written(at) == ["'c'"]  # a keyed radio keeps its value when options change
    at.session_state["opts"] = ["a", "b"]
    at.run()
    assert written(at) == ["'a'"]


def test_horizontal_and_captions_reach_the_page() -> None:
    at = run('st.radio("a", ["x", "y"], horizontal=True, captions=["first", None])')
    assert at.radio[0].horizontal is True
    assert at.radio[0].captions == ["first", ""]


def test_enum_options_survive_the_class_being_defined_again_each_run() -> None:
    at = run(
        """
        import enum
        class Colour(enum.Enum):
            RED = 1
            GREEN = 2
        chosen = st.radio("c", Colour)
        st.write(repr(chosen is Colour.RED))
        """
    )
    assert written(at) == ["True"]
    at.run()
    assert written(at) == ["True"]
