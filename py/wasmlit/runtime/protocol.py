"""The messages between the page and the Python runtime, as JSON strings.

Mirrors ``web/protocol.js``; bump ``PROTOCOL_VERSION`` in both when a message changes.

Page -> Python:
  ``{"type": "rerun", "requests": [{"values": {widgetId: json}, "trigger": widgetId | null,
     "page"?: {"hash"?: str, "urlPath"?: str}, "fragments"?: [fragmentId, ...]}, ...],
     "queryString"?: str}``
      Widget values the browser changed since its last request (the browser is the
      source of truth), and at most one trigger (a click) per request. ``fragments``:
      the request reruns only these fragments (their widgets changed, or ``run_every``);
      absent, the whole app. Requests queued
      while a run was busy arrive together, in order. ``page`` is user navigation (a page
      list click, an address on first load, Back/Forward); ``queryString`` is the address
      bar's query string when the message left.
  ``{"type": "stop"}``
  ``{"type": "restore_state", "data": base64}`` the Session State a replaced worker saved.
Python -> page:
  ``{"type": "patch", "run": n, "blocks": {...}, "elements": {...}}`` while a run streams;
  ``{"type": "run_finished", "run": n, "status": s, "durationMs": t, "scriptRuns": k,
     "blocks": {...}, "elements": {...}}`` once per request batch;
  ``{"type": "log", "level": "warn" | "error" | "info", "text": str}``;
  ``{"type": "page_config", "config": {"title"?, "favicon"?, "layout"?, "sidebarState"?,
     "sidebarWidth"?, "menuItems"?}}`` the whole merged ``st.set_page_config``, sent when a
     call changes it (see ``wasmlit/commands/page_config.py``);
  ``{"type": "navigation", "pages": [...], "sections": [...], "position": s, "expanded": b,
     "currentPageHash": h}`` when st.navigation (or the pages/ folder) picked the page;
  ``{"type": "page_not_found", "pageName": s}``; ``{"type": "page_info", "queryString": s}``
     when the script changed st.query_params;
  ``{"type": "toast", "id": n, "body": s, "icon": s, "duration": seconds}``;
  ``{"type": "state_snapshot", "data": base64 | null, "keys": [...], "skipped": [...], ...}``
     after a completed run whose Session State changed; ``{"type": "state_restored",
     "restored": [...], "failed": [...]}`` after a restore_state;
  ``{"type": "protocol_error", "text": str}`` when a message could not be understood.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

PROTOCOL_VERSION = 4


class ProtocolError(ValueError):
    """A message from the page that this runtime does not understand."""


@dataclass(frozen=True)
class PageRequest:
    """User navigation: a page by hash (a click in the page list) or by address name."""

    page_hash: str | None = None
    url_path: str | None = None


@dataclass(frozen=True)
class RerunRequest:
    values: dict[str, Any] = field(default_factory=dict)
    trigger: str | None = None
    page: PageRequest | None = None
    # Rerun only these fragments; None: the whole app.
    fragments: tuple[str, ...] | None = None


@dataclass(frozen=True)
class RerunMessage:
    requests: tuple[RerunRequest, ...]
    query_string: str | None = None


@dataclass(frozen=True)
class StopMessage:
    pass


@dataclass(frozen=True)
class RestoreStateMessage:
    data: str


IncomingMessage = RerunMessage | StopMessage | RestoreStateMessage


def _parse_page(raw: Any) -> PageRequest | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or set(raw) - {"hash", "urlPath"}:
        raise ProtocolError(f"malformed page request: {raw!r}")
    page_hash, url_path = raw.get("hash"), raw.get("urlPath")
    if not isinstance(page_hash, str | None) or not isinstance(url_path, str | None):
        raise ProtocolError(f"page request fields must be strings: {raw!r}")
    return PageRequest(page_hash=page_hash, url_path=url_path)


def _parse_request(raw: Any) -> RerunRequest:
    if not isinstance(raw, dict) or set(raw) - {"values", "trigger", "page", "fragments"}:
        raise ProtocolError(f"malformed rerun request: {raw!r}")
    values = raw.get("values", {})
    trigger = raw.get("trigger")
    if not isinstance(values, dict) or not all(isinstance(key, str) for key in values):
        raise ProtocolError(f"rerun request values must map widget ids to values: {values!r}")
    if trigger is not None and not isinstance(trigger, str):
        raise ProtocolError(f"rerun request trigger must be a widget id: {trigger!r}")
    fragments = raw.get("fragments")
    if fragments is not None and (not isinstance(fragments, list) or not all(isinstance(f, str) for f in fragments)):
        raise ProtocolError(f"rerun request fragments must be a list of fragment ids: {fragments!r}")
    return RerunRequest(
        values=values,
        trigger=trigger,
        page=_parse_page(raw.get("page")),
        fragments=None if fragments is None else tuple(fragments),
    )


def parse_incoming(text: str) -> IncomingMessage:
    """Decode one message from the page, rejecting anything unexpected.

    >>> parse_incoming('{"type": "stop"}')
    StopMessage()
    >>> parse_incoming('{"type": "dance"}')
    Traceback (most recent call last):
    ...
    wasmlit.runtime.protocol.ProtocolError: unknown message type 'dance'
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
        query_string = message.get("queryString")
        if not isinstance(query_string, str | None):
            raise ProtocolError("rerun message queryString must be a string")
        return RerunMessage(tuple(_parse_request(request) for request in requests), query_string)
    if message_type == "stop":
        return StopMessage()
    if message_type == "restore_state":
        data = message.get("data")
        if not isinstance(data, str):
            raise ProtocolError("restore_state needs base64 data")
        return RestoreStateMessage(data)
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


def json_message(message: dict[str, Any]) -> str:
    """Any message built as a dict (navigation, toasts, snapshots)."""
    return _dump(message)


def log_message(level: str, text: str) -> str:
    return _dump({"type": "log", "level": level, "text": text})


def protocol_error_message(text: str) -> str:
    return _dump({"type": "protocol_error", "text": text})
