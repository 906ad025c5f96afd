# A line chart of 1,000 points in three series, drawn when the button is clicked (bench/chart.py).
import math

import streamlit as st

if st.button("Draw"):
    st.line_chart(
        {name: [math.sin(i / 50 + phase) for i in range(1000)] for name, phase in (("a", 0), ("b", 1), ("c", 2))}
    )
