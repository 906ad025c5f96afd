"""Forms in the browser: the container, submit buttons, their callbacks and keys."""

import streamlit as st

if "submits" not in st.session_state:
    st.session_state.submits = 0


def count_submit(amount):
    st.session_state.submits += amount


with st.form("order"):
    st.write("Inside the form")
    saved = st.form_submit_button("Save", on_click=count_submit, args=(1,))
    st.form_submit_button("Save twice", type="primary", on_click=count_submit, kwargs={"amount": 2})

plain = st.form("plain", border=False)
plain.write("Borderless form")
plain.form_submit_button("Send", type="tertiary")

st.write(f"saved={saved} key={st.session_state['FormSubmitter:order-Save']} submits={st.session_state.submits}")
