import streamlit as st

st.set_page_config(page_title="Collapsed", initial_sidebar_state="collapsed", layout="centered")
st.sidebar.write("Hidden at first")
st.write("Main area")
