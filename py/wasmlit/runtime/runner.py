"""The script runner: one run, in Streamlit's order of operations (docs/semantics.md 1.2).

1. context reset; 2. (browser-driven runs) trigger reset, compaction, browser values,
callbacks; 3. yield check; 4. the body in a fresh ``__main__``; 5. serializability check;
6. a final yield check (a stop swallowed by a bare ``except:`` fires here at the latest);
7. end of run: trigger reset and stale-widget cleanup, unless stopped prematurely
(docs/semantics.md 1.3 has the table of what each way of ending a run skips; 1.5 what
exceptions that are not ``Exception`` subclasses do).
"""

from __future__ import annotations

import ast
import builtins
import sys
import time
import types
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wasmlit.commands.execution_control import RerunException, StopException
from wasmlit.elements.exception import display_type_name, exception_props, release_traceback, traceback_rows
from wasmlit.runtime import context, log
from wasmlit.runtime.context import RunContext
from wasmlit.runtime.log import SessionLog
from wasmlit.runtime.magic import MAGIC_FUNCTION_NAME, add_magic
from wasmlit.runtime.state.session_state import SessionState
from wasmlit.runtime.tree import ROOT_MAIN

COMPLETED = "completed"
RERUN = "rerun"
STOPPED = "stopped"
EXCEPTION = "exception"
# The script raised a BaseException that is not an Exception (SystemExit, KeyboardInterrupt,
# GeneratorExit, BaseException itself): Streamlit does not catch it, so its script thread
# ends there, showing nothing; the page keeps what it shows (docs/semantics.md 1.5).
ABORTED = "aborted"

REDACTED_ERROR_TEXT = (
    "This app has encountered an error. The original error message is redacted to prevent data "
    "leaks. Full error details have been recorded in the logs (if you're on Streamlit Cloud, click "
    "on 'Manage app' in the lower right of your app)."
)


def error_detail_visibility(setting: Any) -> tuple[bool, bool, bool]:
    """``client.showErrorDetails`` -> (message, traceback, type) shown for uncaught errors.

    >>> [error_detail_visibility(value) for value in ("full", "stacktrace", "type", "none")]
    [(True, True, True), (False, True, True), (False, False, True), (False, False, False)]
    >>> error_detail_visibility(False)
    (False, True, True)
    """
    show_message = setting in ("full", True, "true", "True")
    show_trace = show_message or setting in ("stacktrace", False, "false", "False")
    show_type = show_trace or setting == "type"
    return show_message, show_trace, show_type


def compile_script(source: str, path: str, *, magic: bool) -> types.CodeType:
    """Compile once; SyntaxError propagates with file, line and offset."""
    tree = ast.parse(source, filename=path)
    if magic:
        tree = add_magic(tree)
    return compile(tree, path, "exec", dont_inherit=True)


@dataclass
class RunOutcome:
    status: str
    run_context: RunContext
    duration_ms: float


def _magic_write(*values: Any) -> None:
    from wasmlit import write

    write(*values)


class ScriptRunner:
    def __init__(
        self,
        script_path: str,
        session_state: SessionState,
        *,
        config: dict[str, Any],
        source: str | None = None,
    ) -> None:
        self.script_path = script_path
        self.session_state = session_state
        self.config = config
        # Extra globals for every run's ``__main__`` (AppTest.from_function's arguments).
        self.module_globals: dict[str, Any] = {}
        if source is None:
            with open(script_path, encoding="utf-8-sig") as script_file:
                source = script_file.read()
        self.code = compile_script(source, script_path, magic=bool(config.get("runner.magicEnabled", True)))
        # Runs instead of the main script when set (an app with a pages/ folder), and is
        # handed the function that runs the main script.
        self.body_runner: Callable[[Callable[[], None]], None] | None = None

    def _show_uncaught(self, run_context: RunContext, error: BaseException) -> None:
        """Appended to the main area whatever container raised it (docs/semantics.md 8.3)."""
        props = exception_props(error, qualified_type=True)
        show_message, show_trace, show_type = error_detail_visibility(
            self.config.get("client.showErrorDetails", "full")
        )
        if not show_message:
            props["message"] = REDACTED_ERROR_TEXT
            props["traceback"] = traceback_rows(error, messages=False) if show_trace else []
        if not show_type:
            props["type"] = ""
        run_context.tree.append(run_context.tree.roots[ROOT_MAIN], "exception", props)

    def _log_aborted(self, error: BaseException) -> None:
        """What Streamlit writes to its server log when its script thread dies of ``error``."""
        try:
            message = str(error).strip()
        except Exception:
            message = ""
        name = display_type_name(error, qualified=True)
        raised = f"{name}: {message}" if message else name
        if isinstance(error, SystemExit):
            # Python's thread machinery ends a thread silently on SystemExit.
            log.info(f"The script raised {raised}: the run ended there (docs/semantics.md 1.5).")
            return
        rows = "\n".join(traceback_rows(error))
        log.error(
            f"Uncaught {raised}. It is not an Exception subclass, so the run ended there and the "
            f"page shows nothing of it, as in Streamlit.\nTraceback:\n{rows}"
        )

    def _run_callbacks(self, run_context: RunContext, widget_values: dict[str, Any]) -> bool:
        """Run changed widgets' callbacks; True if one of them asked for a rerun."""
        rerun_requested = False
        run_context.in_callback = True
        try:
            for metadata in self.session_state.apply_browser_values(widget_values):
                try:
                    assert metadata.callback is not None
                    metadata.callback(*metadata.callback_args, **metadata.callback_kwargs)
                except RerunException:
                    rerun_requested = True
        finally:
            run_context.in_callback = False
        return rerun_requested

    def _execute_body(self, page_hash: str) -> None:
        if self.body_runner is not None:
            self.body_runner(self._execute_main_script)
        else:
            self._execute_main_script()

    def _execute_main_script(self) -> None:
        module = types.ModuleType("__main__")
        module.__file__ = self.script_path
        module.__dict__["__builtins__"] = builtins
        module.__dict__.update(self.module_globals)
        if self.config.get("runner.magicEnabled", True):
            module.__dict__[MAGIC_FUNCTION_NAME] = _magic_write
        sys.modules["__main__"] = module
        exec(self.code, module.__dict__)

    def run_once(
        self,
        widget_values: dict[str, Any] | None,
        *,
        on_yield: Callable[[bool], None] | None = None,
        page_hash: str = "",
        extras: dict[str, Any] | None = None,
        session_log: SessionLog | None = None,
    ) -> RunOutcome:
        """One run. ``widget_values`` is None for runs started by ``st.rerun()``."""
        started = time.perf_counter()
        run_context = RunContext(
            session_state=self.session_state,
            config=self.config,
            page_hash=page_hash,
            main_script_path=self.script_path,
            on_yield=on_yield,
            extras=dict(extras or {}),
            session_log=session_log,
        )
        context.activate(run_context)
        self.session_state.begin_run()
        status = COMPLETED
        body_started = False
        try:
            if widget_values is not None and self._run_callbacks(run_context, widget_values):
                raise RerunException()
            context.yield_point()
            body_started = True
            self._execute_body(page_hash)
            if self.config.get("runner.enforceSerializableSessionState", False):
                self.session_state.check_serializable()
            context.yield_point()
        except RerunException:
            status = RERUN
        except StopException:
            status = STOPPED
        except Exception as error:
            status = EXCEPTION
            self._show_uncaught(run_context, error)
            release_traceback(error)
        except BaseException as error:
            status = ABORTED
            self._log_aborted(error)
            release_traceback(error)
        if status in (COMPLETED, RERUN):
            self.session_state.finish_run(cleanup_stale_widgets=status == COMPLETED and body_started)
        return RunOutcome(status, run_context, (time.perf_counter() - started) * 1000)
