"""Streamlit's server-log lines reach the browser console (once where Streamlit logs once)."""

import streamlit as st

from wasmlit.runtime.log import warn_default_value_with_session_state

warn_default_value_with_session_state("first")
warn_default_value_with_session_state("second")
st.button("Rerun")
st.write("logged")
