"""Caching: an expensive function runs once, however often the script reruns.

`st.cache_data` returns a fresh copy of the stored result on every call;
`st.cache_resource` returns the one shared object. Both keep their results for the
life of the browser tab.
"""

import time

import streamlit as st

st.title("Caching")

if "computations" not in st.session_state:
    st.session_state.computations = 0


@st.cache_data(show_spinner="Computing squares...")
def squares(limit):
    st.session_state.computations += 1  # counts real runs, not cache hits
    time.sleep(0.5)  # something slow
    return [number * number for number in range(limit)]


@st.cache_resource
def shared_log():
    return []  # one list for the whole tab


result = squares(10)
result.append("changed by this run")  # a copy: the cached value is unaffected

log = shared_log()
log.append(len(log) + 1)

st.write("Squares:", squares(10))
st.markdown(f"The expensive function ran **{st.session_state.computations}** time(s).")
st.markdown(f"Runs recorded in the shared resource: **{len(log)}**")

left, right = st.columns(2)
left.button("Rerun the script")
if right.button("Clear the data cache"):
    squares.clear()
    st.rerun()
