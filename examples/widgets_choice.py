"""A gallery of the choice widgets: checkbox, toggle, radio, selectbox, multiselect,
slider, select_slider and color_picker, each printing what it returns."""

import datetime as dt

import streamlit as st

st.title("Choice widgets")

agree = st.checkbox("I agree", help="Tick the box")
st.write("Checkbox:", agree)

feature = st.toggle("Enable feature", value=True)
st.write("Toggle:", feature)

colour = st.radio(
    "Favourite colour",
    ["Red", "Green", "Blue"],
    captions=["warm", "natural", "cool"],
    help="Pick one",
)
st.write("Radio:", colour)

size = st.radio("T-shirt size", ["S", "M", "L"], index=None, horizontal=True)
st.write("Horizontal radio:", size)

contact = st.selectbox("Contact method", ["Email", "Phone", "Pigeon", "Smoke signal"])
st.write("Selectbox:", contact)

pet = st.selectbox("Pet", ["Cat", "Dog", "Fish"], index=None, placeholder="Choose a pet")
st.write("Selectbox without a default:", pet)

fruits = st.multiselect(
    "Fruits",
    ["Apple", "Banana", "Cherry", "Date", "Elderberry"],
    default=["Banana", "Cherry"],
    max_selections=3,
)
st.write("Multiselect:", ", ".join(fruits) or "nothing")

age = st.slider("Age", 0, 130, 25)
st.write("Slider:", age)

low, high = st.slider("Price range", 0.0, 100.0, (25.0, 75.0))
st.write("Range slider:", low, "to", high)

day = st.slider("Day", value=dt.date(2024, 1, 15), format="MMM D, YYYY")
st.write("Date slider:", day)

meeting = st.slider("Meeting time", value=(dt.time(9, 0), dt.time(10, 30)))
st.write("Time range:", meeting[0], "to", meeting[1])

shirt = st.select_slider("Shirt size", ["XS", "S", "M", "L", "XL"], value="M")
st.write("Select slider:", shirt)

span = st.select_slider("Span", ["XS", "S", "M", "L", "XL"], value=("S", "L"))
st.write("Select range:", span[0], "to", span[1])

picked = st.color_picker("Pick a colour", "#00f900")
st.write("Colour picker:", picked)
