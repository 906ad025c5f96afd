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
    StreamlitValueOutOfRangeError,
)
from wasmlit.runtime import context
from wasmlit.widgets.registration import (
    ON_CHANGE_MODES,
    check_label_visibility,
    normalize_key,
    validate_callback,
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
