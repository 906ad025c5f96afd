"""Value rules shared by ``st.text_input`` and ``st.text_area``."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitValueOutOfRangeError
from wasmlit.widgets.input_common import with_detail

DEFAULT_LIVE_DEBOUNCE_MS = 250
MAX_LIVE_DEBOUNCE_MS = 60_000
_DURATION = re.compile(r"^\s*(\d+(?:\.\d*)?|\.\d+)\s*(ms|milliseconds?|s|sec|seconds?|m|min|minutes?)\s*$")
_SECONDS_PER_UNIT = {"ms": 0.001, "s": 1.0, "m": 60.0}
# Protobuf's uint32 field: what Streamlit accepts for max_chars.
_MAX_UINT32 = 2**32 - 1


def text_from_browser(default: str | None, max_chars: int | None) -> Callable[[Any], str | None]:
    """The browser's text, cut to ``max_chars``; the default (also cut) when there is none.

    >>> text_from_browser("abcdef", 3)(None)
    'abc'
    """

    def deserialize(raw: Any) -> str | None:
        text = raw if isinstance(raw, str) else default
        if text is not None and max_chars is not None:
            text = text[:max_chars]
        return text

    return deserialize


def text_to_browser(value: Any) -> Any:
    return value


def check_text_value_for_browser(value: Any) -> None:
    """A non-string set through Session State cannot reach the browser (Streamlit's protobuf
    refuses it with this TypeError)."""
    if value is not None and not isinstance(value, str):
        raise TypeError("bad argument type for built-in operation")


def check_max_chars(max_chars: Any) -> None:
    """The checks Streamlit's protobuf field applies to ``max_chars``."""
    if max_chars is None:
        return
    if not isinstance(max_chars, int):
        raise TypeError(f"'{type(max_chars).__name__}' object cannot be interpreted as an integer")
    if max_chars < 0 or max_chars > _MAX_UINT32:
        raise ValueError(f"Value out of range: {max_chars}")


def _duration_seconds(text: str) -> float:
    match = _DURATION.match(text)
    if match is None:
        raise StreamlitAPIException(
            "Time string doesn't look right. It should be formatted as `'1d2h34m'` or `2 days`, for example. "
            f"Got: {text}"
        )
    unit = match.group(2)
    unit_key = "ms" if unit.startswith("milli") or unit == "ms" else unit[0]
    return float(match.group(1)) * _SECONDS_PER_UNIT[unit_key]


def live_debounce_ms(live: Any) -> int | None:
    """``live`` as a debounce in milliseconds; None when typing does not commit.

    >>> live_debounce_ms(True), live_debounce_ms("0.5s"), live_debounce_ms(False)
    (250, 500, None)
    """
    if live is False:
        return None
    if live is True:
        return DEFAULT_LIVE_DEBOUNCE_MS
    if isinstance(live, int | float | timedelta):
        raise with_detail(
            StreamlitInvalidParameterTypeError("live", "bool, str", type(live).__name__),
            "A number or `datetime.timedelta` is not accepted. Use `True` for a 250ms pause, or a duration string "
            "like `'300ms'` or `'0.5s'`. `live=300` is not milliseconds (and `live=0.3` is not seconds); duration "
            "units must be explicit.",
        )
    if not isinstance(live, str):
        raise StreamlitInvalidParameterTypeError("live", "bool, str", type(live).__name__)
    seconds = _duration_seconds(live)
    debounce = round(seconds * 1000.0)
    if seconds > 0 and debounce == 0:
        debounce = 1
    if debounce > MAX_LIVE_DEBOUNCE_MS:
        raise with_detail(
            StreamlitValueOutOfRangeError("live", live, "0ms", "1m"),
            "Use `True` for the 250ms default, `'0ms'` to commit on every change, or a duration string up to `'1m'`.",
        )
    return debounce
