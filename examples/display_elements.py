"""Display elements: metrics, tables, dataframes, images, badges, HTML, links, Markdown extras."""

import streamlit as st

st.title("Display elements")

st.header("Metrics")
left, middle, right = st.columns(3)
left.metric("Temperature", "70 °F", "1.2 °F", help="Measured at noon")
middle.metric("Wind", "9 mph", "-8%")
right.metric("Humidity", "86%", "4%", delta_color="inverse", border=True)
st.metric("Visitors", 1234, 56, chart_data=[3, 5, 4, 8, 6, 9, 12], chart_type="area", border=True)

st.header("Tables")
rows = [
    {"city": "Lisbon", "population": 545_796, "area km²": 100.05, "coastal": True},
    {"city": "Madrid", "population": 3_305_408, "area km²": 604.3, "coastal": False},
    {"city": "Porto", "population": 231_800, "area km²": 41.42, "coastal": True},
]
st.table(rows)
st.dataframe({"name": ["Ada", "Grace", "Linus", "Margaret"], "born": [1815, 1906, 1969, 1936]}, hide_index=True)
st.table({"Version": ":gray-badge[1.67]", "License": ":green-badge[Apache 2.0]"})

st.header("Images")
st.image("display_assets/gradient.png", caption="A file from the app folder", width=192)

st.header("Badges, links and HTML")
st.badge("New", color="green")
st.badge("Beta", icon="🧪", color="violet")
st.link_button("Streamlit's docs", "https://docs.streamlit.io")
st.html("<p>Some <b>bold</b> HTML, sanitised: <span onclick='alert(1)'>no scripts</span>.</p>")

st.header("Markdown extras")
st.markdown(
    "Colours: :red[red], :orange[orange], :green[green], :blue[blue], :violet[violet], :gray[gray], "
    ":rainbow[rainbow]. Backgrounds: :blue-background[blue] :orange-background[orange]. "
    "Badges: :green-badge[passing] :red-badge[failing]. :small[Small print.] Emoji: :smile: :rocket: :+1:"
)
st.latex(r"e^{i\pi} + 1 = 0")
