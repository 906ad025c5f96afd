import streamlit as st

st.title("Settings")
if st.button("Reset likes"):
    st.session_state.likes = 0
    st.toast("Likes reset", icon="🧹")
st.write(f"Likes: {st.session_state.get('likes', 0)}")
if st.button("Back home"):
    st.switch_page("home.py")
