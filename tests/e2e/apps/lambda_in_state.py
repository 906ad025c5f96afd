"""Stores a lambda: fails only when runner.enforceSerializableSessionState is on."""

import streamlit as st

st.write("Page output comes first")
st.session_state.fn = lambda x: x
st.button("Rerun")
