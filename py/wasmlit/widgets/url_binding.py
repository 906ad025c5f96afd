"""``bind="query-params"``: a widget's value lives in the address under its key (Streamlit 1.67).

The rules are Streamlit's ``SessionState`` ones. On a widget's first registration (a
first load, or the widget appearing) a param in the address seeds its value, unless the
script assigned the key in a later run; an invalid value, or one equal to the default,
is removed from the address. A value the script sets through Session State is written to
the address; a value equal to the default leaves it. The page writes the user's changes
itself (``web/widgets/query_binding.js``), as Streamlit's page does, so Python only
forgets a param the page already removed.

Each widget says how its value looks in the address with a ``UrlValue``: Streamlit's
value type (the page's value is Streamlit's wire value, so its parser applies as is).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from wasmlit.query_params import QueryParams
from wasmlit.runtime.state.session_state import SessionState, WidgetMetadata

BOOL = "bool_value"
STRING = "string_value"
DOUBLE = "double_value"
STRING_ARRAY = "string_array_value"
DOUBLE_ARRAY = "double_array_value"
_ARRAYS = (STRING_ARRAY, DOUBLE_ARRAY)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_TIME_BASE_DATE = date(2000, 1, 1)


@dataclass(frozen=True)
class UrlValue:
    """How a widget's value is written in the address."""

    value_type: str
    # An empty param (``?k=``) empties the widget (otherwise it is removed as invalid).
    clearable: bool
    # The option texts a value must be one of (selection widgets).
    options: Sequence[str] | None = None
    max_length: int | None = None
    allow_duplicates: bool = False

    def page_binding(self, key: str, default: Any) -> dict[str, Any]:
        """What the page needs to write the widget's value into the address."""
        return {"key": key, "default": default, "clearable": self.clearable}


def is_empty(value: str | list[str]) -> bool:
    if isinstance(value, list):
        return len(value) > 0 and all(item == "" for item in value)
    return value == ""


def _micros(moment: datetime) -> float:
    delta = moment - _EPOCH
    return float(delta.microseconds + (delta.seconds + delta.days * 86400) * 1_000_000)


def iso_to_micros(text: str) -> float | None:
    """A date, time or datetime slider value written as ISO text (``2024-01-02``, ``08:30``).

    >>> iso_to_micros("1970-01-02"), iso_to_micros("nope")
    (86400000000.0, None)
    """
    try:
        if "T" in text:
            moment = datetime.fromisoformat(text)
            return None if moment.tzinfo is not None else _micros(moment.replace(tzinfo=UTC))
        if "-" in text:
            return _micros(datetime.combine(date.fromisoformat(text), time(), tzinfo=UTC))
        if ":" in text:
            clock = time.fromisoformat(text)
            return None if clock.tzinfo is not None else _micros(datetime.combine(_TIME_BASE_DATE, clock, tzinfo=UTC))
    except ValueError:
        return None
    return None


def _non_empty(value: str | list[str]) -> list[str]:
    return [part for part in (value if isinstance(value, list) else [value]) if part != ""]


def parse_url_param(value: str | list[str], value_type: str) -> Any:
    """Streamlit's ``parse_url_param``: the address's text as the page's value."""
    last = value[-1] if isinstance(value, list) else value
    if is_empty(value):
        return [] if value_type in _ARRAYS else "" if value_type == STRING else None
    if value_type == BOOL:
        if last.lower() in ("true", "false"):
            return last.lower() == "true"
        raise ValueError(f"Invalid boolean value: {last}")
    if value_type == DOUBLE:
        return float(last)
    if value_type == STRING_ARRAY:
        return _non_empty(value)
    if value_type == DOUBLE_ARRAY:
        numbers: list[float | str] = []
        for part in _non_empty(value):
            try:
                numbers.append(float(part))
            except ValueError:
                micros = iso_to_micros(part)
                numbers.append(part if micros is None else micros)
        return numbers
    return last


def _number_text(value: Any) -> str:
    if isinstance(value, float) and math.isfinite(value) and value == int(value):
        return str(int(value))
    return str(value)


def url_text(value: Any, value_type: str) -> str | list[str]:
    """A value of the page's form as the address holds it (Streamlit's ``_coerce_value_for_query_url``)."""
    if value_type in _ARRAYS:
        items = value if isinstance(value, list | tuple) else [value]
        texts = [_number_text(item) if value_type == DOUBLE_ARRAY else str(item) for item in items]
        return texts if isinstance(value, list | tuple) else texts[0]
    if value_type == BOOL and isinstance(value, bool):
        return str(value).lower()
    return str(value)


def _sanitized(parsed: list[str], url: UrlValue) -> list[str] | None:
    """Valid options only, without repeats, at most ``max_length``; None if nothing changed."""
    result = [item for item in parsed if url.options is None or item in url.options]
    if not url.allow_duplicates:
        result = list(dict.fromkeys(result))
    if url.max_length and len(result) > url.max_length:
        result = result[: url.max_length]
    return result if result != parsed else None


@dataclass(frozen=True)
class QueryParamBinding:
    """One bound widget's registration, for ``SessionState.register_widget``."""

    query: QueryParams
    url: UrlValue

    def seed(self, state: SessionState, metadata: WidgetMetadata, user_key: str) -> bool:
        self.query.bind(user_key, metadata.id)
        if state.has_browser_value(metadata.id) and not metadata.disabled:
            return False
        if state.had_value(metadata.id) and state.assigned_this_run(user_key):
            return False
        raw = self.query.initial_value(user_key)
        if raw is None:
            return False
        value = self._value_from(raw, metadata)
        if value is _INVALID:
            self.query.remove_param(user_key)
            return False
        state.seed(metadata.id, user_key, value)
        self._correct(user_key, raw, metadata, value)
        return True

    def _value_from(self, raw: str | list[str], metadata: WidgetMetadata) -> Any:
        """The widget's value for an address text, or ``_INVALID`` (then the param goes)."""
        if is_empty(raw) and not self.url.clearable:
            return _INVALID
        try:
            parsed = parse_url_param(raw, self.url.value_type)
            value = metadata.deserialize(parsed)
            default = metadata.deserialize(None)
            if value == default or (isinstance(value, list) and not value and parsed):
                return _INVALID
            if (
                self.url.value_type == STRING
                and isinstance(parsed, str)
                and parsed not in (self.url.options or [parsed])
            ):
                return _INVALID
            if self.url.value_type == STRING_ARRAY and isinstance(parsed, list):
                cleaned = _sanitized(parsed, self.url)
                if cleaned is not None:
                    value = metadata.deserialize(cleaned) if cleaned else _INVALID
                    if value == default:
                        return _INVALID
            return value
        except (ValueError, TypeError, IndexError):
            return _INVALID

    def _correct(self, user_key: str, raw: str | list[str], metadata: WidgetMetadata, value: Any) -> None:
        """A clamped or filtered value is written back as the widget holds it."""
        parsed = parse_url_param(raw, self.url.value_type)
        serialized = metadata.serialize(value)
        if serialized != parsed:
            self.query.set_bound_value(user_key, url_text(serialized, self.url.value_type))

    def sync(self, state: SessionState, metadata: WidgetMetadata, user_key: str, value: Any, seeded: bool) -> bool:
        """Streamlit's sync after value resolution; True when a kept value was restored."""
        assigned = state.assigned_this_run(user_key) and not seeded
        known = state.had_value(metadata.id) or state.had_value(user_key)
        if value != metadata.deserialize(None):
            text = url_text(metadata.serialize(value), self.url.value_type)
            if (
                state.had_value(user_key)
                and not self.query.has_param(user_key)
                and not state.assigned_this_run(user_key)
            ):
                # The widget came back with a kept value: the address shows it again.
                self.query.set_bound_value(user_key, text)
                return True
            if assigned and known:
                self.query.set_bound_value(user_key, text)
        elif assigned and known and self.query.has_param(user_key):
            self.query.remove_param(user_key)
        else:
            self.query.discard_param(user_key)
        return False


class _Invalid:
    pass


_INVALID: Any = _Invalid()
