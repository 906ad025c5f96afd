import time

import streamlit as st

st.title("Progress")
st.write(f"Greetings from the first page: {st.session_state.get('greetings', 0)}")
if st.button("Count to five"):
    bar = st.progress(0, text="Counting")
    for step in range(1, 6):
        time.sleep(0.2)
        bar.progress(step * 20, text=f"{step} of 5")
    st.success("Done")
