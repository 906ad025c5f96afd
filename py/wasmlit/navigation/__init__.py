"""``streamlit.navigation``: the page type of multipage apps (``st.navigation`` is a command).

``wasmlit.compat`` registers this package as ``streamlit.navigation`` up front, so that
importing ``streamlit.navigation.page`` never replaces ``st.navigation``, the command.
"""
