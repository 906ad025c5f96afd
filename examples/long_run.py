"""A long-running script whose page advances while Python works: a progress bar moved in a
loop with time.sleep, a spinner, a status container, toasts and a streamed answer.
The running indicator at the top offers Stop; "Run forever" shows that even
`while True: pass` can be stopped without reloading the page."""

import asyncio
import time

import streamlit as st

st.title("Long runs")
st.session_state.setdefault("finished_jobs", 0)
st.write(f"Jobs finished this session: {st.session_state.finished_jobs}")

if st.button("Start the job"):
    bar = st.progress(0, text="Starting")
    for step in range(1, 11):
        time.sleep(0.3)
        bar.progress(step * 10, text=f"Step {step} of 10")
    with st.spinner("Tidying up..."):
        time.sleep(1)
    with st.status("Downloading data...", expanded=True) as status:
        st.write("Searching for data...")
        time.sleep(0.5)
        st.write("Found it.")
        time.sleep(0.5)
        status.update(label="Download complete", state="complete", expanded=False)
    st.session_state.finished_jobs += 1
    st.toast("Job finished", icon="🎉")


def words():
    for word in "Streaming answers appear word by word while the generator runs.".split():
        yield word + " "
        time.sleep(0.08)


async def async_words():
    for word in "Async generators stream too.".split():
        await asyncio.sleep(0.08)
        yield word + " "


if st.button("Stream an answer"):
    answer = st.write_stream(words)
    st.write_stream(async_words)
    st.caption(f"{len(answer.split())} words")

placeholder = st.empty()
if st.button("Count down"):
    for remaining in range(5, 0, -1):
        placeholder.markdown(f"**{remaining}**")
        time.sleep(0.5)
    placeholder.markdown("Lift-off!")

if st.button("Run forever"):
    st.write("Looping without end: press Stop at the top of the page.")
    while True:
        pass
