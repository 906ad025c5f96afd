import streamlit as st

st.title("Settings")
if st.button("Back to the welcome page"):
    st.switch_page("app.py")
