"""``streamlit.web``: importable, so that ``import streamlit.web.server`` (or ``.cli``,
``.bootstrap``) fails naming that module and why (``wasmlit.unsupported``)."""
