"""``streamlit.components.v2``: importable; ``component`` raises until components land."""

from wasmlit.unsupported import command

component = command("st.components.v2.component")

__all__ = ["component"]
