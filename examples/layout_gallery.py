"""Layout gallery: every Streamlit container, as a static page.

Run it with Streamlit and with wasmlit (`python build.py examples/layout_gallery.py --serve`)
and the two pages should look alike.
"""

import streamlit as st

st.set_page_config(page_title="Layout gallery", page_icon="🧱", layout="wide")

with st.sidebar:
    st.header("Sidebar")
    st.write("Everything written inside `with st.sidebar:` lands here.")
    st.button("A sidebar button")
st.sidebar.caption("Attribute calls such as `st.sidebar.caption(...)` work too.")

st.title("Layout gallery")
st.caption("Columns, containers, expanders, tabs, placeholders and popovers.")

st.subheader("Columns with ratios and borders")
wide, narrow, narrower = st.columns([3, 2, 1], border=True)
wide.markdown("**3 parts**: the widest column.")
narrow.markdown("**2 parts**")
narrower.markdown("**1 part**")

left, right = st.columns(2, gap="large", vertical_alignment="center")
with left:
    st.write("A tall column:")
    st.write("line two")
    st.write("line three")
with right:
    st.info("Vertically centred next to its neighbour.")

st.subheader("Containers")
box_column, scroll_column = st.columns(2)
with box_column:
    with st.container(border=True, key="bordered"):
        st.write("A container with a border.")
        st.button("A button inside it")
with scroll_column:
    with st.container(height=160):
        for number in range(1, 11):
            st.write(f"Scrolling line {number}")

later = st.container()  # created here, filled at the end of the script

st.subheader("Expanders")
with st.expander("Open by default", expanded=True):
    st.write("Expanders keep their open or closed state across reruns.")
with st.expander("Closed, with an **icon**", icon="📦"):
    st.write("Hidden until you open it.")

st.subheader("Tabs")
first, second, third = st.tabs(["First", "Second", "Third"])
first.write("Content of the first tab.")
with second:
    st.write("Content of the second tab.")
third.code("print('third tab')")

st.subheader("Placeholder and popover")
placeholder = st.empty()
placeholder.info("Replaced before you can see it.")
placeholder.success("`st.empty()` holds one element: the last one written wins.")

with st.popover("Open a popover"):
    st.write("Popover contents are written by the script on every run.")

later.warning("This container was created above the expanders and filled at the end.")
