"""How ``st.slider`` turns its arguments into a range, a step and page numbers.

The page works with plain numbers: ints and floats as they are; dates, times and
datetimes as microseconds since 1970-01-01 (a time sits on 2000-01-01, a datetime's
wall clock is read as UTC and its tzinfo restored on the way back), as Streamlit does.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from numbers import Integral, Real
from typing import Any

from wasmlit.errors import (
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitJSNumberBoundsError,
    StreamlitValueError,
)
from wasmlit.widgets.input_common import with_detail

INT = "int"
FLOAT = "float"
DATE = "date"
TIME = "time"
DATETIME = "datetime"
TIMELIKE = (DATE, TIME, DATETIME)

# Order matters: bool is Integral, every Integral is Real, every datetime is a date.
SCALAR_TYPES: tuple[type, ...] = (Integral, Real, datetime, date, time)

MAX_SAFE_INTEGER = (1 << 53) - 1
MAX_FLOAT = 1.7976931348623157e308
_MICROS_PER_SECOND = 1_000_000
_MICROS_PER_DAY = 24 * 60 * 60 * _MICROS_PER_SECOND
_UTC_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SAFE_SPAN = timedelta(microseconds=MAX_SAFE_INTEGER)
MIN_SAFE_DAY = (datetime(1970, 1, 1) - _SAFE_SPAN).date() + timedelta(days=1)
MAX_SAFE_DAY = (datetime(1970, 1, 1) + _SAFE_SPAN).date() - timedelta(days=1)


def data_type_of(value: Any) -> str:
    """INT, FLOAT, DATETIME, DATE or TIME; a KeyError like Streamlit's for anything else."""
    if isinstance(value, Integral):
        return INT
    if isinstance(value, Real):
        return FLOAT
    by_class = {datetime: DATETIME, date: DATE, time: TIME}
    return by_class[type(value)]


def delta_to_micros(delta: timedelta) -> int:
    return delta.microseconds + delta.seconds * _MICROS_PER_SECOND + delta.days * _MICROS_PER_DAY


def datetime_to_micros(moment: datetime) -> int:
    return delta_to_micros(moment.replace(tzinfo=UTC) - _UTC_EPOCH)


def micros_to_datetime(micros: int, original_tz: tzinfo | None) -> datetime:
    return (_UTC_EPOCH + timedelta(microseconds=micros)).replace(tzinfo=original_tz)


def time_to_datetime(moment: time) -> datetime:
    return datetime.combine(date(2000, 1, 1), moment)


def date_to_datetime(day: date) -> datetime:
    return datetime.combine(day, time())


def window_around(anchor: Any, window: timedelta) -> tuple[Any, Any]:
    """``anchor`` -/+ ``window``, kept inside what the page can represent (default date bounds)."""
    if isinstance(anchor, datetime):
        floor: Any = datetime.combine(MIN_SAFE_DAY, time.min, tzinfo=anchor.tzinfo)
        ceiling: Any = datetime.combine(MAX_SAFE_DAY, time.max, tzinfo=anchor.tzinfo)
    else:
        floor, ceiling = MIN_SAFE_DAY, MAX_SAFE_DAY
    try:
        low = min(anchor, max(anchor - window, floor))
    except OverflowError:
        low = anchor
    try:
        high = max(anchor, min(anchor + window, ceiling))
    except OverflowError:
        high = anchor
    return low, high


def check_js_int(value: int, name: str) -> None:
    if value < -MAX_SAFE_INTEGER:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be >= -((1 << 53) - 1)")
    if value > MAX_SAFE_INTEGER:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be <= (1 << 53) - 1")


def check_js_float(value: float, name: str) -> None:
    if value < -MAX_FLOAT:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be >= -1.797e+308")
    if value > MAX_FLOAT:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be <= 1.797e+308")


@dataclass(frozen=True)
class SliderCodec:
    """One run's slider: its range in page numbers and how values cross to the page."""

    data_type: str
    single_value: bool
    default: list[Any]
    min_number: float
    max_number: float
    step_number: float
    original_tz: tzinfo | None

    def from_number(self, number: Any) -> Any:
        if self.data_type == INT:
            return int(number)
        if self.data_type == FLOAT:
            return float(number)
        moment = micros_to_datetime(int(number), self.original_tz)
        if self.data_type == DATE:
            return moment.date()
        if self.data_type == TIME:
            return moment.time().replace(tzinfo=self.original_tz)
        return moment

    def deserialize(self, raw: Any) -> Any:
        """Page numbers -> value; a wrong count or out-of-range number falls back to the default."""
        numbers = self.default
        if raw is not None and len(raw) == (1 if self.single_value else 2):
            in_range = all(math.isfinite(number) and self.min_number <= number <= self.max_number for number in raw)
            numbers = list(raw) if in_range else self.default
        values = [self.from_number(number) for number in numbers]
        return values[0] if self.single_value else tuple(values)

    def serialize(self, value: Any) -> list[Any]:
        items = list(value) if isinstance(value, list | tuple) else [value]
        if self.data_type == DATE:
            return [datetime_to_micros(date_to_datetime(item)) for item in items]
        if self.data_type == TIME:
            return [datetime_to_micros(time_to_datetime(item)) for item in items]
        if self.data_type == DATETIME:
            return [datetime_to_micros(item) for item in items]
        return [float(item) for item in items]


def _same_types(prepared: Sequence[Any]) -> None:
    kinds = {data_type_of(item) for item in prepared}
    if len(kinds) > 1:
        raise StreamlitInvalidParameterTypeError(
            "value",
            "list or tuple containing values of the same type",
            ", ".join(type(item).__name__ for item in prepared),
        )


def _check_value_shape(value: Any) -> tuple[bool, list[Any]]:
    """(single, values as a list) for a scalar or a list/tuple of up to two scalars."""
    if isinstance(value, SCALAR_TYPES):
        return True, [value]
    if isinstance(value, list | tuple) and len(value) in (0, 1, 2):
        return False, list(value)
    if isinstance(value, list | tuple):
        raise StreamlitValueError(
            "value",
            "int, float, date, time, datetime, a list containing up to two such values, "
            "a tuple containing up to two such values",
        )
    raise StreamlitInvalidParameterTypeError(
        "value", "int, float, date, time, datetime, list, tuple", type(value).__name__
    )


def default_value(value: Any, min_value: Any, max_value: Any, session_value: tuple[bool, Any]) -> Any:
    """``value=None``: the minimum, or the whole range if the key holds a pair in Session State."""
    if value is not None:
        return value
    present, state_value = session_value
    single = isinstance(state_value, SCALAR_TYPES) if present else True
    if single:
        return min_value if min_value is not None else 0
    return [min_value if min_value is not None else 0, max_value if max_value is not None else 100]


def _defaults(data_type: str, prepared: Sequence[Any]) -> dict[str, Any]:
    if data_type == INT:
        return {"min_value": 0, "max_value": 100, "step": 1, "format": "%d"}
    if data_type == FLOAT:
        return {"min_value": 0.0, "max_value": 1.0, "step": 0.01, "format": "%0.2f"}
    if data_type == TIME:
        zone = prepared[0].tzinfo
        return {
            "min_value": time.min.replace(tzinfo=zone),
            "max_value": time.max.replace(tzinfo=zone),
            "step": timedelta(minutes=15),
            "format": "HH:mm",
        }
    low, high = window_around(prepared[0], timedelta(days=14))
    return {"min_value": low, "max_value": high, "step": timedelta(days=1), "format": "YYYY-MM-DD"}


def _check_step(step: Any) -> None:
    if isinstance(step, timedelta):
        if step == timedelta(0):
            raise with_detail(StreamlitValueError("step", "a timedelta"), "Zero is not allowed.")
    elif step == 0:
        raise with_detail(StreamlitValueError("step", "a number"), "Zero is not allowed.")


def _check_argument_types(data_type: str, value: Any, min_value: Any, max_value: Any, step: Any) -> None:
    arguments = (min_value, max_value, step)
    int_args = all(isinstance(argument, Integral) for argument in arguments)
    float_args = all(isinstance(a, Real) and not isinstance(a, Integral) for a in arguments)
    timelike_args = data_type in TIMELIKE and isinstance(step, timedelta) and type(min_value) is type(max_value)
    if not int_args and not float_args and not timelike_args:
        raise StreamlitInvalidParameterTypeError(
            "value",
            "matching numeric types, matching date/time types",
            f"min_value={type(min_value).__name__}, max_value={type(max_value).__name__}, step={type(step).__name__}",
        )
    matches = (
        (data_type == INT and int_args)
        or (data_type == FLOAT and float_args)
        or (data_type in TIMELIKE and timelike_args)
    )
    if not matches:
        raise StreamlitInvalidParameterTypeError(
            "value",
            "value and arguments with matching types",
            f"value={type(value).__name__}, min_value={type(min_value).__name__}, max_value={type(max_value).__name__}",
        )


@dataclass(frozen=True)
class PreparedSlider:
    codec: SliderCodec
    format: str


def prepare_slider(value: Any, min_value: Any, max_value: Any, step: Any, number_format: Any) -> PreparedSlider:
    """Streamlit's defaults, checks, range widening and conversion to page numbers, in its order."""
    single, prepared = _check_value_shape(value)
    _same_types(prepared)
    data_type = INT if not prepared else data_type_of(prepared[0])
    defaults = _defaults(data_type, prepared)
    if min_value is None:
        min_value = defaults["min_value"]
    if max_value is None:
        max_value = defaults["max_value"]
    if step is None:
        step = defaults["step"]
        if data_type in (DATETIME, DATE) and abs(max_value - min_value) < timedelta(days=1):
            step = timedelta(minutes=15)
    if number_format is None:
        number_format = defaults["format"]
    _check_step(step)
    _check_argument_types(data_type, value, min_value, max_value, step)

    if min_value > max_value:
        min_value, max_value = max_value, min_value
    if len(prepared) == 1:
        min_value = min(prepared[0], min_value)
        max_value = max(prepared[0], max_value)
    elif len(prepared) == 2:
        start, end = prepared
        if start > end:
            start, end = end, start
        prepared = [start, end]
        min_value = min(start, min_value)
        max_value = max(end, max_value)
    else:
        prepared = [min_value, max_value]

    if data_type == INT:
        check_js_int(min_value, "`min_value`")
        check_js_int(max_value, "`max_value`")
    elif data_type == FLOAT:
        check_js_float(min_value, "`min_value`")
        check_js_float(max_value, "`max_value`")
    return PreparedSlider(_to_numbers(data_type, single, prepared, min_value, max_value, step), str(number_format))


def _to_numbers(
    data_type: str, single: bool, prepared: list[Any], min_value: Any, max_value: Any, step: Any
) -> SliderCodec:
    if data_type == TIME:
        prepared = [time_to_datetime(item) for item in prepared]
        min_value, max_value = time_to_datetime(min_value), time_to_datetime(max_value)
    if data_type == DATE:
        prepared = [date_to_datetime(item) for item in prepared]
        min_value, max_value = date_to_datetime(min_value), date_to_datetime(max_value)
    if min_value == max_value:
        raise StreamlitInvalidMinMaxError(
            f"The `min_value` and `max_value` parameters are both set to {min_value}. They must not be equal."
        )
    original_tz = None
    if data_type in TIMELIKE:
        original_tz = prepared[0].tzinfo if data_type in (TIME, DATETIME) else None
        prepared = [datetime_to_micros(item) for item in prepared]
        min_value, max_value = datetime_to_micros(min_value), datetime_to_micros(max_value)
        step = delta_to_micros(step)
        for name, micros in (("`min_value`", min_value), ("`max_value`", max_value)):
            if abs(micros) > MAX_SAFE_INTEGER:
                raise StreamlitJSNumberBoundsError(
                    f"{name} is too far from 1970 for Streamlit to represent exactly. Use a value between "
                    f"{MIN_SAFE_DAY:%Y-%m-%d} and {MAX_SAFE_DAY:%Y-%m-%d}."
                )
    return SliderCodec(
        data_type=data_type,
        single_value=single,
        default=list(prepared),
        min_number=min_value,
        max_number=max_value,
        step_number=step,
        original_tz=original_tz,
    )
