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
from wasmlit.commands.fragment import rerun_fragment, warn_element_in_fragment_callback
from wasmlit.elements.exception import REDACTED_ERROR_TEXT as REDACTED_ERROR_TEXT
from wasmlit.elements.exception import display_type_name, release_traceback, traceback_rows, uncaught_exception_props
from wasmlit.elements.exception import error_detail_visibility as error_detail_visibility
from wasmlit.errors import FragmentHandledException
from wasmlit.runtime import context, log
from wasmlit.runtime.context import RunContext
from wasmlit.runtime.fragments import FragmentRun, FragmentStorage
from wasmlit.runtime.log import SessionLog
from wasmlit.runtime.magic import MAGIC_FUNCTION_NAME, add_magic
from wasmlit.runtime.state.session_state import SessionState
from wasmlit.runtime.tree import ROOT_MAIN, ElementTree

COMPLETED = "completed"
RERUN = "rerun"
STOPPED = "stopped"
EXCEPTION = "exception"
# The script raised a BaseException that is not an Exception (SystemExit, KeyboardInterrupt,
# GeneratorExit, BaseException itself): Streamlit does not catch it, so its script thread
# ends there, showing nothing; the page keeps what it shows (docs/semantics.md 1.5).
ABORTED = "aborted"


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
    # False when callbacks ended the run before its body (the page's tree is unchanged).
    body_started: bool = True
    # The rerun that ended it (status RERUN): the whole app, or only some fragments.
    next_run: RerunException | None = None


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
        show_compile_errors: bool = False,
    ) -> None:
        """``show_compile_errors`` (the browser): a script that does not compile is shown at
        each run (``compile_error``), not raised here."""
        self.script_path = script_path
        self.session_state = session_state
        self.config = config
        # Extra globals for every run's ``__main__`` (AppTest.from_function's arguments).
        self.module_globals: dict[str, Any] = {}
        if source is None:
            with open(script_path, encoding="utf-8-sig") as script_file:
                source = script_file.read()
        # The dev loop's last saved script did not compile: full runs show this instead.
        self.compile_error: SyntaxError | ValueError | None = None
        self.code = compile(b"", script_path, "exec")
        if show_compile_errors:
            self.reload_source(source)
        else:
            self.code = compile_script(source, script_path, magic=bool(config.get("runner.magicEnabled", True)))
        # Runs instead of the main script when set (an app with a pages/ folder), and is
        # handed the function that runs the main script.
        self.body_runner: Callable[[Callable[[], None]], None] | None = None
        # Every fragment the session's runs registered (docs/semantics.md 14.1).
        self.fragments = FragmentStorage()

    def reload_source(self, source: str) -> None:
        """The dev loop saved the main script: the next run runs it, or shows why it cannot."""
        try:
            self.code = compile_script(
                source, self.script_path, magic=bool(self.config.get("runner.magicEnabled", True))
            )
            self.compile_error = None
        except (SyntaxError, ValueError) as error:  # ValueError: a NUL byte, before Python 3.12
            self.compile_error = error

    def _show_uncaught(self, run_context: RunContext, error: BaseException) -> None:
        """Appended to the main area whatever container raised it (docs/semantics.md 8.3)."""
        props = uncaught_exception_props(error, self.config)
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

    def _run_callbacks(self, run_context: RunContext, widget_values: dict[str, Any]) -> RerunException | None:
        """Run changed widgets' callbacks; the rerun they asked for, if any.

        Streamlit 1.67 collects each callback's wish: a rerun of named fragments, or the
        interaction's own rerun (a plain ``st.rerun()``, or returning normally). Named
        fragments alone preempt this run and still see the click; mixed with a wish for
        the app's own rerun, the whole app reruns.
        """
        changed = self.session_state.apply_browser_values(widget_values)
        if not changed:
            return None
        requests: list[RerunException] = []
        targeted = wants_default = False
        fragments = run_context.fragments
        run_context.in_callback = True
        try:
            for metadata in changed:
                assert metadata.callback is not None
                fragments.current = metadata.fragment_id
                run_context.redirect_writes = warn_element_in_fragment_callback if metadata.fragment_id else None
                try:
                    metadata.callback(*metadata.callback_args, **metadata.callback_kwargs)
                    wants_default = True
                except RerunException as request:
                    requests.append(request)
                    targeted = targeted or bool(request.fragment_ids)
                    wants_default = wants_default or not request.fragment_ids
        finally:
            run_context.in_callback = False
            run_context.redirect_writes = None
            fragments.current = None
        if not requests:
            return None
        if targeted and wants_default and not fragments.ids_this_run:
            requests.append(RerunException())
        merged = _coalesce(requests)
        if targeted:
            merged.replay = self.session_state.active_triggers()
        return merged

    def _run_full_body(self, run_context: RunContext, page_hash: str) -> None:
        fragments = run_context.fragments
        fragments.storage.clear_wrappers()
        self._execute_body(page_hash)
        if fragments.parallel_exit is not None:
            if isinstance(fragments.parallel_exit, StopException):
                run_context.stop_requested = True
            raise fragments.parallel_exit
        # Fragments this run did not call are gone from the page (docs/semantics.md 14.1).
        fragments.storage.clear(keep=fragments.new_ids)

    def _run_fragments(self, run_context: RunContext) -> None:
        """A fragment run: each queued fragment reruns in its container, unless an
        ancestor of it already ran (and ran it inline). One fragment's error does not
        stop the next."""
        fragments = run_context.fragments
        storage = fragments.storage
        executed: set[str] = set()
        for fragment_id in fragments.ids_this_run:
            if storage.has_ancestor_in(fragment_id, executed):
                continue
            registration = storage.lookup(fragment_id)
            if registration is None:
                continue  # a full run forgot it since the page asked
            executed.add(fragment_id)
            sequence = storage.sequence
            try:
                rerun_fragment(run_context, registration)
            except Exception:  # the fragment showed its error in its container
                pass
            finally:
                storage.clear_stale_descendants(fragment_id, storage.ids_registered_after(sequence))

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
        fragment_ids: tuple[str, ...] = (),
        base_tree: ElementTree | None = None,
        replay: dict[str, Any] | None = None,
        on_yield: Callable[[bool], None] | None = None,
        page_hash: str = "",
        extras: dict[str, Any] | None = None,
        session_log: SessionLog | None = None,
    ) -> RunOutcome:
        """One run. ``widget_values`` is None for runs started by ``st.rerun()``.

        With ``fragment_ids`` it is a fragment run: only those fragments run, in
        ``base_tree`` (what the page shows), which keeps every other element.
        ``replay`` gives clicks whose callbacks already ran to the run again.
        """
        started = time.perf_counter()
        fragment_run = bool(fragment_ids) and base_tree is not None
        run_context = RunContext(
            session_state=self.session_state,
            tree=base_tree if fragment_run and base_tree is not None else ElementTree(),
            config=self.config,
            page_hash=page_hash,
            main_script_path=self.script_path,
            on_yield=on_yield,
            extras=dict(extras or {}),
            session_log=session_log,
            fragments=FragmentRun(self.fragments, self.fragments.order(fragment_ids) if fragment_run else ()),
        )
        context.activate(run_context)
        self.session_state.begin_run()
        if replay:
            self.session_state.replay_triggers(replay)
        status = COMPLETED
        body_started = False
        next_run: RerunException | None = None
        try:
            if widget_values is not None:
                requested = self._run_callbacks(run_context, widget_values)
                if requested is not None:
                    raise requested
            context.yield_point()
            body_started = True
            if run_context.fragments.ids_this_run:
                self._run_fragments(run_context)
            else:
                self._run_full_body(run_context, page_hash)
            if self.config.get("runner.enforceSerializableSessionState", False):
                self.session_state.check_serializable()
            context.yield_point()
        except RerunException as request:
            status = RERUN
            next_run = request
        except StopException:
            status = STOPPED
        except FragmentHandledException:
            status = EXCEPTION  # the fragment showed the error in its container
        except Exception as error:
            status = EXCEPTION
            self._show_uncaught(run_context, error)
            release_traceback(error)
        except BaseException as error:
            status = ABORTED
            self._log_aborted(error)
            release_traceback(error)
        if status in (COMPLETED, RERUN):
            self.session_state.finish_run(
                cleanup_stale_widgets=status == COMPLETED and body_started,
                fragment_ids=run_context.fragments.ids_this_run,
            )
        duration_ms = (time.perf_counter() - started) * 1000
        return RunOutcome(status, run_context, duration_ms, body_started=body_started, next_run=next_run)


def _coalesce(requests: list[RerunException]) -> RerunException:
    """Rerun requests made by one interaction's callbacks, folded as Streamlit folds
    them: the whole app if any asked for it, else every named fragment, in order."""
    if any(not request.fragment_ids for request in requests):
        return RerunException()
    fragment_ids: dict[str, None] = {}
    for request in requests:
        fragment_ids.update(dict.fromkeys(request.fragment_ids))
    return RerunException(fragment_ids=tuple(fragment_ids))
