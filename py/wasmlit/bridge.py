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

from wasmlit.runtime.session import AppSession

_session: AppSession | None = None


def start(entry_path: str, config_json: str, post: JsProxy, first_paint_json: str | None = None) -> Any:
    """``first_paint_json``: the pre-rendered run the page shows (hydrated), if any."""
    global _session

    def send(text: str) -> None:
        post(text)

    config: dict[str, Any] = json.loads(config_json)
    # Snapshots of Session State let the page restore it into a replacement worker.
    # A main script that does not compile (only in the dev loop) is shown, not fatal.
    _session = AppSession(entry_path, send=send, config=config, snapshots=True, show_compile_errors=True)
    if first_paint_json is not None:
        _session.writer.assume_page_holds(first_paint_json)
    handle: Callable[[str], None] = _session.handle
    # The worker keeps this proxy for the life of the tab.
    return create_proxy(handle)


def attach_run_control(wake_counter: JsProxy, wait: JsProxy) -> None:
    """The page shares memory with the worker: Stop and fast reruns can reach a busy run."""
    assert _session is not None, "start() first"

    def read_counter() -> int:
        return int(wake_counter())

    def wait_for_wake(observed: int, seconds: float) -> None:
        wait(observed, seconds)

    _session.features.run_control.attach(read_counter, wait_for_wake)
