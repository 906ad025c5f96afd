"""The context of the run in progress: one interpreter thread, so one module global.

Every ``st.*`` call finds its session, element tree and ``with`` stack here. Outside a
run (``python app.py``, an import at build time) a bare context with a process-global
Session State stands in, as Streamlit's bare mode does.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wasmlit.runtime.fragments import FragmentRun
from wasmlit.runtime.state.session_state import SessionState
from wasmlit.runtime.tree import ElementTree

if TYPE_CHECKING:
    from wasmlit.elements.host import ElementHost
    from wasmlit.runtime.log import SessionLog


@dataclass
class RunContext:
    session_state: SessionState
    tree: ElementTree = field(default_factory=ElementTree)
    config: dict[str, Any] = field(default_factory=dict)
    page_hash: str = ""
    main_script_path: str = ""
    # ``with`` blocks entered by the script, innermost last.
    container_stack: list[ElementHost] = field(default_factory=list)
    in_callback: bool = False
    # Set by st.stop(); honoured again at every yield point if a bare except swallowed it.
    stop_requested: bool = False
    # Called at every yield point with force=False, and with force=True before the script
    # blocks (time.sleep); the session streams patches from it. Runs on every st.* call.
    on_yield: Callable[[bool], None] | None = None
    # Values the runtime keeps per session but outside Session State (query params,
    # page config, caches); subsystems register under their own name.
    extras: dict[str, Any] = field(default_factory=dict)
    # Where Streamlit's server-log lines go (the browser console); None: Python logging.
    session_log: SessionLog | None = None
    started_at: float = field(default_factory=time.perf_counter)
    # Fragments: which this run reruns, which is running (docs/semantics.md 14.1).
    fragments: FragmentRun = field(default_factory=FragmentRun)
    # Set while a fragment's body runs: every write goes through it, so that writes into
    # containers created outside the fragment land in the fragment's own wrapper block.
    redirect_writes: Callable[[ElementHost], ElementHost] | None = None


_current: RunContext | None = None
# Outside a run: one bare context for the process, never installed as the current run.
_bare_context: RunContext | None = None


def current() -> RunContext:
    """The run in progress or, outside a run, the bare context."""
    global _bare_context
    if _current is not None:
        return _current
    if _bare_context is None:
        _bare_context = RunContext(session_state=SessionState())
    return _bare_context


def active() -> RunContext | None:
    """The run in progress, or None between runs (unlike ``current``, never a bare context)."""
    return _current


def activate(run_context: RunContext | None) -> None:
    global _current
    _current = run_context


def yield_point(force: bool = False) -> None:
    """Where a pending stop is honoured and output may be streamed to the page."""
    run_context = _current
    if run_context is None:
        return
    if run_context.stop_requested:
        from wasmlit.commands.execution_control import StopException

        raise StopException()
    if run_context.on_yield is not None:
        run_context.on_yield(force)
