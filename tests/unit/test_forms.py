"""``st.form`` and ``st.form_submit_button`` (docs/semantics.md 5.2), and AppTest's form batching."""

from __future__ import annotations

import pytest

from tests.unit.helpers import app
from wasmlit.testing.errors import AppTestError

DOCS = (
    "\n\nFor more information, refer to the\n"
    "[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form)."
)
HEADER = "import streamlit as st\nfrom tests.unit.fake_widgets import text_box\n"

SIGNUP = (
    HEADER
    + """
st.session_state.setdefault("seen_by_callback", [])
def on_submit():
    st.session_state.seen_by_callback.append(st.session_state.name)
with st.form("signup", clear_on_submit={clear}):
    name = text_box("Name", key="name")
    submitted = st.form_submit_button("Sign up", on_click=on_submit)
st.write("name:", name, "submitted:", submitted)
"""
)


def test_form_is_a_container_for_with_and_for_method_calls() -> None:
    at = app(
        """
import streamlit as st
form = st.form("by_methods")
form.write("inside by method")
st.write("outside")
form.form_submit_button()
with st.form("by_with"):
    st.write("inside by with")
    st.form_submit_button("Go")
"""
    )
    first, second = at.form
    assert [element.value for element in first.markdown] == ["inside by method"]
    assert [element.value for element in second.markdown] == ["inside by with"]
    assert at.form(key="by_with") is not None and at.form("by_with").key == "by_with"
    assert [type(child).__name__ for child in at.main.children.values()] == ["Form", "Markdown", "Form"]


def test_form_props_reach_the_page() -> None:
    at = app("import streamlit as st\nst.form('f', clear_on_submit=True, enter_to_submit=False, border=False)\n")
    form = at.form[0]
    assert (form.key, form.clear_on_submit, form.enter_to_submit, form.border) == ("f", True, False, False)


def test_widgets_belong_to_a_form_only_through_its_container() -> None:
    at = app(
        HEADER
        + """
with st.form("f"):
    text_box("inside")
    with st.sidebar:
        text_box("sidebar")
    st.form_submit_button()
text_box("outside")
"""
    )
    forms = {widget.label: widget.form_id for widget in at.get("text_box")}
    assert forms == {"inside": "f", "sidebar": "", "outside": ""}
    assert at.form_submit_button[0].form_id == "f"


def test_submit_button_implicit_key_is_visible_and_true_only_in_the_submit_run() -> None:
    at = app(
        """
import streamlit as st
with st.form("f"):
    clicked = st.form_submit_button()
st.write(clicked, st.session_state["FormSubmitter:f-Submit"], len(st.session_state))
st.button("other")
"""
    )
    assert at.markdown[0].value == "`False` `False` `1`"
    assert at.form_submit_button[0].key == "FormSubmitter:f-Submit"
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "`True` `True` `1`"
    assert at.form_submit_button[0].value is True
    at.button[1].click().run()
    assert at.markdown[0].value == "`False` `False` `1`"


def test_at_button_lists_submit_buttons_too() -> None:
    at = app("import streamlit as st\nst.button('plain')\nwith st.form('f'):\n    st.form_submit_button()\n")
    assert [button.label for button in at.button] == ["plain", "Submit"]
    assert [button.label for button in at.form_submit_button] == ["Submit"]


def test_form_values_are_invisible_until_submit_and_the_callback_sees_them() -> None:
    at = app(SIGNUP.format(clear=False))
    at.get("text_box")[0].set_value("Ada").run()
    assert at.markdown[0].value == "name:  submitted: `False`"
    at.get("text_box")[0].set_value("Ada")
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "name: Ada submitted: `True`"
    assert at.session_state.seen_by_callback == ["Ada"]
    at.run()
    assert at.markdown[0].value == "name: Ada submitted: `False`"


def test_clear_on_submit_keeps_the_submitted_values_and_the_next_submit_sends_defaults() -> None:
    at = app(SIGNUP.format(clear=True))
    widget = at.get("text_box")[0]
    assert widget.props["formDefault"] == ""
    widget.set_value("Ada")
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "name: Ada submitted: `True`"
    at.run()
    assert at.markdown[0].value == "name: Ada submitted: `False`"
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "name:  submitted: `True`"
    assert at.session_state.seen_by_callback == ["Ada", ""]


def test_widgets_outside_clearing_forms_carry_no_form_default() -> None:
    at = app(HEADER + "with st.form('f'):\n    text_box('a')\ntext_box('b')\n")
    boxes = at.get("text_box")
    assert [widget.label for widget in boxes] == ["a", "b"]
    assert ["formDefault" in widget.props for widget in boxes] == [False, False]


def test_missing_submit_button_shows_no_error() -> None:
    at = app(HEADER + "with st.form('f'):\n    text_box('a')\nst.write('ok')\n")
    assert len(at.exception) == 0
    assert at.markdown[0].value == "ok"


@pytest.mark.parametrize(
    ("script", "type_name", "message"),
    [
        (
            "with st.form('f'):\n    text_box('a', on_change=print)\n",
            "StreamlitInvalidFormCallbackError",
            "Within a form, callbacks can only be defined on `st.form_submit_button`. Defining callbacks on other "
            "widgets inside a form is not allowed.",
        ),
        (
            "with st.form('f'):\n    st.button('b')\n",
            "StreamlitInvalidLayoutContextError",
            "`st.button()` can't be used in an `st.form()`. Use `st.form_submit_button()` instead to submit the form."
            + DOCS,
        ),
        (
            "st.form_submit_button()\n",
            "StreamlitInvalidLayoutContextError",
            "`st.form_submit_button()` must be used inside an `st.form()`." + DOCS,
        ),
        (
            "with st.form('f'):\n    st.form('g')\n",
            "StreamlitInvalidLayoutContextError",
            "Forms cannot be nested in other forms.",
        ),
        ("st.form('f').form('g')\n", "StreamlitInvalidLayoutContextError", "Forms cannot be nested in other forms."),
        (
            "st.form('f')\nst.sidebar.form('f')\n",
            "StreamlitDuplicateElementKey",
            "There are multiple elements with the same `key='f'`. To fix this, please make sure that the `key` "
            "argument is unique for each element you create.",
        ),
        (
            "with st.form('f'):\n    st.form_submit_button()\n    st.form_submit_button()\n",
            "StreamlitDuplicateElementKey",
            "There are multiple elements with the same `key='FormSubmitter:f-Submit'`. To fix this, please make sure "
            "that the `key` argument is unique for each element you create.",
        ),
        (
            "with st.form('f'):\n    st.form_submit_button(type='huge')\n",
            "StreamlitValueError",
            "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'.",
        ),
    ],
)
def test_form_errors(script: str, type_name: str, message: str) -> None:
    at = app(HEADER + script)
    exception = at.exception[0]
    assert exception.type_name == f"streamlit.errors.{type_name}"
    assert exception.value == message
    assert exception.is_markdown


def test_button_in_a_form_with_a_callback_reports_the_callback_first() -> None:
    at = app("import streamlit as st\nwith st.form('f'):\n    st.button('b', on_click=print)\n")
    assert at.exception[0].type_name == "streamlit.errors.StreamlitInvalidFormCallbackError"


def test_a_form_error_leaves_the_app_working() -> None:
    at = app(
        """
import streamlit as st
if st.button("break it"):
    st.form_submit_button()
st.write("still here")
"""
    )
    at.button[0].click().run()
    assert at.exception[0].value.startswith("`st.form_submit_button()` must be used inside an `st.form()`.")
    at.run()
    assert len(at.exception) == 0
    assert at.markdown[0].value == "still here"


def test_submit_buttons_take_type_icon_help_and_keys() -> None:
    at = app(
        """
import streamlit as st
with st.form("f"):
    st.form_submit_button("Save", help="Saves", type="primary", icon="💾", key="save", use_container_width=True)
"""
    )
    button = at.form_submit_button(key="save")
    assert (button.label, button.help, button.props["kind"], button.props["icon"]) == ("Save", "Saves", "primary", "💾")
    assert button.props["stretch"] is True
    assert "save" in at.session_state


def test_a_disabled_submit_button_cannot_be_clicked_in_apptest() -> None:
    at = app("import streamlit as st\nwith st.form('f'):\n    st.form_submit_button(disabled=True)\n")
    with pytest.raises(AppTestError, match="Cannot update a disabled"):
        at.form_submit_button[0].click()


def test_submitting_one_form_does_not_send_another_forms_values() -> None:
    at = app(
        HEADER
        + """
with st.form("a"):
    first = text_box("first")
    st.form_submit_button("A")
with st.form("b"):
    second = text_box("second")
    st.form_submit_button("B")
st.write(first, "|", second)
"""
    )
    boxes = at.get("text_box")
    boxes[0].set_value("one")
    boxes[1].set_value("two")
    at.form_submit_button[0].click().run()
    assert at.markdown[0].value == "one |"  # Streamlit strips the joined text
