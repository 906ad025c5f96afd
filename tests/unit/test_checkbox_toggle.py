"""st.checkbox and st.toggle: values, Session State, callbacks, identity, AppTest methods."""

from __future__ import annotations

import pytest

from tests.unit.choice_helpers import api_error, error, run, written
from wasmlit.testing.errors import AppTestError


@pytest.mark.parametrize("command", ["checkbox", "toggle"])
def test_default_is_false_and_value_is_made_bool(command: str) -> None:
    at = run(f'st.write(repr(st.{command}("a")))\nst.write(repr(st.{command}("b", value="yes")))')
    assert written(at) == ["False", "True"]


def test_check_uncheck_and_set_value_round_trip_through_a_run() -> None:
    at = run('st.write(repr(st.checkbox("a", key="c")))\nst.write(repr(st.session_state.c))')
    at.checkbox[0].check().run()
    assert written(at) == ["True", "True"]
    at.checkbox[0].uncheck().run()
    assert written(at) == ["False", "False"]
    at.checkbox[0].set_value(True)
    assert at.checkbox[0].value is True  # the queued value, before the run
    at.run()
    assert written(at)[0] == "True"


def test_toggle_is_its_own_widget_type_with_its_own_accessor() -> None:
    at = run('st.write(repr(st.checkbox("n")))\nst.write(repr(st.toggle("n")))')
    assert len(at.checkbox) == 1 and len(at.toggle) == 1
    at.toggle[0].check().run()
    assert written(at) == ["False", "True"]
    assert at.toggle[0].type == "toggle"


def test_session_state_ints_are_returned_unchanged_and_other_types_raise() -> None:
    assert written(run('st.session_state.k = 5\nst.write(repr(st.checkbox("a", key="k")))')) == ["5"]
    at = run('st.session_state.k = "yes"\nst.checkbox("a", key="k")')
    assert error(at) == ("TypeError", "'str' object cannot be interpreted as an integer")


def test_session_state_value_reaches_the_page() -> None:
    at = run('st.session_state.k = True\nst.checkbox("a", key="k")')
    props = at.checkbox[0].props
    assert props["value"] is True and props["setValue"] is True


def test_on_change_runs_with_args_and_kwargs_before_the_body() -> None:
    at = run(
        """
        def changed(first, second=0):
            st.session_state.calls = st.session_state.get("calls", []) + [(first, second, st.session_state.c)]
        st.checkbox("a", key="c", on_change=changed, args=(1,), kwargs={"second": 2})
        st.write(repr(st.session_state.get("calls")))
        """
    )
    at.checkbox[0].check().run()
    assert written(at) == ["[(1, 2, True)]"]
    at.checkbox[0].check().run()  # no change: no callback
    assert written(at) == ["[(1, 2, True)]"]


def test_on_change_ignore_marks_the_widget_and_runs_no_callback() -> None:
    at = run('st.write(repr(st.checkbox("a", on_change="ignore")))')
    assert at.checkbox[0].props["ignoreRerun"] is True
    at.checkbox[0].check().run()
    assert written(at) == ["True"]


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        (
            'st.checkbox("a", on_change=5)',
            (
                api_error("StreamlitValueError"),
                "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function.",
            ),
        ),
        (
            'st.toggle("a", label_visibility="gone")',
            (
                api_error("StreamlitValueError"),
                "Invalid `label_visibility` value. Supported values: 'visible', 'hidden', 'collapsed'.",
            ),
        ),
        (
            'st.checkbox("a")\nst.checkbox("a")',
            (
                api_error("StreamlitDuplicateElementId"),
                "There are multiple `checkbox` elements with the same auto-generated ID. When this element is "
                "created, it is assigned an internal ID based on the element type and provided parameters. "
                "Multiple elements with the same type and parameters will cause this error.\n\nTo fix this "
                "error, please pass a unique `key` argument to the `checkbox` element.",
            ),
        ),
    ],
)
def test_bad_arguments_show_streamlit_errors(script: str, expected: tuple[str, str]) -> None:
    assert error(run(script)) == expected


@pytest.mark.parametrize(("key", "after_relabel"), [("'c'", "True"), ("None", "False")])
def test_a_key_keeps_the_value_when_the_label_changes(key: str, after_relabel: str) -> None:
    at = run(f'st.write(repr(st.checkbox(st.session_state.get("label", "first"), key={key})))')
    at.checkbox[0].check().run()
    assert written(at) == ["True"]
    at.session_state["label"] = "second"
    at.run()
    assert written(at) == [after_relabel]


def test_disabled_checkbox_cannot_be_changed_from_apptest() -> None:
    at = run('st.checkbox("a", key="k", disabled=True)')
    assert at.checkbox[0].disabled
    with pytest.raises(AppTestError, match=r"Cannot update a disabled checkbox widget \(key='k'\)"):
        at.checkbox[0].check()


def test_label_visibility_and_help_reach_the_page() -> None:
    at = run('st.checkbox("a", help="Some help", label_visibility="collapsed")')
    props = at.checkbox[0].props
    assert (props["help"], props["labelVisibility"], at.checkbox[0].label) == ("Some help", "collapsed", "a")
