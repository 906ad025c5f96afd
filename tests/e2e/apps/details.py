# Details checked against Streamlit 1.67 (tests/e2e/test_details.py): tooltips, fenced code,
# heading anchors, a collapsed metric label, form hints, the tab title on a rerun,
# expanders' open state, and data-layout.
import streamlit as st

st.set_page_config(page_title=st.session_state.get("title", "First title"))
if st.button("Rename the tab", help="Button **help**"):
    st.session_state.title = "Second title"
    st.rerun()

st.text_input("Name", help="Some **bold** help")
st.markdown("```python\nx = 1\n```")
st.markdown("## Grüße *aus* Köln")
st.header("A **bold** headerTitle & more")
st.metric("Hidden metric label", 42, label_visibility="collapsed")

with st.form("enter_form"):
    st.text_input("In a form")
    st.form_submit_button("Submit")
with st.form("no_enter_form", enter_to_submit=False):
    st.text_input("Enter does not submit")
    st.form_submit_button("Submit too")

if st.checkbox("Show the first expander", value=True):
    with st.expander("First expander"):
        st.write("first body")
with st.expander("Second expander"):
    st.write("second body")
