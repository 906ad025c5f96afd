"""Choice widgets in the states the gallery does not show: disabled, labels hidden or
collapsed, on_change="ignore", values set from a callback, a widget in the sidebar."""

import streamlit as st

st.checkbox("Disabled box", value=True, disabled=True)
st.radio("Hidden label", ["one", "two"], label_visibility="hidden")
st.selectbox("Collapsed label", ["x", "y"], label_visibility="collapsed")
quiet = st.checkbox("Quiet box", on_change="ignore")
st.write("Quiet:", quiet)


def reset():
    st.session_state.level = 80
    st.session_state.flavours = ["Mint"]
    st.session_state.shade = "#ff0000"


st.button("Reset from a callback", on_click=reset)
level = st.slider("Level", 0, 100, 10, key="level")
flavours = st.multiselect("Flavours", ["Mint", "Lime", "Plum"], key="flavours", max_selections=2)
shade = st.color_picker("Shade", key="shade")
st.write("Level:", level, "Flavours:", ", ".join(flavours) or "none", "Shade:", shade)
side = st.sidebar.selectbox("Sidebar choice", ["left", "right"], index=None, accept_new_options=True)
st.write("Sidebar:", side)
