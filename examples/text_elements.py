"""Streamlit's text elements, st.write of several types, and an uncaught exception."""

import streamlit as st

st.title("Text elements", anchor="text-elements")
st.header("A header", divider=True)
st.subheader("A subheader")
st.markdown("Markdown with **bold**, *italics*, `code` and a [link](https://streamlit.io).")
st.caption("A caption: small and muted.")
st.code("def hello():\n    return 'world'", language="python")
st.text("Plain text keeps    its spaces.")
st.divider()

st.success("It worked.")
st.info("Something to know.")
st.warning("Something to watch.")
st.error("Something went wrong.")

st.write("Several values:", 42, 3.5, True, None)
st.write({"name": "wasmlit", "tags": ["python", "wasm"], "stars": 3})

if "clicks" not in st.session_state:
    st.session_state.clicks = 0

if st.button("Count"):
    st.session_state.clicks += 1
st.write("Clicks:", st.session_state.clicks)

if st.button("Divide by zero", type="primary"):
    1 / 0
