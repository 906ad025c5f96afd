# 300 elements; a click changes exactly one of them (the count, in the middle).
import streamlit as st

if "count" not in st.session_state:
    st.session_state.count = 0

if st.button("Increment"):
    st.session_state.count += 1

for row in range(150):
    st.markdown(f"Row {row} stays the same.")
st.write("Count = ", st.session_state.count)
for row in range(150, 298):
    st.markdown(f"Row {row} stays the same.")
