# The benchmark's large app: 1,000 elements, of which a click changes exactly one.
import streamlit as st

if "count" not in st.session_state:
    st.session_state.count = 0

if st.button("Increment"):
    st.session_state.count += 1

for row in range(499):
    st.markdown(f"Row {row}: a line of text that stays the same on every rerun.")
st.write("Count = ", st.session_state.count)
for row in range(499, 998):
    st.markdown(f"Row {row}: a line of text that stays the same on every rerun.")
