"""Links and markup from the script (tests/e2e/test_untrusted_markup.py): markup typed into
"Markup" is shown by st.html and by unsafe_allow_html Markdown, inside a stateful expander."""

import time

import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.setdefault("clicks", 0)
st.session_state.runs += 1


def clicked() -> None:
    st.session_state.clicks += 1


def toggled() -> None:
    st.session_state.clicks += 1000


st.button("Real button", key="real", on_click=clicked)
st.button("Rerun")
st.write(f"runs={st.session_state.runs} clicks={st.session_state.clicks}")
markup = st.text_input("Markup", key="markup")
with st.expander("Stateful expander", key="exp", expanded=True, on_change=toggled):
    st.html(markup.replace("WHERE", "html") or "<p>No markup yet</p>")
    st.markdown(markup.replace("WHERE", "markdown"), unsafe_allow_html=True)
if st.button("Slow"):
    time.sleep(2)
    st.write("Slow run finished")

st.link_button("Script link", "javascript:alert(1)")
st.link_button("Data link", "data:text/html,<script>alert(1)</script>")
st.link_button("Web link", "https://example.org/")
st.image(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", link="javascript:alert(1)", caption="Image with a script link")
st.markdown("[md script](javascript:alert(1)) [md data](data:text/html,x) [md web](https://example.org/md)")
st.markdown(
    '<a href="javascript:alert(1)">html script</a> <a href="data:text/html,x">html data</a> '
    '<a href="mailto:a@example.org">html mail</a>',
    unsafe_allow_html=True,
)
