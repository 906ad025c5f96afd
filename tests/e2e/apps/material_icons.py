"""Material icons in Markdown, labels and icon= parameters, and one whose name is built at run time."""

import streamlit as st

st.markdown("Home :material/home: page")
st.button("Save", icon=":material/save:")
st.info("Heads up", icon=":material/info:")
with st.expander("Settings", icon=":material/settings:"):
    st.write("inside")
st.metric("Stars", 5, icon=":material/star:")
st.text_input("Mail", type="email")
with st.chat_message("bot", avatar=":material/smart_toy:"):
    st.write("hi")
if st.toggle("Show a computed icon"):
    name = "".join(["rock", "et_launch"])
    st.button("Launch", icon=f":material/{name}:")
