"""``streamlit.components.v1.components``: the internals component libraries import.

Some libraries (streamlit-option-menu) wrap ``register_widget`` here when they are
imported; the name exists so they load. wasmlit has no such registry (a declared
component registers its own widget), so calling it raises a clear error.
"""

from typing import Any, NoReturn

from wasmlit.components.v1.component_registry import declare_component
from wasmlit.components.v1.custom_component import CustomComponent, MarshallComponentException
from wasmlit.unsupported import UnsupportedFeatureError


def register_widget(*args: Any, **kwargs: Any) -> NoReturn:
    """Streamlit's internal widget registry, which wasmlit does not have."""
    raise UnsupportedFeatureError(
        "`streamlit.components.v1.components.register_widget` cannot work in wasmlit: it is Streamlit's "
        "internal widget registry; a declared component registers its own widget, so a wrapper a library "
        "puts around this function is never called."
    )


__all__ = ["CustomComponent", "MarshallComponentException", "declare_component", "register_widget"]
