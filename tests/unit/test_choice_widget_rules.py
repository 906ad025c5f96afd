"""Rules every choice widget shares: on_change modes, bind/persist_state checks, identity
across containers, duplicate keys, disabled widgets, and the default-value warning."""

from __future__ import annotations

import pytest

from tests.unit.choice_helpers import api_error, error, run, written

CALLS = {
    "checkbox": 'st.checkbox("w"{extra})',
    "toggle": 'st.toggle("w"{extra})',
    "radio": 'st.radio("w", ["a", "b"]{extra})',
    "selectbox": 'st.selectbox("w", ["a", "b"]{extra})',
    "multiselect": 'st.multiselect("w", ["a", "b"]{extra})',
    "slider": 'st.slider("w"{extra})',
    "select_slider": 'st.select_slider("w", ["a", "b"]{extra})',
    "color_picker": 'st.color_picker("w"{extra})',
}


def call(command: str, extra: str = "") -> str:
    return CALLS[command].format(extra=extra)


@pytest.mark.parametrize("command", CALLS)
def test_bad_on_change_and_label_visibility_are_rejected(command: str) -> None:
    assert error(run(call(command, ", on_change=5"))) == (
        api_error("StreamlitValueError"),
        "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function.",
    )
    assert error(run(call(command, ', label_visibility="bad"')))[1] == (
        "Invalid `label_visibility` value. Supported values: 'visible', 'hidden', 'collapsed'."
    )


@pytest.mark.parametrize("command", CALLS)
def test_bind_and_persist_state_are_validated(command: str) -> None:
    assert error(run(call(command, ', bind="url"'))) == (
        api_error("StreamlitValueError"),
        "Invalid `bind` value. Supported values: 'query-params', None.",
    )
    assert error(run(call(command, ', bind="query-params"'))) == (
        api_error("StreamlitMissingRequiredParameterError"),
        "The `key` parameter is required. When using bind='query-params', the widget must have a unique 'key' "
        "parameter specified. This 'key' will be used as the name of the query parameter.",
    )
    assert error(run(call(command, ', key="k", persist_state="forever"')))[1] == (
        "Invalid `persist_state` value. Supported values: 'page', 'session', None."
    )
    assert error(run(call(command, ', persist_state="page"')))[1].startswith(
        "The `key` parameter is required. When using persist_state, the widget must have a unique 'key'"
    )


@pytest.mark.parametrize("command", CALLS)
def test_the_same_unkeyed_widget_in_main_and_sidebar_is_two_widgets(command: str) -> None:
    at = run(f"{call(command)}\nst.sidebar.{call(command)[3:]}")
    assert not at.exception
    assert len(at.main) == 1 and len(at.sidebar) == 1
    assert at.main[0].id != at.sidebar[0].id


@pytest.mark.parametrize("command", CALLS)
def test_a_widget_key_cannot_be_used_twice_or_assigned_after_the_widget(command: str) -> None:
    keyed = call(command, ", key='k'")
    assert error(run(f'st.button("b", key="k")\n{keyed}')) == (
        api_error("StreamlitDuplicateElementKey"),
        "There are multiple elements with the same `key='k'`. To fix this, please make sure that the `key` "
        "argument is unique for each element you create.",
    )
    assert error(run(f"{keyed}\nst.session_state.k = None"))[0] == api_error("StreamlitWidgetAlreadyInstantiatedError")


@pytest.mark.parametrize("command", CALLS)
def test_disabled_widgets_reach_the_page_disabled(command: str) -> None:
    at = run(call(command, ", disabled=True"))
    assert at.main[0].disabled is True


def test_a_disabled_widget_ignores_values_from_the_page() -> None:
    at = run('st.write(repr(st.slider("x", 0, 10, 3, disabled=True)))')
    at.queue_browser_value(at.slider[0].id, [7.0])
    at.run()
    assert written(at) == ["3"]


# ----- docs/semantics.md 3.4: the default value + Session State warning --------------------------

WARNING_CASES = [
    ('st.checkbox("w", value=True, key="k")', "True", True),
    ('st.checkbox("w", value=False, key="k")', "True", False),
    ('st.toggle("w", value=True, key="k")', "False", True),
    ('st.radio("w", ["a", "b"], index=1, key="k")', '"a"', True),
    ('st.radio("w", ["a", "b"], index=0, key="k")', '"a"', False),
    ('st.radio("w", ["a", "b"], index=None, key="k")', '"a"', False),
    ('st.selectbox("w", ["a", "b"], index=1, key="k")', '"a"', True),
    ('st.multiselect("w", ["a", "b"], default=["a"], key="k")', '["b"]', True),
    ('st.multiselect("w", ["a", "b"], key="k")', '["b"]', False),
    ('st.slider("w", 0, 10, 5, key="k")', "3", True),
    ('st.slider("w", 0, 10, key="k")', "3", False),
    ('st.select_slider("w", ["a", "b"], value="b", key="k")', '"a"', True),
    ('st.color_picker("w", "#ffffff", key="k")', '"#000"', True),
    ('st.color_picker("w", key="k")', '"#000"', False),
]


WARNING = (
    "warn",
    'The widget with key "k" was created with a default value but also had its value set via the Session State API.',
)


@pytest.mark.parametrize(("widget", "assigned", "warns"), WARNING_CASES)
def test_default_value_warning_follows_each_widgets_non_default_rule(widget: str, assigned: str, warns: bool) -> None:
    at = run(f"st.session_state.k = {assigned}\n{widget}")
    assert at.logs == ([WARNING] if warns else [])


def test_default_value_warning_needs_a_value_assigned_in_this_run() -> None:
    assert run('st.checkbox("w", value=True, key="k")').logs == []
    at = run('if "k" not in st.session_state:\n    st.session_state.k = False\nst.checkbox("w", value=True, key="k")')
    assert at.logs == [WARNING]
    at.run()
    assert at.logs == [WARNING]  # nothing new: no value assigned in the second run


CONTENT_WIDTH_ALLOWED = {"checkbox", "toggle", "radio", "color_picker"}


@pytest.mark.parametrize("command", CALLS)
def test_width_is_validated_and_pixel_widths_reach_the_page(command: str) -> None:
    allowed = (
        "a positive integer (pixels), 'stretch', or 'content'"
        if command in CONTENT_WIDTH_ALLOWED
        else ("a positive integer (pixels) or 'stretch'")
    )
    assert error(run(call(command, ', width="wide"'))) == (
        api_error("StreamlitInvalidWidthError"),
        f"Invalid width value: 'wide'. Width must be either {allowed}.",
    )
    content = run(call(command, ', width="content"'))
    assert bool(content.exception) is (command not in CONTENT_WIDTH_ALLOWED)
    assert run(call(command, ", width=300")).main[0].props["width"] == 300


def test_a_color_picker_is_never_narrower_than_forty_pixels() -> None:
    assert run('st.color_picker("c", width=-5)').color_picker[0].props["width"] == 40


def test_in_a_form_cleared_on_submit_each_widget_tells_the_page_its_default() -> None:
    at = run(
        """
        with st.form("f", clear_on_submit=True):
            st.checkbox("c", value=True)
            st.radio("r", ["a", "b"], index=1)
            st.selectbox("s", [1, 2], format_func=lambda v: f"#{v}")
            st.multiselect("m", ["a", "b"], default=["b"])
            st.slider("sl", 0, 10, (2, 3))
            st.select_slider("ss", ["a", "b", "c"], value=("c", "a"))
            st.color_picker("cp", "#abc")
            st.form_submit_button()
        """
    )
    children = at.get("form")[0].children.values()
    widgets = [element for element in children if element.type != "form_submit_button"]
    assert [widget.props["formDefault"] for widget in widgets] == [
        True,
        "b",
        "#1",
        ["b"],
        [2.0, 3.0],
        ["a", "c"],
        "#abc",
    ]
