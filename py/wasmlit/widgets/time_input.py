"""``st.time_input``: a time of day in steps of ``step`` (docs/semantics.md 6).

The browser exchanges ``"HH:MM"``, or ``"HH:MM:SS"`` when the step is not whole minutes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import Any

from wasmlit.catalogue import TIME_INPUT
from wasmlit.elements.host import ElementHost
from wasmlit.elements.layout_params import check_width
from wasmlit.errors import StreamlitInvalidParameterTypeError, StreamlitValueError, StreamlitValueOutOfRangeError
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
from wasmlit.widgets.url_binding import STRING, UrlValue

DEFAULT_STEP = timedelta(minutes=15)
TIME_FORMATS = ("12h", "24h", "localized")
MAX_STEP_SECONDS = 23 * 3600


def to_time(value: Any) -> time:
    """A time from ``"now"``, a time, a datetime or an ISO string (microseconds dropped)."""
    if isinstance(value, str):
        if value == "now":
            return datetime.now().time().replace(microsecond=0)
        try:
            return time.fromisoformat(value).replace(microsecond=0)
        except ValueError:
            try:
                return datetime.fromisoformat(value).time().replace(microsecond=0)
            except ValueError:
                pass
    if isinstance(value, datetime):
        return value.time().replace(microsecond=0, tzinfo=None)
    if isinstance(value, time):
        return value
    raise StreamlitInvalidParameterTypeError("value", "datetime, time, ISO string", type(value).__name__)


def step_seconds(step: Any) -> int:
    """``step`` as whole seconds, checked: an int or a timedelta of 1 second to 23 hours."""
    if isinstance(step, bool) or not isinstance(step, int | timedelta):
        raise StreamlitInvalidParameterTypeError("step", "int, timedelta", type(step).__name__)
    seconds = int(step.total_seconds()) if isinstance(step, timedelta) else step
    if not 1 <= seconds <= MAX_STEP_SECONDS:
        raise StreamlitValueOutOfRangeError("step", f"{seconds} seconds", "1 second", "23 hours")
    return seconds


def wire_format(seconds: int) -> str:
    return "%H:%M" if seconds % 60 == 0 else "%H:%M:%S"


def time_from_browser(default: time | None, seconds: int) -> Callable[[Any], time | None]:
    def deserialize(raw: Any) -> time | None:
        if not isinstance(raw, str):
            return default
        for pattern in ("%H:%M:%S", "%H:%M"):
            try:
                parsed = datetime.strptime(raw, pattern).time()
                break
            except ValueError:
                continue
        else:
            return default
        return parsed.replace(second=0, microsecond=0) if seconds % 60 == 0 else parsed

    return deserialize


def time_to_browser(seconds: int) -> Callable[[Any], str | None]:
    def serialize(value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, datetime):
            value = value.time()
        # Called through the class, as Streamlit does, so a wrong type gives its TypeError.
        return time.strftime(value, wire_format(seconds))

    return serialize


class TimeInputMixin(ElementHost):
    def time_input(
        self,
        label: Any,
        value: Any = "now",
        key: Any = None,
        help: Any = None,
        on_change: Any = "rerun",
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        required: bool = False,
        label_visibility: str = "visible",
        step: int | timedelta = DEFAULT_STEP,
        format: str = "24h",
        width: Any = "stretch",
        bind: Any = None,
        persist_state: Any = None,
    ) -> time | None:
        """A time field; ``value="now"`` is fixed when the widget first appears."""
        callback = validate_callback(on_change, supported_modes=ON_CHANGE_MODES)
        check_label_visibility(label_visibility)
        label_text = "" if label is None else str(label)
        default = None if value is None else to_time(value)
        rough_step = int(step.total_seconds()) if isinstance(step, timedelta) else step if isinstance(step, int) else 0
        if default is not None and rough_step > 0 and rough_step % 60 == 0:
            default = default.replace(second=0, microsecond=0)
        if key_holds_none(key):
            default = None
        seconds = step_seconds(step)
        if format not in TIME_FORMATS:
            raise StreamlitValueError("format", TIME_FORMATS)
        widget = register(
            self,
            WidgetSpec(
                non_default_value=value is not None and not (isinstance(value, str) and value == "now"),
                element=TIME_INPUT,
                key=key,
                identity_params={
                    "label": label_text,
                    "value": default if isinstance(value, datetime | time) else value,
                    "help": help,
                    "step": step,
                    "width": width,
                    "required": required,
                },
                keyed_identity_params={"step": step},
                deserialize=time_from_browser(default, seconds),
                serialize=time_to_browser(seconds),
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
                url=UrlValue(STRING, clearable=value is None),
            ),
        )
        check_width(width, allow_content=False)
        props: dict[str, Any] = {}
        serialize = time_to_browser(seconds)
        props.update({"step": seconds, "format": format, "default": serialize(default)})
        if required:
            props["required"] = True
        show_widget(self, widget, props, browser_value=serialize(widget.value))
        return widget.value
