"""st.chat_message, st.chat_input (docs/semantics.md 3.5 and 6), st.html, st.badge, st.latex and
st.link_button."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.helpers import app
from wasmlit.testing import AppTest
from wasmlit.testing.errors import AppTestError


def test_chat_message_avatars() -> None:
    at = app(
        """
        import streamlit as st
        st.chat_message("user").write("hi")
        with st.chat_message("ai"):
            st.markdown("hello")
        st.chat_message("Bob")
        st.chat_message("assistant", avatar="🦜")
        st.chat_message("x", avatar=":material/home:")
        st.chat_message("y", avatar="https://example.com/a.png")
        """
    )
    found = [(message.name, message.avatar) for message in at.chat_message]
    assert found == [
        ("user", "user"),
        ("ai", "assistant"),
        ("Bob", ""),
        ("assistant", "🦜"),
        ("x", ":material/home:"),
        ("y", "https://example.com/a.png"),
    ]
    assert at.chat_message[0].markdown[0].value == "hi"
    assert at.chat_message[1].children[0].value == "hello"


def test_chat_message_errors() -> None:
    assert app("import streamlit as st\nst.chat_message(None)").exception[0].message == (
        "The `name` parameter is required."
    )
    at = app('import streamlit as st\nst.chat_message("x", avatar="no-such-file.png")')
    assert at.exception[0].message == "Failed to load the provided avatar value as an image."


def test_chat_input_returns_the_submission_once_and_is_pinned_to_the_bottom() -> None:
    at = app(
        """
        import streamlit as st
        said = st.chat_input("Say it", key="chat")
        st.write(repr(said))
        with st.container():
            st.chat_input("Inline", key="inline")
        st.sidebar.chat_input("Side", key="side")
        """
    )
    assert [box.placeholder for box in at.bottom.chat_input] == ["Say it"]
    assert [box.placeholder for box in at.main.chat_input] == ["Inline"]
    assert [box.placeholder for box in at.sidebar.chat_input] == ["Side"]
    assert at.markdown[0].value == "None"
    at.chat_input("chat").set_value("hello")
    assert at.chat_input("chat").value == "hello"
    at.run()
    assert at.markdown[0].value == "'hello'"
    assert at.chat_input("chat").value == "hello"
    assert at.session_state["chat"] is None
    at.run()
    assert at.markdown[0].value == "None"
    assert at.chat_input("chat").value is None


def test_chat_input_on_submit_sees_the_value_in_session_state() -> None:
    at = app(
        """
        import streamlit as st
        if "seen" not in st.session_state:
            st.session_state.seen = []
        def on_submit(tag):
            st.session_state.seen.append((tag, st.session_state.box))
        st.chat_input(key="box", on_submit=on_submit, args=("cb",))
        st.write(st.session_state.seen)
        """
    )
    at.chat_input[0].set_value("one").run()
    at.run()
    at.chat_input[0].set_value("two").run()
    assert at.session_state["seen"] == [("cb", "one"), ("cb", "two")]


def test_chat_input_written_through_session_state_fills_the_box() -> None:
    at = app(
        """
        import streamlit as st
        if st.button("Suggest"):
            st.session_state.box = "draft"
        st.write(repr(st.chat_input(key="box")))
        """
    )
    at.button[0].click().run()
    box = at.chat_input[0]
    assert box.props["fill"] == "draft" and box.props["setValue"] is True
    assert at.markdown[0].value == "None"
    assert at.session_state["box"] is None
    assert box.value is None


def test_chat_input_errors() -> None:
    form = app(
        """
        import streamlit as st
        with st.form("f"):
            st.chat_input()
            st.form_submit_button()
        """
    )
    assert form.exception[0].message == "`st.chat_input()` can't be used in a `st.form()`."
    callback_in_form = app(
        """
        import streamlit as st
        with st.form("f"):
            st.chat_input(on_submit=lambda: None)
        """
    )
    assert "st.form" in callback_in_form.exception[0].message
    assert app('import streamlit as st\nst.chat_input(accept_file="x")').exception[0].message == (
        "Invalid `accept_file` value. Supported values: True, False, 'multiple', 'directory'. Got 'x'."
    )
    assert app('import streamlit as st\nst.chat_input(submit_mode="x")').exception[0].message == (
        "Invalid `submit_mode` value. Supported values: 'submit', 'disable', 'stop'."
    )
    assert app("import streamlit as st\nst.chat_input(accept_audio=True, audio_sample_rate=5)").exception[
        0
    ].message == (
        "Invalid `audio_sample_rate` value. Supported values: 8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000, None."
    )
    duplicate = app('import streamlit as st\nst.chat_input(key="k")\nst.chat_input(key="k")')
    assert duplicate.exception[0].type_name.endswith("StreamlitDuplicateElementKey")


def test_disabled_chat_input_ignores_values() -> None:
    at = app("import streamlit as st\nst.write(repr(st.chat_input(disabled=True)))")
    with pytest.raises(AppTestError):
        at.chat_input[0].set_value("x")


def test_html_badge_latex(tmp_path: Path) -> None:
    (tmp_path / "style.css").write_text("p { color: red; }")
    (tmp_path / "part.html").write_text("<i>from a file</i>")
    script = tmp_path / "app.py"
    script.write_text(
        "from pathlib import Path\nimport streamlit as st\n"
        "st.html('<b>hi</b>')\n"
        "st.html(Path('part.html'))\n"
        "st.html(Path('style.css'))\n"
        "st.html('part.html')\n"
        "st.badge('New [1]', color='green', icon='🔥')\n"
        "st.latex(r'x^2')\n"
    )
    at = AppTest.from_file(str(script)).run()
    html = at.get("html")
    assert [element.value for element in html] == [
        "<b>hi</b>",
        "<i>from a file</i>",
        "<style>p { color: red; }</style>",
        "part.html",
    ]
    assert html[2].props["styleOnly"] is True
    assert any("no longer supported" in text for _, text in at.logs)
    assert at.markdown[0].value == ":green-badge[🔥 New \\[1\\]]"
    assert at.latex[0].value == "$$\nx^2\n$$"
    assert app('import streamlit as st\nst.html("")').exception[0].message == "The `body` parameter is required."


def test_link_button() -> None:
    at = app(
        """
        import streamlit as st
        st.link_button("Docs", "https://docs.streamlit.io", type="primary", icon="📚", help="h")
        clicked = st.link_button("Tracked", "https://example.com", on_click="rerun", key="tracked")
        st.write(clicked)
        """
    )
    first, tracked = at.get("link_button")
    assert (first.value, first.url, first.props["kind"], first.props["icon"]) == (
        "Docs",
        "https://docs.streamlit.io",
        "primary",
        "📚",
    )
    with pytest.raises(AppTestError, match="click\\(\\) is not supported for link_button"):
        first.click()
    assert tracked.id.startswith("$$ID") and tracked.props["triggers"] is True
    assert app('import streamlit as st\nst.link_button("a", "b", type="x")').exception[0].message == (
        "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'."
    )
