"""The dev loop's server: the site, never cached, plus an event stream for open pages.

Open pages (built with ``--serve``) connect to ``/__wasmlit/events`` (server-sent
events). Each event is one JSON object: ``{"kind": "hello", "version": n}`` on connect
(a page built before version ``n`` reloads), ``{"kind": "scripts", "version": n,
"files": {path: text}}`` (the page swaps the files and reruns), ``{"kind": "reload",
"version": n}``.
"""

from __future__ import annotations

import json
import threading
from typing import Any
from urllib.parse import urlsplit

from wasmlit_build.pipeline import DEV_EVENTS_PATH
from wasmlit_build.serve import _IsolatingHandler, _QuietHandler

# A comment line this often keeps proxies and the browser from closing an idle stream.
KEEP_ALIVE_SECONDS = 15.0


class DevChannel:
    """The dev loop's events, for every open page's stream thread to pick up in order."""

    # Events kept for a stream that is busy writing while more arrive (a page that fell
    # further behind reconnects, and its hello makes it reload).
    KEPT = 64

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self.version = 0
        self._events: list[dict[str, Any]] = []
        self.closed = False

    def publish(self, kind: str, **fields: Any) -> int:
        with self._condition:
            self.version += 1
            self._events = [*self._events[-(self.KEPT - 1) :], {"kind": kind, "version": self.version, **fields}]
            self._condition.notify_all()
            return self.version

    def wait_after(self, version: int, timeout: float) -> list[dict[str, Any]]:
        """The events newer than ``version``, waiting up to ``timeout`` for one."""
        with self._condition:
            self._condition.wait_for(lambda: self.closed or self.version > version, timeout)
            if self.closed:
                return []
            return [event for event in self._events if event["version"] > version]

    def close(self) -> None:
        with self._condition:
            self.closed = True
            self._condition.notify_all()


def _event_bytes(event: dict[str, Any]) -> bytes:
    return f"data: {json.dumps(event, ensure_ascii=False)}\n\n".encode()


class _DevHandlerMixin(_QuietHandler):
    channel: DevChannel

    def end_headers(self) -> None:
        # Every save changes the site: the browser must ask again.
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        if urlsplit(self.path).path.rstrip("/").endswith("/" + DEV_EVENTS_PATH):
            self._stream_events()
            return
        super().do_GET()

    def _stream_events(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        channel = self.channel
        seen = channel.version
        try:
            self.wfile.write(_event_bytes({"kind": "hello", "version": seen}))
            self.wfile.flush()
            while not channel.closed:
                events = channel.wait_after(seen, KEEP_ALIVE_SECONDS)
                if not events:
                    self.wfile.write(b": keep-alive\n\n")
                for event in events:
                    seen = int(event["version"])
                    self.wfile.write(_event_bytes(event))
                self.wfile.flush()
        except OSError:  # the page went away
            return


def dev_handler_class(channel: DevChannel, *, cross_origin_isolated: bool = False) -> type[_QuietHandler]:
    """The dev loop's request handler, streaming ``channel``'s events."""
    base = _IsolatingHandler if cross_origin_isolated else _QuietHandler
    return type("DevHandler", (_DevHandlerMixin, base), {"channel": channel})
