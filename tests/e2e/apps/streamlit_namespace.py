"""Streamlit's module paths and namespace in the page: an indented Markdown string, the run
context, a server-only import, st.bottom, and a command wasmlit lacks."""

import streamlit as st
from streamlit import runtime
from streamlit.runtime.scriptrunner import get_script_run_ctx

st.write(
    """
    ### Indented heading

    Some **bold** text, not a code block.
    """
)
st.text(f"runtime exists: {runtime.exists()}, run context: {get_script_run_ctx() is not None}")
try:
    import streamlit.web.server
except ModuleNotFoundError as error:
    st.text(str(error))
with st.bottom:
    st.markdown("Pinned below")
if st.button("Use st.pagination"):
    st.pagination(10)
