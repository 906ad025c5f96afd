"""``get_script_run_ctx``: Streamlit's handle on the run in progress, for libraries that
check whether they run inside an app or need the session's id.

wasmlit runs one session per interpreter and its scripts on one thread, so the context
is the run in progress (``wasmlit.runtime.context``), whatever the thread;
``add_script_run_ctx`` only tags the thread, as Streamlit does.
"""

from __future__ import annotations

import logging
import threading
import uuid
from pathlib import Path
from typing import Any

from wasmlit.runtime import context
from wasmlit.runtime.context import RunContext

SCRIPT_RUN_CONTEXT_ATTR_NAME = "streamlit_script_run_ctx"

# Where a session's id is kept (RunContext.extras' per-session dict, or the run's own).
_SESSION_ID_KEY = "script_run_ctx.session_id"

_LOGGER = logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context")


def _session_values(run_context: RunContext) -> dict[str, Any]:
    from wasmlit.commands.page_config import SESSION_VALUES_KEY

    values: dict[str, Any] = run_context.extras.setdefault(SESSION_VALUES_KEY, {})
    return values


class ScriptRunContext:
    """A view of the run in progress with the attributes apps read."""

    def __init__(self, run_context: RunContext) -> None:
        self._run_context = run_context

    @property
    def session_id(self) -> str:
        """The same for every run of one browser tab (one session), and unique."""
        from wasmlit.runtime.prerender import mark_browser_dependent

        # Random per tab: a first paint made at build time must not show the build's.
        mark_browser_dependent("ScriptRunContext.session_id")
        values = _session_values(self._run_context)
        session_id: str = values.setdefault(_SESSION_ID_KEY, str(uuid.uuid4()))
        return session_id

    @property
    def page_script_hash(self) -> str:
        return self._run_context.page_hash

    @property
    def main_script_path(self) -> str:
        return self._run_context.main_script_path

    @property
    def main_script_parent(self) -> Path:
        return Path(self._run_context.main_script_path).parent

    @property
    def session_state(self) -> Any:
        return self._run_context.session_state

    @property
    def query_string(self) -> str:
        from wasmlit.query_params import current_query_params
        from wasmlit.runtime.prerender import mark_browser_dependent

        mark_browser_dependent("ScriptRunContext.query_string")
        return current_query_params().query_string()

    @property
    def user_info(self) -> dict[str, Any]:
        from wasmlit.user_info import UserInfoProxy

        return UserInfoProxy().to_dict()

    @property
    def fragment_ids_this_run(self) -> list[str] | None:
        return None

    @property
    def has_script_started(self) -> bool:
        return True

    def __repr__(self) -> str:
        return f"ScriptRunContext(session_id={self.session_id!r}, page_script_hash={self.page_script_hash!r})"


def get_script_run_ctx(suppress_warning: bool = False) -> ScriptRunContext | None:
    """The run in progress, or None outside one (bare ``python app.py``), as in Streamlit."""
    run_context = context.active()
    if run_context is None:
        if not suppress_warning:
            _LOGGER.warning(
                "Thread '%s': missing ScriptRunContext! This warning can be ignored when running in bare mode.",
                threading.current_thread().name,
            )
        return None
    return ScriptRunContext(run_context)


def add_script_run_ctx(thread: threading.Thread | None = None, ctx: ScriptRunContext | None = None) -> threading.Thread:
    """Tag ``thread`` with the context (Streamlit's attribute); returns the thread."""
    if thread is None:
        thread = threading.current_thread()
    if ctx is None:
        ctx = get_script_run_ctx(suppress_warning=True)
    if ctx is not None:
        setattr(thread, SCRIPT_RUN_CONTEXT_ATTR_NAME, ctx)
    return thread
