"""Session State in explicit layers, and ``streamlit.runtime.state``'s public names.

The names are looked up on first use: this package is imported by the whole run engine,
and the proxies import the engine back.
"""

from collections.abc import Callable as _Callable
from typing import Any as _Any

# Streamlit's aliases for a widget callback and its arguments.
WidgetArgs = tuple[_Any, ...] | list[_Any]
WidgetCallback = _Callable[..., None]
WidgetKwargs = dict[str, _Any]


def __getattr__(name: str) -> _Any:
    if name == "SessionStateProxy":
        from wasmlit.runtime.state.session_state_proxy import SessionStateProxy

        return SessionStateProxy
    if name == "QueryParamsProxy":
        from wasmlit.query_params import QueryParamsProxy

        return QueryParamsProxy
    if name == "SessionState":
        from wasmlit.runtime.state.session_state import SessionState

        return SessionState
    raise AttributeError(f"module 'streamlit.runtime.state' has no attribute '{name}'")
