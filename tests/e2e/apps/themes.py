import streamlit as st

st.sidebar.write("Sidebar text")
st.write("Body text")
st.button("Primary", type="primary")
st.button("Secondary")
st.markdown("[A link](https://example.com)")
st.code("x = 1")
st.text_input("Name")
st.info("Info text")
