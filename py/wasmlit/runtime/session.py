"""One browser tab's session: Session State, the runner, and the page's mirror.

Pure Python: the worker bridge and the headless ``AppTest`` both drive it through
``handle(message_json)`` and receive JSON strings through ``send``.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from wasmlit import caching
from wasmlit.commands.execution_control import StopException
from wasmlit.commands.page_config import SESSION_VALUES_KEY
from wasmlit.multipage.commands import run_pages_folder_app
from wasmlit.multipage.router import PageTarget
from wasmlit.runtime import context, dev_reload, protocol
from wasmlit.runtime.log import SessionLog
from wasmlit.runtime.patches import PatchWriter
from wasmlit.runtime.run_control import RunControl
from wasmlit.runtime.runner import ABORTED, COMPLETED, RERUN, STOPPED, RunOutcome, ScriptRunner
from wasmlit.runtime.session_features import PlannedRun, SessionFeatures
from wasmlit.runtime.state.browser_values import BrowserValues, RunPlan
from wasmlit.runtime.state.session_state import SessionState
from wasmlit.runtime.tree import ElementTree

# While a run streams, patches go out at most this often (plus before every sleep).
STREAM_INTERVAL_SECONDS = 0.1

# A run pre-empted by a newer interaction (fast reruns): the page keeps its elements.
INTERRUPTED = "interrupted"
# The dev loop's saved main script does not compile: nothing ran, the page keeps its elements.
COMPILE_ERROR = "compile_error"

_original_sleep = time.sleep
_sleep_control = RunControl()


def _sleep_after_flushing(seconds: float) -> None:
    context.yield_point(force=True)
    _sleep_control.sleep(seconds, _original_sleep)


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
        snapshots: bool = False,
        show_compile_errors: bool = False,
    ) -> None:
        """``headless`` (AppTest): leave the process alone; the caller enters the app
        folder around each run, and ``time.sleep`` is not patched. ``show_compile_errors``
        (the browser): a main script that does not compile is shown, not raised."""
        self.send = send
        self.config = dict(config or {})
        self.session_state = SessionState()
        self.runner = ScriptRunner(
            script_path, self.session_state, config=self.config, source=source, show_compile_errors=show_compile_errors
        )
        self.writer = PatchWriter()
        self.log = SessionLog(lambda level, text: self.send(protocol.LogMessage(level, text).encode()))
        self.browser_values = BrowserValues()
        self.run_number = 0
        # AppTest's timeout: past this perf_counter() time, the run stops at its next
        # yield point and ``timed_out`` is set.
        self.run_deadline: float | None = None
        self.timed_out = False
        self.last_tree: ElementTree | None = None
        # The tree the page shows (or will, at the end of this message): a fragment run
        # rebuilds only its fragments in it.
        self.page_tree: ElementTree | None = None
        # Values st.* commands keep for the session's life (the merged page config).
        self.session_values: dict[str, Any] = {}
        self._last_flush = 0.0
        self._streaming = False
        # Through self.send, so replacing the session's send (as tests do) reaches every sender.
        self.features = SessionFeatures(
            script_path, self.session_state, send=lambda text: self.send(text), config=self.config, snapshots=snapshots
        )
        if self.features.router.uses_pages_folder:
            self.runner.body_runner = run_pages_folder_app
        app_folder = os.path.dirname(os.path.abspath(script_path))
        if app_folder not in sys.path:
            sys.path.insert(0, app_folder)
        if os.path.isdir(app_folder) and not headless:
            os.chdir(app_folder)
        if patch_sleep and not headless:
            # Output drawn before a sleep must reach the page before the script blocks.
            global _sleep_control
            _sleep_control = self.features.run_control
            time.sleep = _sleep_after_flushing  # type: ignore[assignment]

    def handle(self, text: str) -> None:
        try:
            message = protocol.parse_incoming(text)
        except protocol.ProtocolError as error:
            self.send(protocol.ProtocolErrorMessage(str(error)).encode())
            raise
        self.timed_out = False
        if isinstance(message, protocol.RerunMessage):
            self.features.begin_message(message)
            runs = self._register_widgets_first(self.features.plan(message.requests))
            for index, run in enumerate(runs):
                # Built per run: an earlier run of this batch may have set a value.
                values = self._values_for(run)
                if self.runner.compile_error is not None and run.plan.fragments is None:
                    self._report_compile_error(self.runner.compile_error)
                    continue
                self._run_request(values, visible=index == len(runs) - 1, page=run.page, fragments=run.plan.fragments)
        elif isinstance(message, protocol.RestoreStateMessage):
            self.features.restore(message)
        elif isinstance(message, protocol.ClearCacheMessage):
            # As Streamlit's Clear cache: every cache, and Session State too.
            caching.cache_data.clear()
            caching.cache_resource.clear()
            self.session_state.clear()
        elif isinstance(message, protocol.SourceChangedMessage):
            main_source = dev_reload.apply_saved_files(self.runner.script_path, message.files)
            if main_source is not None:
                self.runner.reload_source(main_source)
        # A stop that arrives between runs has nothing left to stop.

    def _report_compile_error(self, error: SyntaxError | ValueError) -> None:
        """Streamlit runs nothing: its page shows the error in a dialog and keeps its elements."""
        self.run_number += 1
        self.send(protocol.CompileErrorMessage(dev_reload.compile_error_text(error)).encode())
        self.send(
            protocol.run_finished_message(
                self.run_number, '"blocks":{},"elements":{}', status=COMPILE_ERROR, duration_ms=0.0, script_runs=0
            )
        )

    def _register_widgets_first(self, runs: list[PlannedRun]) -> list[PlannedRun]:
        """A click in this interpreter's first run gets a run without it first.

        A click fires the callback its widget registered in the previous run. A replacement
        worker (after Stop or a crash) has had no previous run, so the page's first request
        (every widget value, then the clicks queued meanwhile) would lose its first click's
        callback: one run with the values registers the widgets, then each click runs.
        """
        if self.run_number > 0 or not runs or runs[0].plan.trigger is None:
            return runs
        first = runs[0]
        return [
            PlannedRun(RunPlan(first.plan.updates, None), first.page),
            PlannedRun(RunPlan({}, first.plan.trigger), None),
            *runs[1:],
        ]

    def _stream(self, force: bool) -> None:
        # The clock is read at every st.* call: about 0.5 µs in the browser's worker, and
        # any coarser scheme would delay a slow loop's progress by several iterations.
        now = time.perf_counter()
        if not force and now - self._last_flush < STREAM_INTERVAL_SECONDS:
            return
        self._last_flush = now
        body = self.writer.flush(context.current().tree)
        if body is not None:
            self.send(protocol.patch_message(self.run_number, body))

    def _values_for(self, run: PlannedRun) -> dict[str, Any]:
        """The full widget list for a run. A user navigation keeps only the entrypoint's
        widgets, as the browser sends only those (docs/semantics.md 10)."""
        if run.page is not None:
            keep = self.features.router.keep_entrypoint_values
            self.browser_values.values = keep(self.browser_values.values)
            run = PlannedRun(replace(run.plan, updates=keep(run.plan.updates)), run.page)
        return self.browser_values.for_run(run.plan)

    def _on_yield(self, force: bool) -> None:
        if self.run_deadline is not None and time.perf_counter() > self.run_deadline:
            self.timed_out = True
            context.current().stop_requested = True
            raise StopException()
        run_control = self.features.run_control
        if run_control.rerun_pending:
            run_control.check()
        # The interval is checked here, not in _stream: this runs at every st.* call.
        if self._streaming and (force or time.perf_counter() - self._last_flush >= STREAM_INTERVAL_SECONDS):
            self._stream(force)

    def _run_request(
        self,
        widget_values: dict[str, Any] | None,
        *,
        visible: bool,
        page: PageTarget | None = None,
        fragments: tuple[str, ...] | None = None,
    ) -> RunOutcome:
        """Run until no rerun is pending; only a visible request's output reaches the page.
        ``fragments``: rerun only these (docs/semantics.md 14.1); None, the whole app."""
        self.run_number += 1
        self._last_flush = time.perf_counter()
        self._streaming = visible
        router = self.features.router
        if page is not None:
            router.request(page)
        script_runs = 0
        total_ms = 0.0
        replay: dict[str, Any] = {}
        while True:
            fragment_run = bool(fragments) and self.page_tree is not None
            # A fragment run stays on its page: no page change, no page bookkeeping.
            page_hash = router.main_script_hash if fragment_run else router.begin_run(widget_values)
            self.features.query_params.begin_run()
            outcome = self.runner.run_once(
                widget_values,
                fragment_ids=fragments or (),
                base_tree=self.page_tree,
                replay=replay,
                on_yield=self._on_yield,
                page_hash=page_hash,
                session_log=self.log,
                extras={**self.features.run_extras(), SESSION_VALUES_KEY: self.session_values},
            )
            if not fragment_run:
                router.end_run()
            script_runs += 1
            total_ms += outcome.duration_ms
            superseded = outcome.status == STOPPED and self.features.run_control.rerun_pending
            if outcome.body_started and not superseded:
                self.page_tree = outcome.run_context.tree
            if outcome.status != RERUN or outcome.next_run is None:
                break
            widget_values = None
            fragments = outcome.next_run.fragment_ids
            replay = outcome.next_run.replay
        context.activate(None)
        self._streaming = False
        interrupted = outcome.status == STOPPED and self.features.run_control.rerun_pending
        if interrupted:
            # Superseded by a newer interaction: the next run redraws, and until then the
            # page keeps what it shows (and the mirror keeps the page's values).
            if visible:
                self.send(
                    protocol.run_finished_message(
                        self.run_number,
                        '"blocks":{},"elements":{}',
                        status=INTERRUPTED,
                        duration_ms=total_ms,
                        script_runs=script_runs,
                    )
                )
        else:
            # An aborted run never reaches the page's end of run in Streamlit: the page keeps
            # the elements and widget values this run did not redraw, and so does the mirror.
            pushed = self.browser_values.adopt(outcome.run_context.tree, forget_missing=outcome.status != ABORTED)
            if visible:
                self._finish(outcome, script_runs, total_ms)
            else:
                # The page never sees this run: values the script set here must be pushed
                # again when the widget is next shown.
                self.session_state.push_again(pushed)
        if outcome.status == COMPLETED:
            self.features.after_completed_run()
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
