"""Messages a run sends to the page outside the element tree (page list, address, toasts).

The session puts its ``send`` into the run context; outside a session (bare mode, the
build) messages go nowhere.
"""

from __future__ import annotations

from collections.abc import Callable

from wasmlit.runtime import context
from wasmlit.runtime.protocol import OutgoingMessage

OUTBOX_EXTRA = "outbox"


def send_to_page(message: OutgoingMessage) -> None:
    send: Callable[[str], None] | None = context.current().extras.get(OUTBOX_EXTRA)
    if send is not None:
        send(message.encode())
