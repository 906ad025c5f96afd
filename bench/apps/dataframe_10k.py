import streamlit as st

st.dataframe({"n": list(range(10_000)), "square": [n * n for n in range(10_000)]})
