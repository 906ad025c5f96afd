"""A click that arrives while a run is busy must be applied, fire its callback, and
cause exactly one more run."""

import time

import streamlit as st

if "runs" not in st.session_state:
    st.session_state.runs = 0
    st.session_state.clicks = 0
st.session_state.runs += 1


def clicked():
    st.session_state.clicks += 1


st.button("Click", on_click=clicked)
time.sleep(1.0)
st.write(f"runs={st.session_state.runs} clicks={st.session_state.clicks}")
