"""``st.checkbox`` and ``st.toggle``: one boolean widget in two looks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wasmlit.catalogue import CHECKBOX, TOGGLE, ElementType
from wasmlit.elements.host import ElementHost
from wasmlit.widgets.choice_support import (
    check_widget_arguments,
    label_text,
    width_prop,
)
from wasmlit.widgets.registration import WidgetSpec, check_bind_and_persist_state, register, show_widget
from wasmlit.widgets.url_binding import BOOL, UrlValue


def _check_browser_representable(value: Any) -> None:
    """A Session State value the page cannot show as a tick raises as Streamlit's does.

    Ints (and bools) are returned unchanged; anything else is a TypeError.
    """
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")


class CheckboxMixin(ElementHost):
    def _boolean_widget(
        self,
        element: ElementType,
        label: Any,
        value: Any,
        key: Any,
        help: Any,
        on_change: Callable[..., Any] | str | None,
        args: tuple[Any, ...] | list[Any] | None,
        kwargs: dict[str, Any] | None,
        *,
        disabled: bool,
        label_visibility: str,
        width: Any,
        wrap: bool | None,
        bind: Any,
        persist_state: Any,
    ) -> Any:
        callback = check_widget_arguments(on_change, label_visibility)
        pixel_width = width_prop(width, allow_content=True)
        check_bind_and_persist_state(bind, persist_state, key)
        label_string = label_text(label)
        default = bool(value)
        widget = register(
            self,
            WidgetSpec(
                element=element,
                key=key,
                identity_params={"label": label_string, "value": default, "help": help, "width": width},
                deserialize=lambda raw: bool(value if raw is None else raw),
                serialize=bool,
                callback=callback,
                callback_args=args,
                callback_kwargs=kwargs,
                disabled=bool(disabled),
                non_default_value=value is not False,  # docs/semantics.md 3.4
                label=label_string,
                help=help,
                label_visibility=label_visibility,
                pixel_width=pixel_width,
                on_change=on_change,
                bind=bind,
                persist_state=persist_state,
                url=UrlValue(BOOL, clearable=False),
            ),
        )
        if widget.push_to_browser:
            _check_browser_representable(widget.value)
        props: dict[str, Any] = {}
        if wrap is not None:
            props["wrap"] = bool(wrap)
        show_widget(self, widget, props, browser_value=bool(widget.value))
        return widget.value

    def checkbox(
        self,
        label: Any,
        value: Any = False,
        key: Any = None,
        help: Any = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "content",
        wrap: bool | None = None,
        bind: Any = None,
        persist_state: Any = None,
    ) -> Any:
        """A checkbox; returns its state as a bool (a value set through Session State as given)."""
        return self._boolean_widget(
            CHECKBOX,
            label,
            value,
            key,
            help,
            on_change,
            args,
            kwargs,
            disabled=disabled,
            label_visibility=label_visibility,
            width=width,
            wrap=wrap,
            bind=bind,
            persist_state=persist_state,
        )

    def toggle(
        self,
        label: Any,
        value: Any = False,
        key: Any = None,
        help: Any = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "content",
        wrap: bool | None = None,
        bind: Any = None,
        persist_state: Any = None,
    ) -> Any:
        """A toggle switch; the same widget as ``checkbox`` in another look."""
        return self._boolean_widget(
            TOGGLE,
            label,
            value,
            key,
            help,
            on_change,
            args,
            kwargs,
            disabled=disabled,
            label_visibility=label_visibility,
            width=width,
            wrap=wrap,
            bind=bind,
            persist_state=persist_state,
        )
