"""The messages between the page and the Python runtime, as JSON strings.

Mirrors ``web/protocol.js``; bump ``PROTOCOL_VERSION`` in both when a message changes.

Page -> Python:
  ``{"type": "rerun", "requests": [{"values": {widgetId: json}, "trigger": widgetId | null}, ...]}``
      Widget values the browser changed since its last request (the browser is the
      source of truth), and at most one trigger (a click) per request. Requests queued
      while a run was busy arrive together, in order.
  ``{"type": "stop"}``
Python -> page:
  ``{"type": "patch", "run": n, "blocks": {...}, "elements": {...}}`` while a run streams;
  ``{"type": "run_finished", "run": n, "status": s, "durationMs": t, "scriptRuns": k,
     "blocks": {...}, "elements": {...}}`` once per request batch;
  ``{"type": "log", "level": "warn" | "error" | "info", "text": str}``;
  ``{"type": "page_config", "config": {"title"?, "favicon"?, "layout"?, "sidebarState"?,
     "sidebarWidth"?, "menuItems"?}}`` the whole merged ``st.set_page_config``, sent when a
     call changes it (see ``wasmlit/page_config.py``);
  ``{"type": "protocol_error", "text": str}`` when a message could not be understood.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

PROTOCOL_VERSION = 2


class ProtocolError(ValueError):
    """A message from the page that this runtime does not understand."""


@dataclass(frozen=True)
class RerunRequest:
    values: dict[str, Any] = field(default_factory=dict)
    trigger: str | None = None


@dataclass(frozen=True)
class RerunMessage:
    requests: tuple[RerunRequest, ...]


@dataclass(frozen=True)
class StopMessage:
    pass


IncomingMessage = RerunMessage | StopMessage


def _parse_request(raw: Any) -> RerunRequest:
    if not isinstance(raw, dict) or set(raw) - {"values", "trigger"}:
        raise ProtocolError(f"malformed rerun request: {raw!r}")
    values = raw.get("values", {})
    trigger = raw.get("trigger")
    if not isinstance(values, dict) or not all(isinstance(key, str) for key in values):
        raise ProtocolError(f"rerun request values must map widget ids to values: {values!r}")
    if trigger is not None and not isinstance(trigger, str):
        raise ProtocolError(f"rerun request trigger must be a widget id: {trigger!r}")
    return RerunRequest(values=values, trigger=trigger)


def parse_incoming(text: str) -> IncomingMessage:
    """Decode one message from the page, rejecting anything unexpected.

    >>> parse_incoming('{"type": "stop"}')
    StopMessage()
    >>> parse_incoming('{"type": "dance"}')
    Traceback (most recent call last):
    ...
    wasmlit.protocol.ProtocolError: unknown message type 'dance'
    """
    try:
        message = json.loads(text)
    except ValueError as error:
        raise ProtocolError(f"message is not JSON: {error}") from None
    if not isinstance(message, dict):
        raise ProtocolError("message must be a JSON object")
    message_type = message.get("type")
    if message_type == "rerun":
        requests = message.get("requests")
        if not isinstance(requests, list) or not requests:
            raise ProtocolError("rerun message needs a non-empty list of requests")
        return RerunMessage(tuple(_parse_request(request) for request in requests))
    if message_type == "stop":
        return StopMessage()
    raise ProtocolError(f"unknown message type {message_type!r}")


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def patch_message(run_number: int, body: str) -> str:
    return f'{{"type":"patch","run":{run_number},{body}}}'


def run_finished_message(run_number: int, body: str, *, status: str, duration_ms: float, script_runs: int) -> str:
    return (
        f'{{"type":"run_finished","run":{run_number},"status":{_dump(status)},'
        f'"durationMs":{duration_ms:.3f},"scriptRuns":{script_runs},{body}}}'
    )


def page_config_message(config: dict[str, Any]) -> str:
    return _dump({"type": "page_config", "config": config})


def log_message(level: str, text: str) -> str:
    return _dump({"type": "log", "level": level, "text": text})


def protocol_error_message(text: str) -> str:
    return _dump({"type": "protocol_error", "text": text})
