"""Choice widgets inside a form: changes wait for the submit button."""

import streamlit as st

with st.form("order", clear_on_submit=True):
    extra = st.checkbox("Extra cheese")
    size = st.select_slider("Size", ["S", "M", "L"])
    toppings = st.multiselect("Toppings", ["Olives", "Basil"])
    st.form_submit_button("Order")
st.write("Order:", extra, size, ", ".join(toppings) or "plain")
