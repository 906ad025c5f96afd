"""st.query_params: read from the address bar, written back to it without a reload."""

import streamlit as st

st.title("Query params")
params = st.query_params
st.write(f"Current params: `{params.to_dict()}`")
st.write(f"All values of `tag`: `{params.get_all('tag')}`")

if st.button("Set colour=blue"):
    params["colour"] = "blue"
if st.button("Add tags a and b"):
    params["tag"] = ["a", "b"]
if st.button("Clear"):
    params.clear()
st.caption(f"What this run saw: `{str(params)}`")
