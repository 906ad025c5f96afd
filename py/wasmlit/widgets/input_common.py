"""Rules the input widgets share: ``on_change`` modes, icons and Session State checks."""

from __future__ import annotations

import dataclasses
from typing import Any

from wasmlit.elements.layout_params import check_material_icon
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
)
from wasmlit.runtime import context
from wasmlit.widgets.registration import RegisteredWidget, normalize_key

ON_CHANGE_MODES = ("rerun", "ignore")
ICON_FORMAT_HINT = "Please use a single emoji or a Material icon shortcode like `:material\u200b/thumb_up:`."

# ----- parameters ----------------------------------------------------------------------------


def with_detail(error: StreamlitAPIException, detail: str) -> StreamlitAPIException:
    """Streamlit's optional ``detail`` sentence after an error's standard text.

    >>> str(with_detail(StreamlitAPIException("Bad."), "Try again."))
    'Bad. Try again.'
    """
    error.args = (f"{error} {detail}",)
    return error


def validate_icon(icon: Any) -> str | None:
    """An emoji or a ``:material/name:`` shortcode, as Streamlit accepts them.

    Non-ASCII text is taken as an emoji without checking Streamlit's emoji catalogue.

    >>> validate_icon("  ") is None
    True
    >>> validate_icon("hot")
    Traceback (most recent call last):
    ...
    wasmlit.errors.StreamlitAPIException: The value "hot" is not a valid icon. Please use a single emoji or a Material icon shortcode like `:material\u200b/thumb_up:`.
    """
    if icon is None:
        return None
    if not isinstance(icon, str):
        raise StreamlitInvalidParameterTypeError("icon", "str, None", type(icon).__name__)
    icon = icon.strip()
    if not icon:
        return None
    if icon.lower().startswith(":material"):
        return check_material_icon(icon)
    if icon.isascii():
        raise StreamlitAPIException(f'The value "{icon}" is not a valid icon. {ICON_FORMAT_HINT}')
    return icon


# ----- Session State ------------------------------------------------------------------------


def key_holds_none(key: Any) -> bool:
    """The widget's key is in Session State with the value None (the widget then starts empty)."""
    user_key = normalize_key(key)
    if user_key is None:
        return False
    state = context.current().session_state
    return state.has(user_key) and state.get(user_key) is None


def reset_widget_value(widget: RegisteredWidget, value: Any) -> RegisteredWidget:
    """A kept value no longer fits: use ``value`` this run, write it to the key, tell the page."""
    if widget.user_key is not None:
        context.current().session_state.overwrite_assigned_value(widget.user_key, value)
    return dataclasses.replace(widget, value=value, push_to_browser=True)
