"""Rules the input widgets share: ``on_change`` modes, icons, widths, Session State checks.

Also the one place where these widgets report server-side log lines (the "default value
and Session State" warning, number_input's format warnings): ``log_widget_warning``.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable
from typing import Any

from wasmlit import context
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitInvalidWidthError,
    StreamlitValueError,
)
from wasmlit.widgets.registration import RegisteredWidget, normalize_key

ON_CHANGE_MODES = ("rerun", "ignore")
ICON_FORMAT_HINT = "Please use a single emoji or a Material icon shortcode like `:material\u200b/thumb_up:`."
_MATERIAL_ICON = re.compile(r"^\s*:(.+)/(.+):\s*$")

DEFAULT_VALUE_WARNING = (
    'The widget with key "{key}" was created with a default value but also had its value set via the Session State API.'
)
_logger = logging.getLogger("wasmlit.widgets")
_default_value_warning_logged = False


# ----- INTEGRATION POINT: the state-forms branch adds the session's logging API. ------
def log_widget_warning(text: str) -> None:
    """Report a server-side warning (Streamlit logs these; nothing appears in the app).

    Point this at the session logging API when it lands; until then it goes to Python's
    ``logging`` (in the browser: the worker's console).
    """
    _logger.warning(text)


def warn_if_default_and_session_state(user_key: str | None, default_is_set: bool) -> None:
    """SEMANTICS.md 3.4: a keyed widget with a non-default default whose key was assigned
    in this run logs a warning, once per process, unless the config turns it off.

    ``default_is_set`` is the widget's own "non-default" rule (text_input: ``value != ""``,
    number_input: ``value != "min"``, ...), already False for a ``None`` default.
    """
    global _default_value_warning_logged
    if user_key is None or not default_is_set or _default_value_warning_logged:
        return
    run_context = context.current()
    if not run_context.session_state.assigned_this_run(user_key):
        return
    if run_context.config.get("global.disableWidgetStateDuplicationWarning", False):
        return
    _default_value_warning_logged = True
    log_widget_warning(DEFAULT_VALUE_WARNING.format(key=user_key))


def reset_default_value_warning() -> None:
    """Forget that the warning was logged (it is once per process; tests start afresh)."""
    global _default_value_warning_logged
    _default_value_warning_logged = False


# ----- parameters ----------------------------------------------------------------------------


def callback_from_on_change(on_change: Any, parameter: str = "on_change") -> Callable[..., Any] | None:
    """The callback to run, or None for ``"rerun"``, ``"ignore"`` and ``None``.

    >>> callback_from_on_change("ignore") is None
    True
    >>> callback_from_on_change("later")
    Traceback (most recent call last):
    ...
    wasmlit.errors.StreamlitValueError: Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function.
    """
    if on_change is None:
        return None
    if callable(on_change):
        return on_change
    if isinstance(on_change, str) and on_change in ON_CHANGE_MODES:
        return None
    raise StreamlitValueError(parameter, "'rerun', 'ignore', a callback function")


def with_detail(error: StreamlitAPIException, detail: str) -> StreamlitAPIException:
    """Streamlit's optional ``detail`` sentence after an error's standard text.

    >>> str(with_detail(StreamlitAPIException("Bad."), "Try again."))
    'Bad. Try again.'
    """
    error.args = (f"{error} {detail}",)
    return error


def ignores_rerun(on_change: Any) -> bool:
    """``on_change="ignore"``: the browser keeps the new value without asking for a run."""
    return isinstance(on_change, str) and on_change == "ignore"


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
        match = _MATERIAL_ICON.match(icon)
        if not match or match.group(1) != "material" or not re.fullmatch(r"[a-z0-9_]+", match.group(2)):
            shown = icon.replace("/", "\u200b/")
            raise StreamlitAPIException(
                f'The value `"{shown}"` is not a valid Material icon. Please use a Material icon shortcode '
                "like **`:material\u200b/thumb_up:`**"
            )
        return icon
    if icon.isascii():
        raise StreamlitAPIException(f'The value "{icon}" is not a valid icon. {ICON_FORMAT_HINT}')
    return icon


def validate_width(width: Any, *, allow_content: bool = False) -> None:
    """Streamlit's ``width``: a positive int (pixels), ``"stretch"`` (or ``"content"``)."""
    allowed = ("stretch", "content") if allow_content else ("stretch",)
    if isinstance(width, bool) or not isinstance(width, int | str):
        raise StreamlitInvalidWidthError(width, allow_content)
    if isinstance(width, str):
        if width not in allowed:
            raise StreamlitInvalidWidthError(width, allow_content)
    elif width <= 0:
        raise StreamlitInvalidWidthError(width, allow_content)


def width_props(width: Any) -> dict[str, Any]:
    """The page's view of ``width``: only a pixel width needs saying."""
    return {"width": width} if isinstance(width, int) and not isinstance(width, bool) else {}


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
