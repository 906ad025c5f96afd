"""st.plotly_chart with plotly from PyPI (plain lists: no numpy or pandas in the page)."""

import plotly.graph_objects as go
import streamlit as st

fig = go.Figure(go.Bar(x=["apples", "pears", "plums"], y=[4, 2, 5]))
fig.update_layout(title="Fruit")
st.plotly_chart(fig)
st.plotly_chart(
    go.Figure(go.Scatter(x=[1, 2, 3], y=[2, 3, 1], mode="lines+markers")), width=400, height=300, theme=None
)
