"""``st.number_input``: an int or float field with step buttons (docs/semantics.md 6)."""

from __future__ import annotations

import math
import numbers
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wasmlit.catalogue import NUMBER_INPUT
from wasmlit.elements.host import ElementHost
from wasmlit.elements.layout_params import check_width
from wasmlit.errors import (
    StreamlitInvalidMinMaxError,
    StreamlitInvalidNumberFormatError,
    StreamlitJSNumberBoundsError,
    StreamlitMixedNumericTypesError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
)
from wasmlit.runtime import log
from wasmlit.widgets.input_common import (
    key_holds_none,
    reset_widget_value,
    validate_icon,
)
from wasmlit.widgets.registration import (
    ON_CHANGE_MODES,
    WidgetSpec,
    check_label_visibility,
    register,
    show_widget,
    validate_callback,
)
from wasmlit.widgets.url_binding import DOUBLE, UrlValue

Number = int | float

# JavaScript's limits: ints beyond 2**53 - 1 lose precision in the browser.
MAX_SAFE_INTEGER = (1 << 53) - 1
MIN_SAFE_INTEGER = -((1 << 53) - 1)
MAX_FLOAT = 1.7976931348623157e308
MIN_FLOAT = -1.7976931348623157e308


def mixed_types_message(value: Any, min_value: Any, max_value: Any, step: Any) -> str:
    """``All numerical arguments must be of the same type.`` plus one line per given argument.

    >>> print(mixed_types_message("min", 1, None, 0.5))
    All numerical arguments must be of the same type.
    `value` has str type.
    `min_value` has int type.
    `step` has float type.
    """
    lines = ["All numerical arguments must be of the same type."]
    for name, argument in (("value", value), ("min_value", min_value), ("max_value", max_value), ("step", step)):
        if argument is not None:
            lines.append(f"`{name}` has {type(argument).__name__} type.")
    return "\n".join(lines)


def check_js_int(value: Any, name: str) -> None:
    if value < MIN_SAFE_INTEGER:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be >= -((1 << 53) - 1)")
    if value > MAX_SAFE_INTEGER:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be <= (1 << 53) - 1")


def check_js_float(value: Any, name: str) -> None:
    if not isinstance(value, numbers.Integral | float):
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) is not a float")
    number: Any = value  # ints of any size compare with floats; float() could overflow
    if number < MIN_FLOAT:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be >= -1.797e+308")
    if number > MAX_FLOAT:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be <= 1.797e+308")


def check_format(number_format: str, *, int_value: bool, float_value: bool) -> None:
    """A format that cannot print a number raises; a type mismatch is only logged."""
    if number_format in {"%d", "%u", "%i"} and float_value:
        log.warn(f"st.number_input value has type float, but format {number_format} displays as integer.")
    elif number_format[-1] == "f" and int_value:
        log.warn(f"st.number_input value has type int so is displayed as int despite format string {number_format}.")
    try:
        float(number_format % 2)
    except (TypeError, ValueError):
        raise StreamlitInvalidNumberFormatError(number_format) from None


@dataclass(frozen=True)
class NumberSettings:
    """Validated arguments: the default, the type and the effective bounds."""

    default: Number | None
    is_int: bool
    step: Number
    number_format: str
    min_value: Number  # JavaScript's limit when the script set none
    max_value: Number
    has_min: bool
    has_max: bool


def number_settings(
    min_value: Any, max_value: Any, value: Any, step: Any, number_format: str | None, *, value_from_state_is_none: bool
) -> NumberSettings:
    """Streamlit's type inference, defaults and checks, in its order."""
    arguments = [min_value, max_value, value, step]
    all_int_args = all(isinstance(argument, numbers.Integral | None | str) for argument in arguments)
    all_float_args = all(isinstance(argument, float | None | str) for argument in arguments)
    if not all_int_args and not all_float_args:
        raise StreamlitMixedNumericTypesError(mixed_types_message(value, min_value, max_value, step))

    if value_from_state_is_none:
        value = None
    if isinstance(value, str) and value == "min":
        if min_value is not None:
            value = min_value
        elif all_int_args and not all_float_args:
            value = 0
        else:
            value = 0.0
    int_value = isinstance(value, numbers.Integral)
    float_value = isinstance(value, float)
    if value is None:
        int_value = all_int_args and not all_float_args
        float_value = not int_value

    resolved_format = ("%d" if int_value else "%0.2f") if number_format is None else number_format
    check_format(resolved_format, int_value=int_value, float_value=float_value)
    if step is None:
        step = 1 if int_value else 0.01

    if min_value is not None and max_value is not None and min_value > max_value:
        raise StreamlitInvalidMinMaxError(
            f"The `min_value`, set to {min_value}, cannot be greater than the `max_value`, set to {max_value}."
        )
    if min_value is not None and value is not None and min_value > value:
        raise StreamlitValueBelowMinError(value, min_value)
    if max_value is not None and value is not None and max_value < value:
        raise StreamlitValueAboveMaxError(value, max_value)

    is_int = int_value and all_int_args
    check = check_js_int if is_int else check_js_float
    for name, argument in (("`min_value`", min_value), ("`max_value`", max_value), ("`step`", step)):
        if argument is not None:
            check(int(argument) if is_int else argument, name)
    if value is not None:
        check(int(value) if is_int else value, "`value`")
    if is_int and value is not None:
        value = int(value)
    return NumberSettings(
        default=value,
        is_int=is_int,
        step=step,
        number_format=resolved_format,
        min_value=min_value if min_value is not None else (MIN_SAFE_INTEGER if is_int else MIN_FLOAT),
        max_value=max_value if max_value is not None else (MAX_SAFE_INTEGER if is_int else MAX_FLOAT),
        has_min=min_value is not None,
        has_max=max_value is not None,
    )


def number_from_browser(settings: NumberSettings) -> Callable[[Any], Any]:
    """The browser's number; anything unusable or out of range gives the default."""

    def deserialize(raw: Any) -> Any:
        if raw is None or isinstance(raw, bool) or not isinstance(raw, int | float):
            return settings.default
        number: Number = int(raw) if settings.is_int else float(raw)
        if not math.isfinite(number) or number < settings.min_value or number > settings.max_value:
            return settings.default
        return number

    return deserialize


def number_to_browser(value: Any) -> Any:
    """JSON has no NaN or infinity: such a value shows as an empty field."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def check_number_for_browser(value: Any) -> None:
    """A non-number set through Session State cannot reach the browser (Streamlit's protobuf
    refuses it with this TypeError)."""
    if value is not None and not isinstance(value, numbers.Real):
        raise TypeError(f"must be real number, not {type(value).__name__}")


def outside_bounds(current: Any, settings: NumberSettings) -> bool:
    """A kept value outside the bounds the script set now (compared as Streamlit does, as floats)."""
    if current is None:
        return False
    return (settings.has_min and current < float(settings.min_value)) or (
        settings.has_max and current > float(settings.max_value)
    )


class NumberInputMixin(ElementHost):
    def number_input(
        self,
        label: Any,
        min_value: Number | None = None,
        max_value: Number | None = None,
        value: Any = "min",
        step: Number | None = None,
        format: str | None = None,
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
        icon: Any = None,
        width: Any = "stretch",
        bind: Any = None,
        persist_state: Any = None,
    ) -> Any:
        """A number field; returns an int when every numeric argument is an int, else a float."""
        callback = validate_callback(on_change, supported_modes=ON_CHANGE_MODES)
        check_label_visibility(label_visibility)
        label_text = "" if label is None else str(label)
        settings = number_settings(
            min_value, max_value, value, step, format, value_from_state_is_none=key_holds_none(key)
        )
        icon_text = validate_icon(icon)
        widget = register(
            self,
            WidgetSpec(
                non_default_value=not (isinstance(value, str) and value == "min"),
                element=NUMBER_INPUT,
                key=key,
                identity_params={
                    "label": label_text,
                    "min_value": min_value,
                    "max_value": max_value,
                    "value": value,
                    "step": step,
                    "format": format,
                    "help": help,
                    "placeholder": None if placeholder is None else str(placeholder),
                    "icon": icon,
                    "width": width,
                    "required": required,
                },
                deserialize=number_from_browser(settings),
                serialize=number_to_browser,
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
                url=UrlValue(DOUBLE, clearable=value is None),
            ),
        )
        if outside_bounds(widget.value, settings):
            widget = reset_widget_value(widget, settings.default)
        if widget.push_to_browser:
            check_number_for_browser(widget.value)
        check_width(width, allow_content=False)
        props: dict[str, Any] = {}
        props.update(
            {
                "dataType": "int" if settings.is_int else "float",
                "default": number_to_browser(settings.default),
                "min": settings.min_value,
                "max": settings.max_value,
                "hasMin": settings.has_min,
                "hasMax": settings.has_max,
                "step": settings.step,
                "format": settings.number_format,
            }
        )
        if placeholder is not None:
            props["placeholder"] = str(placeholder)
        if icon_text is not None:
            props["icon"] = icon_text
        if required:
            props["required"] = True
        show_widget(self, widget, props, browser_value=number_to_browser(widget.value))
        return widget.value
