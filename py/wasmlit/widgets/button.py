"""``st.button``: a trigger that is True for exactly the run its click caused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wasmlit.elements.host import ElementHost
from wasmlit.errors import (
    FORMS_DOCS_SUFFIX,
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitValueError,
)
from wasmlit.state.session_state import TRIGGER
from wasmlit.widgets.registration import WidgetSpec, register

BUTTON_TYPES = ("primary", "secondary", "tertiary")


def trigger_from_browser(value: Any) -> bool:
    return bool(value)


def check_button_type(button_type: str) -> None:
    if button_type not in BUTTON_TYPES:
        raise StreamlitValueError("type", BUTTON_TYPES)


def check_callback(on_click: Any, command: str) -> Callable[..., Any] | None:
    if on_click is not None and not callable(on_click):
        raise StreamlitAPIException(f"`on_click` of `st.{command}` must be a callable or None.")
    return on_click


class ButtonMixin(ElementHost):
    def button(
        self,
        label: Any,
        key: Any = None,
        help: Any = None,
        on_click: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        type: str = "secondary",
        icon: Any = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Any = "content",
        shortcut: Any = None,
    ) -> bool:
        """A button; returns True only in the run its click caused."""
        if self.form_id is not None:
            raise StreamlitInvalidLayoutContextError(
                "`st.button()` can't be used in an `st.form()`. Use `st.form_submit_button()` "
                "instead to submit the form." + FORMS_DOCS_SUFFIX + "\n"
            )
        check_button_type(type)
        label_text = "" if label is None else str(label)
        stretch = bool(use_container_width) or width == "stretch"
        widget = register(
            self,
            WidgetSpec(
                element_type="button",
                command="button",
                key=key,
                identity_params={
                    "label": label_text,
                    "help": help,
                    "type": type,
                    "icon": icon,
                    "width": width,
                    "shortcut": shortcut,
                },
                deserialize=trigger_from_browser,
                serialize=bool,
                value_type=TRIGGER,
                callback=check_callback(on_click, "button"),
                callback_args=tuple(args) if args is not None else None,
                callback_kwargs=kwargs,
                disabled=bool(disabled),
                read_only=True,
            ),
        )
        props: dict[str, Any] = {"label": label_text, "kind": type, "disabled": bool(disabled)}
        if help is not None:
            props["help"] = str(help)
        if icon is not None:
            props["icon"] = str(icon)
        if stretch:
            props["stretch"] = True
        if widget.user_key is not None:
            props["key"] = widget.user_key
        self._emit("button", props, widget_id=widget.id)
        return bool(widget.value)
