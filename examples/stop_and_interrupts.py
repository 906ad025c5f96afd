"""Stop, interrupts and recovery. Click "Count" while the slow job runs: the click is
never lost (on a cross-origin isolated page it interrupts the job at once, elsewhere it
waits for the job to end). "Run forever" never yields; Stop still ends it, restarting
Python if it must, and Session State from the last completed run comes back."""

import threading
import time

import streamlit as st

st.title("Stop and interrupts")
st.session_state.setdefault("count", 0)
st.session_state.setdefault("lock", threading.Lock())  # cannot be pickled: not restored


def count() -> None:
    st.session_state.count += 1


st.button("Count", on_click=count)
st.write(f"Count: {st.session_state.count}")

if st.button("Slow job"):
    bar = st.progress(0, text="Working")
    for step in range(1, 41):
        time.sleep(0.1)
        bar.progress(step / 40, text=f"Working ({step} of 40)")
    st.write("Slow job finished")

if st.button("Run forever"):
    st.write("Looping...")
    while True:
        pass
