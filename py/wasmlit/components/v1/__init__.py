"""``streamlit.components.v1``: ``html`` and ``iframe`` (deprecated for ``st.iframe`` in
Streamlit 1.67, with its console warning) and ``declare_component``."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from wasmlit.components.v1.component_registry import declare_component


def _deprecated(name: str, method: str) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        from wasmlit import _dispatch
        from wasmlit.deprecation_util import show_deprecation_warning

        result = getattr(_dispatch, method)(*args, **kwargs)
        show_deprecation_warning(
            f"Please replace `st.components.v1.{name}` with `st.iframe`.\n\n"
            f"`st.components.v1.{name}` will be removed after 2026-06-01.",
            show_in_browser=False,
        )
        return result

    from wasmlit.elements.iframe import IframeMixin

    return functools.wraps(getattr(IframeMixin, method))(call)


html = _deprecated("html", "_html")
iframe = _deprecated("iframe", "_iframe")

__all__ = ["declare_component", "html", "iframe"]
