"""A gallery of the input widgets: each one's value is written below it."""

import datetime as dt

import streamlit as st

st.title("Input widgets")

st.header("Numbers and text")
quantity = st.number_input("Quantity", min_value=0, max_value=10, value=3, help="Between 0 and 10")
st.write("Quantity:", quantity)
price = st.number_input("Price", value=None, placeholder="Type a price...", format="%0.2f")
st.write("Price:", price)
steps = st.number_input("Steps", value=0, step=1, key="steps")
st.write("Steps:", steps)

name = st.text_input("Name", max_chars=20, placeholder="Your name")
st.write("Name:", name)
secret = st.text_input("Password", type="password")
st.write("Password length:", len(secret))
notes = st.text_area("Notes", "Some notes", height=150)
st.write("Notes:", notes)

st.header("Dates and times")
day = st.date_input("Day", dt.date(2024, 1, 15), min_value=dt.date(2023, 1, 1), max_value=dt.date(2025, 12, 31))
st.write("Day:", day)
trip = st.date_input("Trip", (dt.date(2024, 1, 15), dt.date(2024, 1, 20)), format="DD.MM.YYYY")
st.write("Trip:", trip)
alarm = st.time_input("Alarm", dt.time(8, 45))
st.write("Alarm:", alarm)
lap = st.time_input("Lap", dt.time(0, 1, 30), step=30)
st.write("Lap:", lap)

st.header("Files")
upload = st.file_uploader("Upload a CSV", type=["csv", "txt"])
if upload is not None:
    st.write("Uploaded:", upload.name, upload.type, upload.size)
    st.code(upload.getvalue().decode("utf-8", errors="replace"), language=None)
many = st.file_uploader("Upload several files", accept_multiple_files=True)
st.write("Files:", [f.name for f in many])

clicked = st.download_button("Download the notes", notes, file_name="notes.txt", mime="text/plain")
st.write("Downloaded:", clicked)
