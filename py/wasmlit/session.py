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
from wasmlit.browser_values import BrowserValues, plan_runs
from wasmlit.control import StopException
from wasmlit.log import SessionLog
from wasmlit.patches import PatchWriter
from wasmlit.runner import RERUN, RunOutcome, ScriptRunner
from wasmlit.state.session_state import SessionState
from wasmlit.tree import ElementTree

# While a run streams, patches go out at most this often (plus before every sleep).
STREAM_INTERVAL_SECONDS = 0.1

_original_sleep = time.sleep


def _sleep_after_flushing(seconds: float) -> None:
    context.yield_point(force=True)
    _original_sleep(seconds)


class AppSession:
    def __init__(
        self,
        script_path: str,
        *,
        send: Callable[[str], None],
        config: dict[str, Any] | None = None,
        source: str | None = None,
        patch_sleep: bool = True,
        headless: bool = False,
    ) -> None:
        """``headless`` (AppTest): leave the process alone; the caller enters the app
        folder around each run, and ``time.sleep`` is not patched."""
        self.send = send
        self.config = dict(config or {})
        self.session_state = SessionState()
        self.runner = ScriptRunner(script_path, self.session_state, config=self.config, source=source)
        self.writer = PatchWriter()
        self.log = SessionLog(lambda level, text: self.send(protocol.log_message(level, text)))
        self.browser_values = BrowserValues()
        self.run_number = 0
        # AppTest's timeout: past this perf_counter() time, the run stops at its next
        # yield point and ``timed_out`` is set.
        self.run_deadline: float | None = None
        self.timed_out = False
        self.last_tree: ElementTree | None = None
        # Handed to every run (RunContext.extras): how st.* calls reach the page outside
        # the element tree (page config), and values kept for the session's life.
        self.run_extras: dict[str, Any] = {"send": self.send, "session_values": {}}
        self._last_flush = 0.0
        app_folder = os.path.dirname(os.path.abspath(script_path))
        if app_folder not in sys.path:
            sys.path.insert(0, app_folder)
        if os.path.isdir(app_folder) and not headless:
            os.chdir(app_folder)
        if patch_sleep and not headless:
            # Output drawn before a sleep must reach the page before the script blocks.
            time.sleep = _sleep_after_flushing  # type: ignore[assignment]

    def handle(self, text: str) -> None:
        try:
            message = protocol.parse_incoming(text)
        except protocol.ProtocolError as error:
            self.send(protocol.protocol_error_message(str(error)))
            raise
        self.timed_out = False
        if isinstance(message, protocol.RerunMessage):
            plans = plan_runs(message.requests)
            for index, plan in enumerate(plans):
                # Built per run: an earlier run of this batch may have set a value.
                values = self.browser_values.for_run(plan)
                self._run_request(values, visible=index == len(plans) - 1)
        # A stop that arrives between runs has nothing left to stop.

    def _stream(self, force: bool) -> None:
        now = time.perf_counter()
        if not force and now - self._last_flush < STREAM_INTERVAL_SECONDS:
            return
        self._last_flush = now
        body = self.writer.flush(context.current().tree)
        if body is not None:
            self.send(protocol.patch_message(self.run_number, body))

    def _stop_after_deadline(self, deadline: float, on_yield: Callable[[bool], None] | None) -> Callable[[bool], None]:
        def check(force: bool) -> None:
            if time.perf_counter() > deadline:
                self.timed_out = True
                context.current().stop_requested = True
                raise StopException()
            if on_yield is not None:
                on_yield(force)

        return check

    def _run_request(self, widget_values: dict[str, Any] | None, *, visible: bool) -> RunOutcome:
        """Run until no rerun is pending; only a visible request's output reaches the page."""
        self.run_number += 1
        self._last_flush = time.perf_counter()
        on_yield: Callable[[bool], None] | None = self._stream if visible else None
        if self.run_deadline is not None:
            on_yield = self._stop_after_deadline(self.run_deadline, on_yield)
        script_runs = 0
        total_ms = 0.0
        while True:
            outcome = self.runner.run_once(
                widget_values, on_yield=on_yield, session_log=self.log, extras=self.run_extras
            )
            script_runs += 1
            total_ms += outcome.duration_ms
            if outcome.status != RERUN:
                break
            widget_values = None
        context.activate(None)
        pushed = self.browser_values.adopt(outcome.run_context.tree)
        if visible:
            self._finish(outcome, script_runs, total_ms)
        else:
            # The page never sees this run: values the script set here must be pushed
            # again when the widget is next shown.
            self.session_state.push_again(pushed)
        return outcome

    def _finish(self, outcome: RunOutcome, script_runs: int, total_ms: float) -> None:
        tree = outcome.run_context.tree
        self.last_tree = tree
        body = self.writer.finish(tree)
        self.send(
            protocol.run_finished_message(
                self.run_number,
                body,
                status=outcome.status,
                duration_ms=total_ms,
                script_runs=script_runs,
            )
        )
