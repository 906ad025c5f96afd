# Its first run shows the time: nothing to pre-render.
import datetime

import streamlit as st

st.title("What time is it?")
st.write(datetime.datetime.now().isoformat())
