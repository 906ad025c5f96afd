"""``st.color_picker``: a colour as a hex string."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from wasmlit.catalogue import COLOR_PICKER
from wasmlit.elements.host import ElementHost
from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError
from wasmlit.widgets.choice_support import (
    check_widget_arguments,
    label_text,
    width_prop,
)
from wasmlit.widgets.input_common import with_detail
from wasmlit.widgets.registration import WidgetSpec, check_bind_and_persist_state, register, show_widget
from wasmlit.widgets.url_binding import STRING, UrlValue

HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")
DEFAULT_COLOR = "#000000"
# Narrower swatches than this cannot be clicked comfortably (Streamlit's minimum).
MIN_WIDTH_PX = 40


def color_from_browser(raw: Any, default: str) -> str:
    """The page's hex text; "#" is added if missing, and anything else falls back to the default.

    >>> color_from_browser("00ff00", "#000"), color_from_browser("blue", "#000"), color_from_browser(None, "#000")
    ('#00ff00', '#000', '#000')
    """
    if raw is None or raw == "":
        return default
    text = raw if str(raw).startswith("#") else f"#{raw}"
    return text if HEX_COLOR.match(text) else default


def check_color(value: Any) -> str:
    if not isinstance(value, str):
        raise with_detail(
            StreamlitInvalidParameterTypeError("value", "str", type(value).__name__),
            "Pass a hex string like `'#00FFAA'` or `'#000'`.",
        )
    if not HEX_COLOR.match(value):
        raise StreamlitAPIException(
            f"'{value}' is not a valid hex code for colors. Valid ones are like '#00FFAA' or '#000'."
        )
    return value


def _check_browser_representable(value: Any) -> None:
    """A Session State value the page cannot hold as text raises as Streamlit's does."""
    if not isinstance(value, str | bytes):
        raise TypeError("bad argument type for built-in operation")


class ColorPickerMixin(ElementHost):
    def color_picker(
        self,
        label: Any,
        value: Any = None,
        key: Any = None,
        help: Any = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "content",
        bind: Any = None,
        persist_state: Any = None,
    ) -> Any:
        """A colour swatch that opens a picker; returns the hex string (case and length kept)."""
        callback = check_widget_arguments(on_change, label_visibility)
        check_bind_and_persist_state(bind, persist_state, key)
        label_string = label_text(label)
        if isinstance(width, int) and width < MIN_WIDTH_PX:
            width = MIN_WIDTH_PX
        pixel_width = width_prop(width, allow_content=True)
        identity = {"label": label_string, "value": str(value), "help": help, "width": width}
        default = check_color(DEFAULT_COLOR if value is None else value)
        widget = register(
            self,
            WidgetSpec(
                element=COLOR_PICKER,
                key=key,
                identity_params=identity,
                deserialize=lambda raw: color_from_browser(raw, default),
                serialize=str,
                callback=callback,
                callback_args=args,
                callback_kwargs=kwargs,
                disabled=bool(disabled),
                non_default_value=value is not None,  # docs/semantics.md 3.4
                label=label_string,
                help=help,
                label_visibility=label_visibility,
                pixel_width=pixel_width,
                on_change=on_change,
                bind=bind,
                persist_state=persist_state,
                url=UrlValue(STRING, clearable=False),
            ),
        )
        if widget.push_to_browser:
            _check_browser_representable(widget.value)
        props: dict[str, Any] = {}
        browser_value = widget.value.decode() if isinstance(widget.value, bytes) else str(widget.value)
        show_widget(self, widget, props, browser_value=browser_value)
        return widget.value
