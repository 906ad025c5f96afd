"""``st.datetime_input``: a date and a time of day in one field (Streamlit 1.67).

Values are naive datetimes without seconds. The browser exchanges a list holding one ISO
datetime, ``["2025-11-19T16:45"]`` (none when empty), as Streamlit's page does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from wasmlit.catalogue import DATETIME_INPUT
from wasmlit.elements.host import ElementHost
from wasmlit.elements.layout_params import check_width
from wasmlit.errors import (
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    StreamlitValueOutOfRangeError,
)
from wasmlit.widgets.date_values import adjust_years, check_date_format
from wasmlit.widgets.input_common import key_holds_none, reset_widget_value
from wasmlit.widgets.registration import (
    ON_CHANGE_MODES,
    WidgetSpec,
    check_label_visibility,
    claim_widget_id,
    register_claimed,
    show_widget,
    validate_callback,
)
from wasmlit.widgets.url_binding import STRING_ARRAY, UrlValue

DEFAULT_STEP = timedelta(minutes=15)
_MIN_BOUND_TIME = time(0, 0)
_MAX_BOUND_TIME = time(23, 59)
_WIRE_FORMATS = ("%Y-%m-%dT%H:%M", "%Y/%m/%d, %H:%M")
_TEXT_FORMATS = ("%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S")


def _minutes(value: datetime) -> datetime:
    """Seconds, microseconds and the time zone dropped, as Streamlit normalises values."""
    return value.replace(tzinfo=None, second=0, microsecond=0)


def _combine(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock.replace(second=0, microsecond=0, tzinfo=None))


def _from_text(text: str, fallback_date: date, fallback_time: time) -> datetime | None:
    stripped = text.strip()
    try:
        return _minutes(datetime.fromisoformat(stripped))
    except ValueError:
        pass
    for pattern in _TEXT_FORMATS:
        try:
            return _minutes(datetime.strptime(stripped, pattern))
        except ValueError:
            continue
    try:
        return _combine(date.fromisoformat(stripped), fallback_time)
    except ValueError:
        pass
    try:
        return _combine(fallback_date, time.fromisoformat(stripped))
    except ValueError:
        return None


def to_datetime(value: Any, *, fallback_date: date, fallback_time: time) -> datetime:
    """Streamlit's ``_convert_datetimelike_to_datetime``: "now", a datetime, a date (at the
    fallback time), a time (on the fallback date) or an ISO string."""
    if isinstance(value, str) and value == "now":
        return _minutes(datetime.now())
    if isinstance(value, datetime):
        return _minutes(value)
    if isinstance(value, date):
        return _combine(value, fallback_time)
    if isinstance(value, time):
        return _combine(fallback_date, value)
    if isinstance(value, str):
        parsed = _from_text(value, fallback_date, fallback_time)
        if parsed is not None:
            return parsed
    raise StreamlitInvalidParameterTypeError("value", 'datetime, date, time, ISO string, "now"', type(value).__name__)


def iso_minutes(value: datetime) -> str:
    """``YYYY-MM-DDTHH:MM`` with a four-digit year (strftime does not pad years below 1000).

    >>> iso_minutes(datetime(987, 6, 5, 4, 3, 2))
    '0987-06-05T04:03'
    """
    value = _minutes(value)
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}T{value.hour:02d}:{value.minute:02d}"


@dataclass(frozen=True)
class DateTimeSettings:
    """The parsed default and bounds (Streamlit's ``_DateTimeInputValues``)."""

    value: datetime | None
    min: datetime
    max: datetime

    @classmethod
    def from_arguments(cls, value: Any, min_value: Any, max_value: Any) -> DateTimeSettings:
        today = date.today()
        parsed = None if value is None else to_datetime(value, fallback_date=today, fallback_time=_MIN_BOUND_TIME)
        base = parsed.date() if parsed is not None else today
        low = (
            _combine(adjust_years(base, -10), _MIN_BOUND_TIME)
            if min_value is None
            else to_datetime(min_value, fallback_date=base, fallback_time=_MIN_BOUND_TIME)
        )
        high = (
            _combine(adjust_years(base, 10), _MAX_BOUND_TIME)
            if max_value is None
            else to_datetime(max_value, fallback_date=base, fallback_time=_MAX_BOUND_TIME)
        )
        if low > high:
            raise StreamlitInvalidMinMaxError(
                f"The `min_value`, set to {low}, cannot be greater than the `max_value`, set to {high}."
            )
        if parsed is not None and parsed < low:
            raise StreamlitValueBelowMinError(parsed, low)
        if parsed is not None and parsed > high:
            raise StreamlitValueAboveMaxError(parsed, high)
        return cls(parsed, low, high)


@dataclass(frozen=True)
class DateTimeValues:
    """Streamlit's ``DateTimeInputSerde``: unreadable or out-of-bounds texts give the default."""

    default: datetime | None
    min: datetime
    max: datetime

    def deserialize(self, raw: Any) -> datetime | None:
        if not raw:
            return self.default
        for pattern in _WIRE_FORMATS:
            try:
                parsed = _minutes(datetime.strptime(raw[0], pattern))
                break
            except (TypeError, ValueError):
                continue
        else:
            return self.default
        return parsed if self.min <= parsed <= self.max else self.default

    def serialize(self, value: Any) -> list[str]:
        return [] if value is None else [iso_minutes(value)]


def check_step(step: Any) -> int:
    """``step`` in whole seconds: an int or a timedelta of 60 seconds to 23 hours."""
    if isinstance(step, bool) or not isinstance(step, int | timedelta):
        raise StreamlitInvalidParameterTypeError("step", "int, timedelta", type(step).__name__)
    seconds = int(step.total_seconds()) if isinstance(step, timedelta) else step
    if not 60 <= seconds <= timedelta(hours=23).seconds:
        raise StreamlitValueOutOfRangeError("step", f"{seconds} seconds", "60 seconds", "23 hours")
    return seconds


def _identity_value(value: Any, settings: DateTimeSettings) -> Any:
    """A datetime-like default as its ISO text; "now", strings and None as given."""
    if isinstance(value, datetime | date | time):
        return None if settings.value is None else iso_minutes(settings.value)
    return value


class DateTimeInputMixin(ElementHost):
    def datetime_input(
        self,
        label: Any,
        value: Any = "now",
        min_value: Any = None,
        max_value: Any = None,
        *,
        key: Any = None,
        help: Any = None,
        on_change: Any = "rerun",
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        format: str = "YYYY/MM/DD",
        step: int | timedelta = DEFAULT_STEP,
        disabled: bool = False,
        required: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
        bind: Any = None,
        persist_state: Any = None,
    ) -> datetime | None:
        """A date and time field; ``value="now"`` is fixed when the widget first appears."""
        callback = validate_callback(on_change, supported_modes=ON_CHANGE_MODES)
        check_label_visibility(label_visibility)
        settings = DateTimeSettings.from_arguments(value, min_value, max_value)
        min_text, max_text = iso_minutes(settings.min), iso_minutes(settings.max)
        # A key holding None in Session State starts the widget empty.
        shown_default = None if key_holds_none(key) else settings.value
        values = DateTimeValues(shown_default, settings.min, settings.max)
        spec = WidgetSpec(
            non_default_value=value is not None and not (isinstance(value, str) and value == "now"),
            element=DATETIME_INPUT,
            key=key,
            identity_params={
                "label": "" if label is None else str(label),
                "value": _identity_value(value, settings),
                "min_value": min_text,
                "max_value": max_text,
                "help": help,
                "format": format,
                "step": step,
                "width": width,
                "required": required,
            },
            keyed_identity_params={"format": format, "step": step},
            deserialize=values.deserialize,
            serialize=values.serialize,
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
            url=UrlValue(STRING_ARRAY, clearable=value is None),
        )
        claimed = claim_widget_id(self, spec)
        check_date_format(format)
        seconds = check_step(step)
        widget = register_claimed(spec, claimed)
        current = widget.value
        explicit_bounds = min_value is not None or max_value is not None
        if current is not None and explicit_bounds and not settings.min <= current <= settings.max:
            current = settings.value
            widget = reset_widget_value(widget, current)
        check_width(width, allow_content=False)
        props: dict[str, Any] = {
            "format": format,
            "min": min_text,
            "max": max_text,
            "step": seconds,
            "default": values.serialize(shown_default),
        }
        if required:
            props["required"] = True
        show_widget(self, widget, props, browser_value=values.serialize(current))
        return current
