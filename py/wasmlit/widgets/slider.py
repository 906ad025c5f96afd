"""``st.slider``: a number, date, time or datetime, or a range of them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wasmlit.catalogue import SLIDER
from wasmlit.elements.host import ElementHost
from wasmlit.errors import StreamlitValueAboveMaxError, StreamlitValueBelowMinError
from wasmlit.widgets.choice_support import (
    check_widget_arguments,
    label_text,
    session_state_value,
    width_prop,
)
from wasmlit.widgets.registration import (
    RegisteredWidget,
    WidgetSpec,
    check_bind_and_persist_state,
    register,
    show_widget,
)
from wasmlit.widgets.slider_values import SliderCodec, default_value, prepare_slider
from wasmlit.widgets.url_binding import DOUBLE_ARRAY, UrlValue


def check_assigned_value_in_range(codec: SliderCodec, widget: RegisteredWidget) -> list[Any]:
    """A value set through Session State must lie in the range (SEMANTICS 3.3); returns its numbers."""
    numbers = codec.serialize(widget.value)
    if not widget.push_to_browser:
        return numbers
    for number in numbers:
        if number < codec.min_number:
            raise StreamlitValueBelowMinError(codec.from_number(number), codec.from_number(codec.min_number))
        if number > codec.max_number:
            raise StreamlitValueAboveMaxError(codec.from_number(number), codec.from_number(codec.max_number))
    return numbers


class SliderMixin(ElementHost):
    def slider(
        self,
        label: Any,
        min_value: Any = None,
        max_value: Any = None,
        value: Any = None,
        step: Any = None,
        format: Any = None,
        key: Any = None,
        help: Any = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
        bind: Any = None,
        persist_state: Any = None,
    ) -> Any:
        """A slider; returns a number, date, time or datetime, or a tuple of two for a range."""
        callback = check_widget_arguments(on_change, label_visibility)
        pixel_width = width_prop(width, allow_content=False)
        check_bind_and_persist_state(bind, persist_state, key)
        label_string = label_text(label)
        identity = {
            "label": label_string,
            "min_value": min_value,
            "max_value": max_value,
            "value": value,
            "step": step,
            "format": format,
            "help": help,
            "width": width,
        }
        non_default = value is not None  # docs/semantics.md 3.4, judged on the argument as given
        value = default_value(value, min_value, max_value, session_state_value(key))
        prepared = prepare_slider(value, min_value, max_value, step, format)
        codec = prepared.codec
        widget = register(
            self,
            WidgetSpec(
                element=SLIDER,
                key=key,
                identity_params=identity,
                keyed_identity_params={"min_value": min_value, "max_value": max_value, "step": step},
                deserialize=codec.deserialize,
                serialize=codec.serialize,
                callback=callback,
                callback_args=args,
                callback_kwargs=kwargs,
                disabled=bool(disabled),
                non_default_value=non_default,
                label=label_string,
                help=help,
                label_visibility=label_visibility,
                pixel_width=pixel_width,
                on_change=on_change,
                bind=bind,
                persist_state=persist_state,
                url=UrlValue(DOUBLE_ARRAY, clearable=False),
            ),
        )
        numbers = check_assigned_value_in_range(codec, widget)
        props: dict[str, Any] = {}
        props.update(
            {
                "dataType": codec.data_type,
                "min": codec.min_number,
                "max": codec.max_number,
                "step": codec.step_number,
                "format": prepared.format,
            }
        )
        show_widget(self, widget, props, browser_value=numbers)
        return widget.value
