"""st.chat_input's submit_mode: "disable" greys the box while the submission's run goes
on; "stop" turns the send button into a Stop button."""

import time

import streamlit as st

mode = st.radio("Mode", ["disable", "stop"], horizontal=True)
prompt = st.chat_input("Say", submit_mode=mode, key=mode)
if prompt:
    st.write(f"working on {prompt}")
    time.sleep(8 if mode == "disable" else 120)
    st.write("done")
