"""One browser tab's session: Session State, the runner, and the page's mirror.

Pure Python: the worker bridge and the headless ``AppTest`` both drive it through
``handle(message_json)`` and receive JSON strings through ``send``.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import Any

from wasmlit import context, protocol
from wasmlit.patches import PatchWriter
from wasmlit.runner import RERUN, RunOutcome, ScriptRunner
from wasmlit.state.session_state import WIDGET_ID_PREFIX, SessionState
from wasmlit.tree import ElementTree

# While a run streams, patches go out at most this often (plus before every sleep).
STREAM_INTERVAL_SECONDS = 0.1
# Reading the clock costs about 5 µs in Pyodide (a call out to JavaScript), as much as
# emitting an element: look at it only every few yield points (st.* calls).
YIELDS_PER_CLOCK_READ = 8

_original_sleep = time.sleep


def _sleep_after_flushing(seconds: float) -> None:
    context.yield_point(force=True)
    _original_sleep(seconds)


def plan_runs(browser_values: dict[str, Any], requests: tuple[protocol.RerunRequest, ...]) -> list[dict[str, Any]]:
    """Fold queued requests into runs: one per click, value-only changes merged.

    ``browser_values`` (the page's widget values, in first-stored order) is updated in
    place. Each run gets a snapshot; a click is appended last, so its callback runs after
    the callbacks of values changed in the same batch.

    >>> from wasmlit.protocol import RerunRequest as R
    >>> values = {}
    >>> plan_runs(values, (R({"a": 1}), R({"a": 2}), R({}, "b"), R({}, "b")))
    [{'a': 2, 'b': True}, {'a': 2, 'b': True}]
    >>> plan_runs(values, (R({"a": 3}),))
    [{'a': 3}]
    """
    runs: list[dict[str, Any]] = []
    values_pending = False
    for request in requests:
        browser_values.update(request.values)
        values_pending = values_pending or bool(request.values)
        if request.trigger is not None:
            snapshot = {key: value for key, value in browser_values.items() if key != request.trigger}
            snapshot[request.trigger] = True
            runs.append(snapshot)
            values_pending = False
    if values_pending or not runs:
        runs.append(dict(browser_values))
    return runs


class AppSession:
    def __init__(
        self,
        script_path: str,
        *,
        send: Callable[[str], None],
        config: dict[str, Any] | None = None,
        source: str | None = None,
        patch_sleep: bool = True,
    ) -> None:
        self.send = send
        self.config = dict(config or {})
        self.session_state = SessionState()
        self.runner = ScriptRunner(script_path, self.session_state, config=self.config, source=source)
        self.writer = PatchWriter()
        self.browser_values: dict[str, Any] = {}
        self.run_number = 0
        self.last_tree: ElementTree | None = None
        self._last_flush = 0.0
        self._yields_since_clock_read = 0
        app_folder = os.path.dirname(os.path.abspath(script_path))
        if app_folder not in sys.path:
            sys.path.insert(0, app_folder)
        if os.path.isdir(app_folder):
            os.chdir(app_folder)
        if patch_sleep:
            # Output drawn before a sleep must reach the page before the script blocks.
            time.sleep = _sleep_after_flushing  # type: ignore[assignment]

    def handle(self, text: str) -> None:
        try:
            message = protocol.parse_incoming(text)
        except protocol.ProtocolError as error:
            self.send(protocol.protocol_error_message(str(error)))
            raise
        if isinstance(message, protocol.RerunMessage):
            runs = plan_runs(self.browser_values, message.requests)
            for index, widget_values in enumerate(runs):
                self._run_request(widget_values, visible=index == len(runs) - 1)
        # A stop that arrives between runs has nothing left to stop.

    def _stream(self, force: bool) -> None:
        if not force:
            self._yields_since_clock_read += 1
            if self._yields_since_clock_read < YIELDS_PER_CLOCK_READ:
                return
        self._yields_since_clock_read = 0
        now = time.perf_counter()
        if not force and now - self._last_flush < STREAM_INTERVAL_SECONDS:
            return
        self._last_flush = now
        body = self.writer.flush(context.current().tree)
        if body is not None:
            self.send(protocol.patch_message(self.run_number, body))

    def _run_request(self, widget_values: dict[str, Any] | None, *, visible: bool) -> RunOutcome:
        """Run until no rerun is pending; only a visible request's output reaches the page."""
        self.run_number += 1
        self._last_flush = time.perf_counter()
        on_yield = self._stream if visible else None
        script_runs = 0
        total_ms = 0.0
        while True:
            outcome = self.runner.run_once(widget_values, on_yield=on_yield)
            script_runs += 1
            total_ms += outcome.duration_ms
            if outcome.status != RERUN:
                break
            widget_values = None
        context.activate(None)
        if visible:
            self._finish(outcome, script_runs, total_ms)
        return outcome

    def _finish(self, outcome: RunOutcome, script_runs: int, total_ms: float) -> None:
        tree = outcome.run_context.tree
        self.last_tree = tree
        body = self.writer.finish(tree)
        # The page drops values of widgets that are gone; so does its mirror here.
        self.browser_values = {
            widget_id: value
            for widget_id, value in self.browser_values.items()
            if widget_id in tree.nodes or not widget_id.startswith(WIDGET_ID_PREFIX)
        }
        self.send(
            protocol.run_finished_message(
                self.run_number,
                body,
                status=outcome.status,
                duration_ms=total_ms,
                script_runs=script_runs,
            )
        )
