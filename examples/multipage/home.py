import streamlit as st

st.title("Home")
st.write("Every page has its own address: reload or share it, and Back and Forward work.")
st.session_state.setdefault("likes", 0)
if st.button("👍 Like", key="like"):
    st.session_state.likes += 1
st.write(f"Likes (kept in Session State across pages): {st.session_state.likes}")

if st.button("Open the 2024 report"):
    st.switch_page("reports.py", query_params={"year": "2024"})
st.page_link("settings.py", label="Go to settings", icon="⚙️")
