"""st.multiselect: selection order, defaults, max_selections, Session State, reconciliation."""

from __future__ import annotations

import pytest

from tests.unit.choice_helpers import api_error, error, run, written


def test_defaults_keep_their_order_and_a_scalar_default_is_wrapped() -> None:
    at = run(
        """
        st.write(repr(st.multiselect("a", ["a", "b", "c"], default=["c", "a"])))
        st.write(repr(st.multiselect("b", ["a", "b", "c"], default="b")))
        st.write(repr(st.multiselect("c", {"x": 1, "y": 2})))
        """
    )
    assert written(at) == ["['c', 'a']", "['b']", "[]"]
    assert (at.multiselect[0].values, at.multiselect[0].indices) == (["c", "a"], [2, 0])


def test_select_unselect_and_set_value() -> None:
    at = run('st.write(repr(st.multiselect("m", ["a", "b", "c"])))')
    at.multiselect[0].select("c").run()
    assert written(at) == ["['c']"]
    at.multiselect[0].select("a").select("b").run()
    assert written(at) == ["['c', 'a', 'b']"]
    at.multiselect[0].unselect("c").run()
    assert written(at) == ["['a', 'b']"]
    at.multiselect[0].set_value([]).run()
    assert written(at) == ["[]"]


def test_the_returned_list_is_a_copy() -> None:
    at = run(
        """
        chosen = st.multiselect("m", ["a", "b"], default=["a"])
        chosen.append("zz")
        st.write(repr(st.session_state.get("m")))
        """
    )
    at.run()
    assert at.multiselect[0].value == ["a"]


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        (
            'st.multiselect("a", ["a", "b"], default="z")',
            (
                api_error("StreamlitDefaultNotInOptionsError"),
                "The default value 'z' is not part of the options. Please make sure that every default value "
                "also exists in the options.",
            ),
        ),
        (
            'st.multiselect("a", ["a", "b", "c"], default=["a", "b"], max_selections=1)',
            (
                api_error("StreamlitSelectionCountExceedsMaxError"),
                "Multiselect has 2 options selected but `max_selections` is set to 1. This happened because you "
                "either gave too many options to `default` or you manipulated the widget's state through "
                "`st.session_state`. Note that the latter can happen before the line indicated in the traceback. "
                "Please select at most 1 option.",
            ),
        ),
        (
            'st.multiselect("a", ["a"], max_selections=0)',
            (
                api_error("StreamlitValueError"),
                "Invalid `max_selections` value. Supported values: a positive integer. To disable "
                "`st.multiselect`, use `disabled=True`.",
            ),
        ),
        (
            'st.multiselect("a", ["a"], max_selections=1.5)',
            (api_error("StreamlitValueError"), "Invalid `max_selections` value. Supported values: a positive integer."),
        ),
        (
            'st.multiselect("a", ["a"], select_all=-1)',
            (
                api_error("StreamlitValueError"),
                "Invalid `select_all` value. Supported values: True, False, a non-negative integer. When using an "
                "int, `select_all` must be a non-negative integer.",
            ),
        ),
        (
            'st.multiselect("a", ["a"], select_all="x")',
            (
                api_error("StreamlitInvalidParameterTypeError"),
                "Invalid `select_all` type. Expected one of: bool, int. Provided type: str.",
            ),
        ),
    ],
)
def test_bad_arguments_show_streamlit_errors(script: str, expected: tuple[str, str]) -> None:
    assert error(run(script)) == expected


def test_unknown_session_state_entries_are_dropped_and_written_back() -> None:
    at = run(
        """
        st.session_state.k = ["a", "zz", "b"]
        st.write(repr(st.multiselect("a", ["a", "b", "c"], key="k")))
        st.write(repr(st.session_state.k))
        """
    )
    assert written(at) == ["['a', 'b']", "['a', 'b']"]


def test_session_state_selections_count_against_max_selections_before_dropping() -> None:
    at = run('st.session_state.k = ["a", "zz", "b"]\nst.multiselect("a", ["a", "b", "c"], key="k", max_selections=2)')
    assert error(at)[0] == api_error("StreamlitSelectionCountExceedsMaxError")
    assert "Multiselect has 3 options selected" in error(at)[1]


def test_accept_new_options_keeps_unknown_entries() -> None:
    at = run(
        'st.session_state.k = ["a", "zz"]\nst.write(repr(st.multiselect("a", ["a", "b"], key="k", accept_new_options=True)))'
    )
    assert written(at) == ["['a', 'zz']"]


def test_choices_that_leave_the_options_are_dropped() -> None:
    at = run('st.write(repr(st.multiselect("m", st.session_state.get("opts", ["a", "b", "c"]), key="m")))')
    at.multiselect[0].set_value(["c", "a"]).run()
    assert written(at) == ["['c', 'a']"]
    at.session_state["opts"] = ["a", "b"]
    at.run()
    assert written(at) == ["['a']"]


def test_max_selections_is_part_of_a_keyed_identity() -> None:
    at = run('st.write(repr(st.multiselect("m", ["a", "b"], key="m", max_selections=st.session_state.get("mx", 2))))')
    at.multiselect[0].set_value(["b"]).run()
    at.session_state["mx"] = 1
    at.run()
    assert written(at) == ["[]"]


def test_page_props() -> None:
    at = run('st.multiselect("m", ["a", "b"], max_selections=2, placeholder="Pick", select_all=False)')
    props = at.multiselect[0].props
    assert (props["maxSelections"], props["placeholder"], props["selectAll"], props["value"]) == (2, "Pick", 0, [])
    assert at.multiselect[0].max_selections == 2
