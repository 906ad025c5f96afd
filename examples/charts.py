"""Charts from plain Python data: every built-in chart, a Vega-Lite spec, and a selection."""

import math

import streamlit as st

st.title("Charts")

days = list(range(1, 31))
sales = {
    "day": days,
    "online": [round(40 + 15 * math.sin(day / 4), 1) for day in days],
    "store": [round(30 + 10 * math.cos(day / 5), 1) for day in days],
}

st.subheader("Line chart")
st.line_chart(sales, x="day", y=["online", "store"], y_label="sales")

st.subheader("Area chart")
st.area_chart(sales, x="day", y=["online", "store"], stack=True)

st.subheader("Bar chart")
fruit = [
    {"fruit": "apple", "shop": "north", "sold": 12},
    {"fruit": "apple", "shop": "south", "sold": 7},
    {"fruit": "pear", "shop": "north", "sold": 5},
    {"fruit": "pear", "shop": "south", "sold": 9},
    {"fruit": "plum", "shop": "north", "sold": 3},
    {"fruit": "plum", "shop": "south", "sold": 11},
]
horizontal = st.toggle("Horizontal bars")
st.bar_chart(fruit, x="fruit", y="sold", color="shop", stack=False, horizontal=horizontal)

st.subheader("Scatter chart")
points = [{"height": 150 + i * 2, "weight": 50 + (i * 7) % 30, "age": 20 + i} for i in range(25)]
st.scatter_chart(points, x="height", y="weight", size="age", color="#ff8700")

st.subheader("Vega-Lite, with a selection")
spec = {
    "mark": {"type": "bar", "cursor": "pointer"},
    "params": [{"name": "pick", "select": {"type": "point", "fields": ["fruit"]}}],
    "encoding": {
        "x": {"field": "fruit", "type": "nominal"},
        "y": {"aggregate": "sum", "field": "sold", "type": "quantitative"},
        "fillOpacity": {"condition": {"param": "pick", "value": 1}, "value": 0.4},
    },
}
event = st.vega_lite_chart(fruit, spec, on_select="rerun", key="fruit_chart")
picked = [point["fruit"] for point in event.selection.pick]
st.write("Selected:", ", ".join(picked) if picked else "nothing yet (click a bar)")

st.subheader("Graphviz")
st.graphviz_chart(
    """
    digraph {
        rankdir=LR
        idea -> prototype -> feedback -> release
        feedback -> prototype
    }
    """
)

st.subheader("Map")
cities = {
    "city": ["Paris", "London", "Madrid", "Berlin", "Rome"],
    "lat": [48.86, 51.51, 40.42, 52.52, 41.90],
    "lon": [2.35, -0.13, -3.70, 13.40, 12.50],
    "radius_m": [21_000, 89_000, 33_000, 36_000, 28_000],
}
st.map(cities, size="radius_m", color="#0068c9")
st.caption("Map tiles come from CARTO's servers: without the network, the points show on a blank background.")
