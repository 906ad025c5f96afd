# A counter that says which deployment serves it (the offline test rebuilds it changed).
import streamlit as st

st.title("Offline counter, first version")
if "count" not in st.session_state:
    st.session_state.count = 0
if st.button("Increment"):
    st.session_state.count += 1
st.write(f"Count = {st.session_state.count}")
