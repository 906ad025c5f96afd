"""Python packages: humanize comes from PyPI, listed in requirements.txt next to this script.

The build downloads it with pip (a pure-Python wheel), ships it with the site, and the page
installs it before the script runs. Build with `python build.py examples/packages/app.py`.
"""

import datetime as dt

import humanize
import streamlit as st

st.title("Python packages")
st.caption("`humanize`, from requirements.txt, turns numbers into words.")

size = st.number_input("File size in bytes", min_value=0, value=123_456_789, step=1_000_000)
st.markdown(f"Size: **{humanize.naturalsize(size)}** ({humanize.naturalsize(size, binary=True)} in binary units)")

count = st.slider("Visitors", min_value=0, max_value=5_000_000, value=1_200_000, step=100_000)
st.markdown(f"Visitors: **{humanize.intword(count)}** ({humanize.intcomma(count)})")

days = st.slider("Days since the last release", min_value=0, max_value=800, value=3)
st.markdown(f"Released **{humanize.naturaldelta(dt.timedelta(days=days))}** ago")
