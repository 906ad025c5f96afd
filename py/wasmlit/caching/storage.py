"""Where cached results live: one store per cached function, for the tab's life.

The worker runs one session, so "global" and "session" scope are the same store. A
store drops entries older than ``ttl`` and, past ``max_entries``, the least recently
used. ``monotonic`` is looked up at call time so tests can put a fake clock in its place.
"""

from __future__ import annotations

import math
import re
import time
from collections import OrderedDict
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from wasmlit.errors import StreamlitBadTimeStringError

monotonic = time.monotonic

_UNIT_SECONDS = {
    "w": 604800.0,
    "week": 604800.0,
    "weeks": 604800.0,
    "d": 86400.0,
    "day": 86400.0,
    "days": 86400.0,
    "h": 3600.0,
    "hr": 3600.0,
    "hour": 3600.0,
    "hours": 3600.0,
    "m": 60.0,
    "min": 60.0,
    "mins": 60.0,
    "minute": 60.0,
    "minutes": 60.0,
    "s": 1.0,
    "sec": 1.0,
    "secs": 1.0,
    "second": 1.0,
    "seconds": 1.0,
    "ms": 1e-3,
    "millisecond": 1e-3,
    "milliseconds": 1e-3,
    "us": 1e-6,
    "microsecond": 1e-6,
    "microseconds": 1e-6,
    "ns": 1e-9,
    "nanosecond": 1e-9,
    "nanoseconds": 1e-9,
}
_DURATION_PART = re.compile(r"\s*(\d+(?:\.\d*)?|\.\d+)\s*([a-zA-Z]+)\s*,?")
_CLOCK_FORMAT = re.compile(r"^\s*(-?)(\d+):(\d{2}):(\d{2}(?:\.\d+)?)\s*$")


def ttl_seconds(ttl: Any) -> float | None:
    """Seconds from a number, a ``timedelta`` or a string such as ``"1h"``, ``"1d2h34m"``,
    ``"2 days"`` or ``"01:30:00"`` (the forms Streamlit accepts); None means forever.

    >>> ttl_seconds("1d2h34m"), ttl_seconds("2 days"), ttl_seconds("1.5h"), ttl_seconds("00:01:30")
    (95640.0, 172800.0, 5400.0, 90.0)
    >>> ttl_seconds(timedelta(minutes=2)), ttl_seconds(10), ttl_seconds(None)
    (120.0, 10, None)
    """
    if ttl is None:
        return None
    if isinstance(ttl, timedelta):
        return ttl.total_seconds()
    if not isinstance(ttl, str):
        return ttl
    clock = _CLOCK_FORMAT.match(ttl)
    if clock:
        sign, hours, minutes, seconds = clock.groups()
        total = int(hours) * 3600 + int(minutes) * 60 + float(seconds)
        return -total if sign else total
    total = 0.0
    position = 0
    text = ttl.strip()
    while position < len(text):
        part = _DURATION_PART.match(text, position)
        if part is None or part.group(2).lower() not in _UNIT_SECONDS:
            raise StreamlitBadTimeStringError(ttl)
        total += float(part.group(1)) * _UNIT_SECONDS[part.group(2).lower()]
        position = part.end()
    if not text:
        raise StreamlitBadTimeStringError(ttl)
    return total


@dataclass
class _Entry:
    value: Any
    stored_at: float


class _Missing:
    pass


MISSING: Any = _Missing()


class FunctionStore:
    """The results of one cached function, by argument key."""

    def __init__(self, ttl: float | None, max_entries: int | None) -> None:
        self.ttl = math.inf if ttl is None else float(ttl)
        self.max_entries = max_entries
        self._entries: OrderedDict[str, _Entry] = OrderedDict()

    def get(self, key: str) -> Any:
        """The stored value, or ``MISSING`` (also when it outlived its ttl)."""
        entry = self._entries.get(key)
        if entry is None:
            return MISSING
        if monotonic() - entry.stored_at >= self.ttl:
            del self._entries[key]
            return MISSING
        self._entries.move_to_end(key)
        return entry.value

    def set(self, key: str, value: Any) -> None:
        self._entries[key] = _Entry(value, monotonic())
        self._entries.move_to_end(key)
        if self.max_entries is not None:
            while len(self._entries) > max(self.max_entries, 0):
                self._entries.popitem(last=False)

    def delete(self, key: str) -> None:
        self._entries.pop(key, None)

    def clear(self) -> None:
        self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


class CacheRegistry:
    """Every function store of one cache kind (``cache_data`` or ``cache_resource``)."""

    def __init__(self) -> None:
        self._stores: dict[str, FunctionStore] = {}

    def store_for(self, function_key: str, ttl: float | None, max_entries: int | None) -> FunctionStore:
        """The function's store; a decorator whose ttl or max_entries changed starts afresh."""
        store = self._stores.get(function_key)
        wanted_ttl = math.inf if ttl is None else float(ttl)
        if store is None or store.ttl != wanted_ttl or store.max_entries != max_entries:
            store = FunctionStore(ttl, max_entries)
            self._stores[function_key] = store
        return store

    def clear(self) -> None:
        for store in self._stores.values():
            store.clear()
        self._stores.clear()
