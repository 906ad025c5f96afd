"""Dates for ``st.date_input``: parsing the arguments, the bounds, and the browser's form.

The browser exchanges a list of ISO dates (``["2024-01-02"]``; two for a range, none
when empty).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from wasmlit.errors import (
    StreamlitInvalidMinMaxError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    StreamlitValueError,
)

DATE_FORMATS = (
    "YYYY/MM/DD",
    "DD/MM/YYYY",
    "MM/DD/YYYY",
    "YYYY.MM.DD",
    "DD.MM.YYYY",
    "MM.DD.YYYY",
    "YYYY-MM-DD",
    "DD-MM-YYYY",
    "MM-DD-YYYY",
)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def check_date_format(date_format: Any) -> None:
    if not isinstance(date_format, str):
        raise StreamlitInvalidParameterTypeError("format", "str", type(date_format).__name__)
    if date_format not in DATE_FORMATS:
        raise StreamlitValueError("format", DATE_FORMATS, provided=repr(date_format))


def adjust_years(day: date, years: int) -> date:
    """``day`` moved by whole years; 29 February becomes the 28th, and the range saturates.

    >>> adjust_years(date(2024, 2, 29), -10)
    datetime.date(2014, 2, 28)
    """
    target_year = day.year + years
    if target_year > date.max.year:
        return date.max
    if target_year < date.min.year:
        return date.min
    try:
        return day.replace(year=target_year)
    except ValueError:
        return day.replace(year=target_year, day=28)


def to_date(value: Any, parameter: str = "value", expected: str = 'date, datetime, ISO string, "today"') -> date:
    """A date from a date, a datetime, an ISO string or ``"today"``."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        if value == "today":
            return datetime.now().date()
        try:
            return date.fromisoformat(value)
        except ValueError:
            try:
                return datetime.fromisoformat(value).date()
            except ValueError:
                pass
    raise StreamlitInvalidParameterTypeError(parameter, expected, type(value).__name__)


def parse_date_value(value: Any) -> tuple[list[date] | None, bool]:
    """(dates, is_range): a list or tuple of up to two dates makes a range."""
    if value is None:
        return None, False
    if isinstance(value, Sequence) and not isinstance(value, str):
        if len(value) not in (0, 1, 2):
            raise StreamlitInvalidParameterTypeError(
                "value", "date, datetime, sequence of 0 to 2 date or datetime values", type(value).__name__
            )
        return [to_date(item) for item in value], True
    return [to_date(value)], False


def _bound(bound: Any, parameter: str, fallback: date) -> date:
    if bound is None:
        return fallback
    if isinstance(bound, datetime | date | str):
        return to_date(bound, parameter)
    raise StreamlitInvalidParameterTypeError(parameter, "date, datetime, ISO string, None", type(bound).__name__)


@dataclass(frozen=True)
class DateSettings:
    dates: list[date] | None  # the default
    is_range: bool
    min_value: date
    max_value: date

    @classmethod
    def from_arguments(cls, value: Any, min_value: Any, max_value: Any) -> DateSettings:
        dates, is_range = parse_date_value(value)
        lowest = _bound(min_value, "min_value", adjust_years(dates[0] if dates else date.today(), -10))
        highest = _bound(max_value, "max_value", adjust_years(dates[-1] if dates else date.today(), 10))
        if isinstance(value, str) and value == "today" and dates:
            dates = [min(max(dates[0], lowest), highest)]
        if lowest > highest:
            raise StreamlitInvalidMinMaxError(
                f"The `min_value`, set to {lowest}, cannot be greater than the `max_value`, set to {highest}."
            )
        if dates:
            if dates[0] < lowest:
                raise StreamlitValueBelowMinError(dates[0], lowest)
            if dates[-1] > highest:
                raise StreamlitValueAboveMaxError(dates[-1], highest)
        return cls(dates, is_range, lowest, highest)

    def as_return_value(self, dates: Sequence[date] | None) -> Any:
        """What the script gets: a date or None, or a tuple of 0-2 dates for a range."""
        if not dates:
            return () if self.is_range else None
        return tuple(dates) if self.is_range else dates[0]

    def accepts(self, value: Any) -> bool:
        """A kept value still fits explicit bounds (anything that is not a date never does)."""
        if value is None:
            return True
        if self.is_range and isinstance(value, tuple) and value:
            return bool(_as_date(value[0]) >= self.min_value and _as_date(value[-1]) <= self.max_value)
        if not self.is_range and isinstance(value, date):
            return self.min_value <= _as_date(value) <= self.max_value
        return False


def _as_date(value: Any) -> Any:
    return value.date() if isinstance(value, datetime) else value


def iso_date(day: date) -> str:
    """A four-digit-year ISO date (``strftime`` does not pad years below 1000 everywhere)."""
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def dates_to_browser(value: Any) -> list[str]:
    if value is None:
        return []
    days = list(value) if isinstance(value, Sequence) else [value]
    return [iso_date(day) for day in days]


def dates_from_browser(settings: DateSettings) -> Callable[[Any], Any]:
    """The browser's ISO dates; unreadable or out-of-range input gives the default."""

    def deserialize(raw: Any) -> Any:
        if not isinstance(raw, list):
            return settings.as_return_value(settings.dates)
        days: list[date] = []
        for text in raw:
            match = _ISO_DATE.match(text) if isinstance(text, str) else None
            try:
                day = date(int(match.group(1)), int(match.group(2)), int(match.group(3))) if match else None
            except ValueError:
                day = None
            if day is None or not settings.min_value <= day <= settings.max_value:
                return settings.as_return_value(settings.dates)
            days.append(day)
        return settings.as_return_value(days)

    return deserialize
