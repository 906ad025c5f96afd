"""``st.toast``: a short message in the corner of the page, independent of the element tree.

A toast is an event, not an element: it is sent to the page when the call happens (even
mid-run) and disappears on its own after its duration, whatever later runs draw.
"""

from __future__ import annotations

import itertools
from typing import Any

from wasmlit.elements.host import ElementHost
from wasmlit.errors import StreamlitMissingRequiredParameterError, StreamlitValueError
from wasmlit.runtime.outbox import send_to_page
from wasmlit.runtime.protocol import ToastMessage
from wasmlit.string_util import clean_text

DURATIONS = {"short": 4, "long": 10, "infinite": 0}
_toast_ids = itertools.count(1)


def toast_seconds(duration: Any) -> int:
    """Seconds on screen (0: until closed).

    >>> toast_seconds("long"), toast_seconds(3), toast_seconds("infinite")
    (10, 3, 0)
    """
    if isinstance(duration, str) and duration in DURATIONS:
        return DURATIONS[duration]
    if isinstance(duration, int) and not isinstance(duration, bool) and duration > 0:
        return duration
    raise StreamlitValueError("duration", "short, long, infinite, a positive integer")


def _send(toast_id: int, body: Any, icon: Any, duration: Any) -> None:
    text = clean_text(body)
    if str(body) == "":
        raise StreamlitMissingRequiredParameterError("The `body` parameter is required. Please provide a message.")
    send_to_page(
        ToastMessage(
            id=toast_id, body=text, icon="" if icon is None else str(icon).strip(), duration=toast_seconds(duration)
        )
    )


class ToastHandle:
    """What ``st.toast`` returns: calling ``.toast()`` on it replaces that toast's message."""

    def __init__(self, toast_id: int) -> None:
        self._toast_id = toast_id

    def toast(self, body: Any, *, icon: Any = None, duration: Any = "short") -> ToastHandle:
        _send(self._toast_id, body, icon, duration)
        return self


class ToastMixin(ElementHost):
    def toast(self, body: Any, *, icon: Any = None, duration: Any = "short") -> ToastHandle:
        """Show a toast for ``duration`` ("short" 4 s, "long" 10 s, "infinite", or seconds)."""
        from wasmlit.runtime import context

        context.yield_point()
        handle = ToastHandle(next(_toast_ids))
        return handle.toast(body, icon=icon, duration=duration)
