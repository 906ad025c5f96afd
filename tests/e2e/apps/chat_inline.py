"""Chat input inside a container (inline), one filled through Session State, an on_submit callback."""

import streamlit as st

if "log" not in st.session_state:
    st.session_state.log = []


def remember() -> None:
    st.session_state.log.append(st.session_state.inline)


if st.button("Suggest a question"):
    st.session_state.inline = "What is wasmlit?"

with st.container(border=True):
    said = st.chat_input("Ask inline", key="inline", on_submit=remember, max_chars=40)
st.write(f"Returned: {said!r}")
st.write(f"Callback saw: {st.session_state.log}")
