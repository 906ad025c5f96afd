"""``streamlit.version``: the Streamlit API version wasmlit follows."""

STREAMLIT_VERSION_STRING = "1.67.0"
