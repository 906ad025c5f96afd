"""``st.text_area``: multi-line text that commits on Ctrl/⌘+Enter or blur (docs/semantics.md 6)."""

from __future__ import annotations

from typing import Any

from wasmlit.catalogue import TEXT_AREA
from wasmlit.elements.host import ElementHost
from wasmlit.elements.layout_params import check_width
from wasmlit.errors import StreamlitInvalidHeightError
from wasmlit.widgets.input_common import (
    key_holds_none,
)
from wasmlit.widgets.registration import (
    ON_CHANGE_MODES,
    WidgetSpec,
    check_label_visibility,
    register,
    show_widget,
    validate_callback,
)
from wasmlit.widgets.text_common import (
    check_max_chars,
    check_text_value_for_browser,
    text_from_browser,
    text_to_browser,
)
from wasmlit.widgets.url_binding import STRING, UrlValue

# Streamlit's default: about three lines of text, label included.
DEFAULT_HEIGHT_WITH_LABEL = 122
DEFAULT_HEIGHT_COLLAPSED_LABEL = 94


def check_height(height: Any) -> None:
    """A positive int (pixels), ``"stretch"`` or ``"content"``."""
    if isinstance(height, str):
        if height not in ("stretch", "content"):
            raise StreamlitInvalidHeightError(height, allow_content=True)
    elif isinstance(height, bool) or not isinstance(height, int) or height <= 0:
        raise StreamlitInvalidHeightError(height, allow_content=True)


class TextAreaMixin(ElementHost):
    def text_area(
        self,
        label: Any,
        value: Any = "",
        height: int | str | None = None,
        max_chars: int | None = None,
        key: Any = None,
        help: Any = None,
        on_change: Any = "rerun",
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: Any = None,
        disabled: bool = False,
        required: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
        bind: Any = None,
        persist_state: Any = None,
    ) -> str | None:
        """A multi-line text field; returns its text (``value`` is ``str()``-converted)."""
        callback = validate_callback(on_change, supported_modes=ON_CHANGE_MODES)
        check_label_visibility(label_visibility)
        label_text = "" if label is None else str(label)
        default = str(value) if value is not None else None
        if key_holds_none(key):
            default = None
        check_max_chars(max_chars)
        widget = register(
            self,
            WidgetSpec(
                non_default_value=value is not None and value != "",
                element=TEXT_AREA,
                key=key,
                identity_params={
                    "label": label_text,
                    "value": None if value is None else str(value),
                    "height": height,
                    "max_chars": max_chars,
                    "help": help,
                    "placeholder": str(placeholder),
                    "width": width,
                    "required": required,
                },
                keyed_identity_params={"max_chars": max_chars},
                deserialize=text_from_browser(default, max_chars),
                serialize=text_to_browser,
                callback=callback,
                callback_args=args,
                callback_kwargs=kwargs,
                disabled=bool(disabled),
                label=label,
                help=help,
                label_visibility=label_visibility,
                pixel_width=width,
                on_change=on_change,
                bind=bind,
                persist_state=persist_state,
                url=UrlValue(STRING, clearable=True),
            ),
        )
        if widget.push_to_browser:
            check_text_value_for_browser(widget.value)
        if height is None:
            height = DEFAULT_HEIGHT_COLLAPSED_LABEL if label_visibility == "collapsed" else DEFAULT_HEIGHT_WITH_LABEL
        check_width(width, allow_content=False)
        check_height(height)
        props: dict[str, Any] = {}
        props["default"] = default
        props["height"] = height
        optional = {
            "maxChars": max_chars,
            "placeholder": None if placeholder is None else str(placeholder),
            "required": True if required else None,
        }
        props.update({name: setting for name, setting in optional.items() if setting is not None})
        show_widget(self, widget, props, browser_value=widget.value)
        return widget.value
