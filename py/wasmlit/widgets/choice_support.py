"""Argument checks the choice widgets share: ``on_change``, ``label_visibility``,
``bind``/``persist_state`` and ``width``; and reading a key before its widget registers.

(Rules they share with the input widgets, such as ``with_detail`` and
``reset_widget_value``, live in ``input_common``.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wasmlit.errors import (
    StreamlitInvalidWidthError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from wasmlit.runtime import context
from wasmlit.widgets.input_common import with_detail
from wasmlit.widgets.registration import (
    ON_CHANGE_MODES,
    check_label_visibility,
    normalize_key,
    validate_callback,
)


def check_bind_and_persist_state(bind: Any, persist_state: Any, key: Any) -> None:
    """Validate ``bind`` and ``persist_state`` as Streamlit does (both need a key).

    wasmlit accepts them but does not yet act on them: see the README.
    """
    has_key = normalize_key(key) is not None
    if bind is not None and bind != "query-params":
        raise StreamlitValueError("bind", "'query-params', None")
    if bind == "query-params" and not has_key:
        raise with_detail(
            StreamlitMissingRequiredParameterError("The `key` parameter is required."),
            "When using bind='query-params', the widget must have a unique 'key' parameter specified. "
            "This 'key' will be used as the name of the query parameter.",
        )
    if persist_state is not None:
        if persist_state not in ("page", "session"):
            raise StreamlitValueError("persist_state", "'page', 'session', None")
        if not has_key:
            raise with_detail(
                StreamlitMissingRequiredParameterError("The `key` parameter is required."),
                "When using persist_state, the widget must have a unique 'key' parameter specified so its "
                "value can be preserved across reruns and page switches.",
            )


def check_widget_arguments(on_change: Any, label_visibility: str) -> Callable[..., Any] | None:
    """The checks every choice widget runs before it registers, in Streamlit's order."""
    callback = validate_callback(on_change, supported_modes=ON_CHANGE_MODES)
    check_label_visibility(label_visibility)
    return callback


# Pixel widths travel in a protobuf uint32 in Streamlit.
_UINT32_MAX = 2**32 - 1


def width_prop(width: Any, *, allow_content: bool) -> int | str:
    """Validate ``width`` as Streamlit does; the page sizes the widget from the result.

    >>> width_prop(300, allow_content=False), width_prop("content", allow_content=True)
    (300, 'content')
    >>> width_prop("content", allow_content=False)
    Traceback (most recent call last):
    ...
    wasmlit.errors.StreamlitInvalidWidthError: Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'.
    """
    allowed = ("stretch", "content") if allow_content else ("stretch",)
    if isinstance(width, str):
        if width not in allowed:
            raise StreamlitInvalidWidthError(width, allow_content)
        return width
    if not isinstance(width, int) or width <= 0:
        raise StreamlitInvalidWidthError(width, allow_content)
    if width > _UINT32_MAX:
        raise StreamlitValueOutOfRangeError("width", width, 1, _UINT32_MAX)
    return int(width)


def label_text(label: Any) -> str:
    """A ``None`` label shows as empty (Streamlit only logs a warning)."""
    return "" if label is None else str(label)


def session_state_value(key: Any) -> tuple[bool, Any]:
    """(present, value) of a user key before its widget registers (``key in st.session_state``)."""
    user_key = normalize_key(key)
    if user_key is None:
        return False, None
    state = context.current().session_state
    if not state.has(user_key):
        return False, None
    return True, state.get(user_key)
