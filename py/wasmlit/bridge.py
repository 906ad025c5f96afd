"""The only module that touches Pyodide: it converts and forwards, nothing else.

The worker calls ``start(entry_path, config_json, post)`` once and then calls the
returned function with each JSON message from the page. ``post`` is the worker's
``postMessage``; Python strings cross to JavaScript as strings.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from pyodide.ffi import JsProxy, create_proxy

from wasmlit.session import AppSession


def start(entry_path: str, config_json: str, post: JsProxy, first_paint_json: str | None = None) -> Any:
    """``first_paint_json``: the pre-rendered run the page shows (hydrated), if any."""

    def send(text: str) -> None:
        post(text)

    config: dict[str, Any] = json.loads(config_json)
    session = AppSession(entry_path, send=send, config=config)
    if first_paint_json is not None:
        session.writer.assume_page_holds(first_paint_json)
    handle: Callable[[str], None] = session.handle
    # The worker keeps this proxy for the life of the tab.
    return create_proxy(handle)
