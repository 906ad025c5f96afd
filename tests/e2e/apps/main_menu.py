import random

import streamlit as st


@st.cache_data
def lucky_number() -> int:
    return random.randint(1, 1_000_000_000)


st.session_state.runs = st.session_state.get("runs", 0) + 1
st.write(f"Runs: {st.session_state.runs}")
st.write(f"Lucky: {lucky_number()}")
st.text_input("Name")
