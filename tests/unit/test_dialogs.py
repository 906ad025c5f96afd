"""st.dialog: a modal in the event root whose body is a fragment. Texts and structure as
Streamlit 1.67's AppTest shows them (the dialog block in the event root, holding the
dialog function's container)."""

from __future__ import annotations

import pytest

from tests.unit.fragment_helpers import run_as_page
from tests.unit.helpers import app
from wasmlit.testing.errors import AppTestError

VOTE = """
import streamlit as st
st.session_state.setdefault("full", 0)
st.session_state.full += 1

@st.dialog("Cast your vote", width="large", icon=":material/how_to_vote:")
def vote(item):
    st.write(f"Why is {item} your favorite?")
    reason = st.text_input("Because...", key="reason")
    st.write(f"{len(reason)} letters")
    if st.button("Submit", key="submit"):
        st.session_state.vote = {"item": item, "reason": reason}
        st.rerun()

if "vote" not in st.session_state:
    if st.button("A", key="a"):
        vote("A")
else:
    st.write(f"You voted for {st.session_state.vote['item']} because {st.session_state.vote['reason']}")
"""


def test_calling_a_dialog_function_opens_a_dialog_in_the_event_root() -> None:
    at = app(VOTE)
    assert not at.dialog
    at.button(key="a").click().run()
    dialog = at.dialog[0]
    assert (dialog.title, dialog.width, dialog.icon, dialog.dismissible, dialog.is_open) == (
        "Cast your vote",
        "large",
        ":material/how_to_vote:",
        True,
        True,
    )
    assert [child.type for child in dialog.children.values()] == ["flex_container"]
    assert [m.value for m in at.markdown] == ["Why is A your favorite?", "0 letters"]
    assert not at.main.markdown


def test_a_dialog_widget_reruns_only_the_dialog_and_it_stays_open() -> None:
    at = app(VOTE)
    at.button(key="a").click().run()
    at.text_input(key="reason").input("blue")
    run_as_page(at)
    assert at.session_state.full == 2
    assert at.dialog[0].is_open
    assert [m.value for m in at.markdown] == ["Why is A your favorite?", "4 letters"]


def test_st_rerun_in_a_dialog_closes_it_with_a_full_run_that_does_not_call_it() -> None:
    at = app(VOTE)
    at.button(key="a").click().run()
    at.text_input(key="reason").input("blue")
    run_as_page(at)
    at.button(key="submit").click()
    run_as_page(at)
    assert not at.dialog
    assert [m.value for m in at.markdown] == ["You voted for A because blue"]
    assert at.session_state.full == 3


def test_only_one_dialog_may_open_in_a_run() -> None:
    at = app("""
        import streamlit as st
        @st.dialog("One")
        def one():
            st.write("1")
        @st.dialog("Two")
        def two():
            st.write("2")
        one()
        two()
    """)
    assert at.exception[0].value == (
        "Only one dialog is allowed to be opened at the same time. Please make sure to not call a "
        "dialog-decorated function more than once in a script run."
    )
    assert [dialog.title for dialog in at.dialog] == ["One", "Two"]
    assert [dialog.is_open for dialog in at.dialog] == [True, False]


def test_the_same_dialog_twice_in_a_run_is_a_duplicate_element() -> None:
    at = app("""
        import streamlit as st
        @st.dialog("Hi")
        def hello():
            st.write("in dialog")
        hello()
        hello()
    """)
    assert at.exception[0].value == (
        "There are multiple `dialog` elements with the same auto-generated ID. When this element is created, it is "
        "assigned an internal ID based on the element type and provided parameters. Multiple elements with the "
        "same type and parameters will cause this error.\n\nTo fix this error, please pass a unique `key` argument "
        "to the `dialog` element."
    )


def test_dialogs_may_not_be_nested() -> None:
    at = app("""
        import streamlit as st
        @st.dialog("Outer")
        def outer():
            inner()
        @st.dialog("Inner")
        def inner():
            st.write("x")
        outer()
    """)
    assert at.exception[0].value == "Dialogs may not be nested inside other dialogs."
    assert [child.type for child in at.dialog[0].children[0].children.values()] == ["exception"]


@pytest.mark.parametrize(
    ("decorator", "message"),
    [
        ('@st.dialog("")', 'The `title` parameter is required. For example: `@st.dialog("Example Title")`.'),
        ("@st.dialog", 'The `title` parameter is required. For example: `@st.dialog("Example Title")`.'),
        (
            '@st.dialog("T", width="huge")',
            "Invalid `width` value. Supported values: 'small', 'medium', 'large', a positive integer. Got 'huge'.",
        ),
        (
            '@st.dialog("T", width=True)',
            "Invalid `width` value. Supported values: 'small', 'medium', 'large', a positive integer. Got True.",
        ),
        ('@st.dialog("T", position="top")', "Invalid `position` value. Supported values: 'left', 'center', 'right'."),
        (
            '@st.dialog("T", on_dismiss="whatever")',
            "Invalid `on_dismiss` value. Supported values: 'rerun', 'ignore', a callback function.",
        ),
    ],
)
def test_dialog_parameters_are_checked_with_streamlit_s_texts(decorator: str, message: str) -> None:
    at = app(f"import streamlit as st\n{decorator}\ndef d():\n    st.write('x')\nd()\n")
    assert at.exception[0].value == message


def test_a_pixel_width_and_a_side_position_are_kept() -> None:
    at = app("""
        import streamlit as st
        @st.dialog("Details", width=640, position="right", dismissible=False, icon="spinner")
        def details():
            st.write("x")
        details()
    """)
    dialog = at.dialog[0]
    assert (dialog.width, dialog.position, dialog.dismissible, dialog.icon) == (640, "right", False, "spinner")
    with pytest.raises(AppTestError, match="dismissible=False"):
        dialog.dismiss()


DISMISS = """
import streamlit as st
st.session_state.setdefault("log", [])
st.session_state.setdefault("full", 0)
st.session_state.full += 1

def dismissed():
    st.session_state.log.append("dismissed")

@st.dialog("With callback", on_dismiss=dismissed)
def with_callback():
    st.write("c")

@st.dialog("Rerun", on_dismiss="rerun")
def with_rerun():
    st.write("r")

@st.dialog("Ignore")
def ignored():
    st.write("i")

choice = st.radio("open", ["none", "callback", "rerun", "ignore"], key="choice")
if choice == "callback":
    with_callback()
elif choice == "rerun":
    with_rerun()
elif choice == "ignore":
    ignored()
"""


def test_on_dismiss_callback_runs_and_the_app_reruns() -> None:
    at = app(DISMISS)
    at.radio(key="choice").set_value("callback").run()
    at.dialog[0].dismiss().run()
    assert at.session_state.log == ["dismissed"]
    assert at.session_state.full == 3


def test_on_dismiss_rerun_reruns_and_ignore_sends_nothing() -> None:
    at = app(DISMISS)
    at.radio(key="choice").set_value("rerun").run()
    at.dialog[0].dismiss().run()
    assert at.session_state.full == 3
    assert at.session_state.log == []
    at.radio(key="choice").set_value("ignore").run()
    dialog = at.dialog[0]
    assert "onDismiss" not in dialog.props
    dialog.dismiss()
    assert at._queue.trigger is None


def test_a_dialog_opened_by_a_fragment_belongs_to_it_and_its_dismissal_reruns_that_fragment() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("full", 0)
        st.session_state.setdefault("frag", 0)
        st.session_state.full += 1

        @st.dialog("Edit", on_dismiss="rerun")
        def edit():
            st.write("editing")

        @st.fragment
        def toolbar():
            st.session_state.frag += 1
            if st.button("edit", key="edit"):
                edit()

        toolbar()
    """)
    at.button(key="edit").click()
    run_as_page(at)
    assert (at.session_state.full, at.session_state.frag) == (1, 2)
    assert at.dialog[0].props["fragmentId"] == at.container[0].props["fragmentId"]
    at.dialog[0].dismiss()
    run_as_page(at)
    assert (at.session_state.full, at.session_state.frag) == (1, 3)
    assert not at.dialog
