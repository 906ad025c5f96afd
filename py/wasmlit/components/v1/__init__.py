"""``streamlit.components.v1``: importable; its commands raise until components land."""

from wasmlit.unsupported import command

html = command("st.components.v1.html")
iframe = command("st.components.v1.iframe")
declare_component = command("st.components.v1.declare_component")

__all__ = ["declare_component", "html", "iframe"]
