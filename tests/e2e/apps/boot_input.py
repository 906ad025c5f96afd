import streamlit as st

if "count" not in st.session_state:
    st.session_state.count = 0
if "runs" not in st.session_state:
    st.session_state.runs = 0
st.session_state.runs += 1

if st.button("Increment"):
    st.session_state.count += 1
st.write(f"Count = {st.session_state.count}")

name = st.text_input("Name")
st.write(f"Name = {name}")

agree = st.checkbox("Agree")
st.write(f"Agree = {agree}")

with st.form("city_form"):
    city = st.text_input("City")
    submitted = st.form_submit_button("Submit")
st.write(f"City = {city}, submitted = {submitted}")
st.write(f"Runs = {st.session_state.runs}")
