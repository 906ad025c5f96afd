"""The messages between the page and the Python runtime, as JSON strings.

Mirrors ``web/protocol.js``; bump ``PROTOCOL_VERSION`` in both when a message changes, and
regenerate the examples both test suites read (``python -m tests.contract.make_examples``).

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
      bar's query string when the message left; ``context`` (sent when it changed since
      the last message to this worker) is what ``st.context`` reads: ``{"timezone"?: str,
      "timezoneOffset"?: int, "locale"?: str, "url"?: str, "isEmbedded"?: bool,
      "colorScheme"?: "light" | "dark", "cookies"?: {name: value}}``.
  ``{"type": "stop"}``
  ``{"type": "restore_state", "data": base64}`` the Session State a replaced worker saved.
  ``{"type": "clear_cache"}`` the main menu's Clear cache (and the "c" key): st.cache_data
      and st.cache_resource empty, as in Streamlit; no rerun.
  ``{"type": "source_changed", "files": {path: text}}`` the dev loop (``build.py --serve``):
      the app folder's files (paths relative to it) saved since; the page reruns next.
Python -> page:
  ``{"type": "patch", "run": n, "blocks": {...}, "elements": {...}}`` while a run streams;
  ``{"type": "run_finished", "run": n, "status": s, "durationMs": t, "scriptRuns": k,
     "blocks": {...}, "elements": {...}}`` once per request batch; ``status`` is
     ``completed``, ``rerun``, ``stopped``, ``exception``, ``interrupted`` (superseded: the
     page keeps its elements) or ``aborted`` (a BaseException Streamlit does not catch: the
     page keeps the elements the run did not redraw, docs/semantics.md 1.5);
  ``{"type": "log", "level": "warn" | "error" | "info", "text": str}``;
  ``{"type": "page_config", "config": {"title"?, "favicon"?, "layout"?, "sidebarState"?,
     "sidebarWidth"?, "menuItems"?}}`` the whole merged ``st.set_page_config``, sent when a
     call changes it (see ``wasmlit/commands/page_config.py``);
  ``{"type": "navigation", "pages": [...], "sections": [...], "position": s, "expanded": b,
     "currentPageHash": h}`` when st.navigation (or the pages/ folder) picked the page;
  ``{"type": "page_not_found", "pageName": s}``; ``{"type": "page_info", "queryString": s}``
     when the script changed st.query_params;
  ``{"type": "toast", "id": n, "body": s, "icon": s, "duration": seconds}``;
  ``{"type": "logo", "image": s, "imageKind": s, "iconImage": s | null, "iconImageKind": s | null,
     "link": s | null, "size": s}`` for st.logo (kept while each finished run sends it);
  ``{"type": "state_snapshot", "data": base64 | null, "keys": [...], "skipped": [...], ...}``
     after a completed run whose Session State changed; ``{"type": "state_restored",
     "restored": [...], "failed": [...]}`` after a restore_state;
  ``{"type": "compile_error", "message": str}`` the main script does not compile (only in
     the dev loop: a build checks it): the page shows Streamlit's "Script execution error"
     dialog and keeps its elements (the run's run_finished has status ``compile_error``);
  ``{"type": "protocol_error", "text": str}`` when a message could not be understood.
The worker's own code (``web/worker/``) also sends ``boot_progress``, ``ready``,
``boot_failed``, ``runtime_error`` and ``interpreter_died`` (Python ended for good: the page
replaces the worker).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Literal

PROTOCOL_VERSION = 8


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
class BrowserContext:
    """What the visitor's browser tells ``st.context``; a field the page did not send is None."""

    timezone: str | None = None
    timezone_offset: int | None = None
    locale: str | None = None
    url: str | None = None
    is_embedded: bool | None = None
    color_scheme: str | None = None
    cookies: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RerunMessage:
    requests: tuple[RerunRequest, ...]
    query_string: str | None = None
    context: BrowserContext | None = None


@dataclass(frozen=True)
class StopMessage:
    pass


@dataclass(frozen=True)
class RestoreStateMessage:
    data: str


@dataclass(frozen=True)
class ClearCacheMessage:
    pass


@dataclass(frozen=True)
class SourceChangedMessage:
    # Path relative to the app folder -> its new text.
    files: dict[str, str]


IncomingMessage = RerunMessage | StopMessage | RestoreStateMessage | ClearCacheMessage | SourceChangedMessage


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


_CONTEXT_FIELDS: dict[str, tuple[str, type | tuple[type, ...]]] = {
    "timezone": ("timezone", str),
    "timezoneOffset": ("timezone_offset", int),
    "locale": ("locale", str),
    "url": ("url", str),
    "isEmbedded": ("is_embedded", bool),
    "colorScheme": ("color_scheme", str),
}


def _parse_context(raw: Any) -> BrowserContext | None:
    """The rerun message's ``context``, its fields checked."""
    if raw is None:
        return None
    if not isinstance(raw, dict) or set(raw) - {*_CONTEXT_FIELDS, "cookies"}:
        raise ProtocolError(f"malformed context: {raw!r}")
    values: dict[str, Any] = {}
    for key, (name, expected) in _CONTEXT_FIELDS.items():
        value = raw.get(key)
        if value is not None and (not isinstance(value, expected) or (expected is int and isinstance(value, bool))):
            raise ProtocolError(f"context field {key} has the wrong type: {value!r}")
        values[name] = value
    cookies = raw.get("cookies", {})
    if not isinstance(cookies, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in cookies.items()):
        raise ProtocolError(f"context cookies must map names to strings: {cookies!r}")
    return BrowserContext(**values, cookies=dict(cookies))


def _parse_source_changed(files: Any) -> SourceChangedMessage:
    if not isinstance(files, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in files.items()):
        raise ProtocolError("source_changed needs files mapping paths to text")
    for path in files:
        parts = path.split("/")
        if not path or path.startswith("/") or ".." in parts or "" in parts:
            raise ProtocolError(f"source_changed path must be relative to the app folder: {path!r}")
    return SourceChangedMessage(dict(files))


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
        requests_parsed = tuple(_parse_request(request) for request in requests)
        return RerunMessage(requests_parsed, query_string, _parse_context(message.get("context")))
    if message_type == "stop":
        return StopMessage()
    if message_type == "restore_state":
        data = message.get("data")
        if not isinstance(data, str):
            raise ProtocolError("restore_state needs base64 data")
        return RestoreStateMessage(data)
    if message_type == "clear_cache":
        return ClearCacheMessage()
    if message_type == "source_changed":
        return _parse_source_changed(message.get("files"))
    raise ProtocolError(f"unknown message type {message_type!r}")


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


# ----- Python -> page ---------------------------------------------------------------------------
# A patch and a run's end carry the element tree, encoded element by element as the run goes
# (``patches.py``): their envelopes are written around that text rather than re-encoded.


def patch_message(run_number: int, body: str) -> str:
    """``body``: the ``"blocks":{...},"elements":{...}`` members, already JSON."""
    return f'{{"type":"patch","run":{run_number},{body}}}'


def run_finished_message(run_number: int, body: str, *, status: str, duration_ms: float, script_runs: int) -> str:
    return (
        f'{{"type":"run_finished","run":{run_number},"status":{_dump(status)},'
        f'"durationMs":{duration_ms:.3f},"scriptRuns":{script_runs},{body}}}'
    )


def _camel(name: str) -> str:
    """A field's name as the page spells it.

    >>> _camel("current_page_hash")
    'currentPageHash'
    """
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def _json_value(value: Any) -> Any:
    if isinstance(value, JsonRecord):
        return value.to_json()
    if isinstance(value, list | tuple):
        return [_json_value(item) for item in value]
    return value


class JsonRecord:
    """A dataclass sent as a JSON object whose keys are its fields in camelCase."""

    def to_json(self) -> dict[str, Any]:
        return {_camel(item.name): _json_value(getattr(self, item.name)) for item in fields(self)}  # type: ignore[arg-type]


class OutgoingMessage(JsonRecord):
    """A message from Python to the page: ``{"type": message_type, ...fields}``."""

    message_type: ClassVar[str]

    def to_json(self) -> dict[str, Any]:
        return {"type": self.message_type, **super().to_json()}

    def encode(self) -> str:
        return _dump(self.to_json())


LogLevel = Literal["info", "warn", "error"]


@dataclass(frozen=True)
class LogMessage(OutgoingMessage):
    """A line Streamlit would write to its server log, for the browser console."""

    message_type: ClassVar[str] = "log"
    level: LogLevel
    text: str


@dataclass(frozen=True)
class PageConfigMessage(OutgoingMessage):
    """The whole merged ``st.set_page_config``, when a call changed it (commands/page_config.py):
    ``title``, ``favicon`` ``{kind, value}``, ``layout``, ``sidebarState``, ``sidebarWidth``,
    ``menuItems``; absent fields were never set."""

    message_type: ClassVar[str] = "page_config"
    config: dict[str, Any]


@dataclass(frozen=True)
class NavPage(JsonRecord):
    hash: str
    title: str
    icon: str
    url_path: str
    section: str
    default: bool
    hidden: bool
    external: str | None
    help: str


@dataclass(frozen=True)
class NavigationMessage(OutgoingMessage):
    """The page list, after st.navigation (or the pages/ folder) picked the page."""

    message_type: ClassVar[str] = "navigation"
    pages: tuple[NavPage, ...]
    sections: tuple[str, ...]
    position: str
    expanded: bool | int
    current_page_hash: str


@dataclass(frozen=True)
class PageNotFoundMessage(OutgoingMessage):
    message_type: ClassVar[str] = "page_not_found"
    page_name: str


@dataclass(frozen=True)
class PageInfoMessage(OutgoingMessage):
    """The script changed ``st.query_params``: the address bar follows."""

    message_type: ClassVar[str] = "page_info"
    query_string: str


@dataclass(frozen=True)
class ToastMessage(OutgoingMessage):
    message_type: ClassVar[str] = "toast"
    id: int
    body: str
    icon: str
    # Seconds on screen; 0: until the user closes it.
    duration: int


@dataclass(frozen=True)
class LogoMessage(OutgoingMessage):
    """``st.logo``: the page shows it until a finished run did not send it again.

    ``imageKind`` (and ``iconImageKind``) is ``image`` (a URL), ``emoji`` or ``material``
    (``:material/name:``)."""

    message_type: ClassVar[str] = "logo"
    image: str
    image_kind: str
    icon_image: str | None
    icon_image_kind: str | None
    link: str | None
    size: str


@dataclass(frozen=True)
class StateSnapshotMessage(OutgoingMessage):
    """Session State after a completed run that changed it, kept by the page in case the
    worker must be replaced (``state/snapshot.py``)."""

    message_type: ClassVar[str] = "state_snapshot"
    data: str | None
    keys: tuple[str, ...]
    skipped: tuple[str, ...]
    reason: str
    cost_ms: float


@dataclass(frozen=True)
class StateRestoredMessage(OutgoingMessage):
    message_type: ClassVar[str] = "state_restored"
    restored: tuple[str, ...]
    failed: tuple[str, ...]


@dataclass(frozen=True)
class CompileErrorMessage(OutgoingMessage):
    """The main script does not compile: Streamlit's text (file, line, caret)."""

    message_type: ClassVar[str] = "compile_error"
    message: str


@dataclass(frozen=True)
class ProtocolErrorMessage(OutgoingMessage):
    """A message from the page could not be understood."""

    message_type: ClassVar[str] = "protocol_error"
    text: str


OUTGOING_MESSAGES: dict[str, type[OutgoingMessage]] = {
    message_class.message_type: message_class
    for message_class in (
        LogMessage,
        PageConfigMessage,
        NavigationMessage,
        PageNotFoundMessage,
        PageInfoMessage,
        ToastMessage,
        LogoMessage,
        StateSnapshotMessage,
        StateRestoredMessage,
        CompileErrorMessage,
        ProtocolErrorMessage,
    )
}


def _from_json(record_class: type[JsonRecord], raw: dict[str, Any]) -> Any:
    """The record whose ``to_json`` is ``raw`` (a TypeError if its keys differ)."""
    keys = {_camel(item.name): item.name for item in fields(record_class)}  # type: ignore[arg-type]
    unknown = set(raw) - set(keys)
    if unknown:
        raise TypeError(f"{record_class.__name__} has no field {sorted(unknown)}")
    values = {name: raw[key] for key, name in keys.items() if key in raw}
    if record_class is NavigationMessage:
        values["pages"] = tuple(_from_json(NavPage, page) for page in values.get("pages", ()))
    return record_class(**{name: tuple(value) if isinstance(value, list) else value for name, value in values.items()})


def decode_outgoing(raw: dict[str, Any]) -> OutgoingMessage:
    """An outgoing message from its JSON form (for the protocol's contract tests)."""
    body = dict(raw)
    message_class = OUTGOING_MESSAGES[body.pop("type")]
    decoded: OutgoingMessage = _from_json(message_class, body)
    return decoded
