"""``streamlit.components.v1.components``: the internals component libraries import."""

from wasmlit.components.v1.component_registry import declare_component
from wasmlit.components.v1.custom_component import CustomComponent, MarshallComponentException

__all__ = ["CustomComponent", "MarshallComponentException", "declare_component"]
