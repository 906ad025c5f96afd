"""Pills, segmented controls, feedback, a date and time, space, echo, a logo and st.context.

The "Genres" pills and the "Stars" rating are bound to the address (bind="query-params"):
pick some, copy the address, and a reload (or anyone you send it to) starts with them.
"""

import datetime as dt

import streamlit as st

st.logo("🎬", size="large")
st.title("More widgets")

genres = st.pills(
    "Genres",
    ["Drama", "Comedy", "🚀 Sci-fi", "Documentary"],
    selection_mode="multi",
    key="genres",
    bind="query-params",
)
st.write("Genres:", ", ".join(genres) or "none")

view = st.segmented_control("View", ["List", "Grid", "Map"], default="List", required=True)
st.write("View:", view)

stars = st.feedback("stars", key="stars", bind="query-params")
st.write("Stars:", "none" if stars is None else stars + 1)

thumbs = st.feedback("thumbs")
st.write("Thumbs:", {None: "none", 0: "down", 1: "up"}[thumbs])

when = st.datetime_input("Screening", dt.datetime(2025, 11, 19, 20, 30), key="when")
st.write("Screening:", when.strftime("%Y-%m-%d %H:%M"))

with st.form("ratings"):
    mood = st.segmented_control("Mood after the film", ["😞", "😐", "😀"])
    st.form_submit_button("Save")
st.write("Mood:", mood or "not saved")

with st.container(horizontal=True):
    st.button("Left")
    st.space("stretch")
    st.button("Right")

with st.echo():
    minutes = 2 * 60 + 15
    st.write("Running time:", minutes, "minutes")

st.caption(f"Your browser's time zone: {st.context.timezone} ({st.context.locale})")
