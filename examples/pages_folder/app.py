"""A multipage app from a pages/ folder: every pages/*.py file is a page, named and ordered
by its file name. Build it with `python build.py examples/pages_folder/app.py`."""

import streamlit as st

st.title("Welcome")
st.write("The page list in the sidebar comes from the `pages/` folder.")
st.session_state.setdefault("greetings", 0)
if st.button("Say hello"):
    st.session_state.greetings += 1
st.write(f"Greetings so far: {st.session_state.greetings}")
