"""``streamlit.navigation.page``: ``StreamlitPage``, the class ``st.Page`` returns."""

from wasmlit.multipage.page import Page as StreamlitPage

__all__ = ["StreamlitPage"]
