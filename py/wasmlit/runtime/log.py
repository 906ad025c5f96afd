"""Messages Streamlit writes to its server log; wasmlit sends them to the browser console.

Streamlit logs some problems instead of showing them in the page (docs/semantics.md 3.4, 6).
A static site has no server log, so these go to the visitor's browser console through
the ``log`` protocol message (``console.warn`` for warnings). Headless, ``AppTest``
keeps them in ``at.logs``; outside a session they go to Python's ``logging``.

Widget code calls:

- ``warn(text)`` / ``info(text)`` / ``error(text)`` for a log line;
- ``warn_once(tag, text)`` for a line logged at most once per session (Streamlit logs
  some only once per server process; one tab is one process here);
- nothing for the default-value warning: set ``WidgetSpec.non_default_value`` and
  ``register`` calls ``warn_default_value_with_session_state`` at the point Streamlit does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Final

from wasmlit.runtime import context
from wasmlit.runtime.protocol import LogLevel

WARN: Final = "warn"
INFO: Final = "info"
ERROR: Final = "error"

DISABLE_DUPLICATION_WARNING = "global.disableWidgetStateDuplicationWarning"

_python_logger = logging.getLogger("wasmlit")
_PYTHON_LEVELS = {WARN: logging.WARNING, INFO: logging.INFO, ERROR: logging.ERROR}


class SessionLog:
    """One session's log: where lines go, and which once-only lines were already sent."""

    def __init__(self, send: Callable[[LogLevel, str], None]) -> None:
        self._send = send
        self._sent_once: set[str] = set()

    def write(self, level: LogLevel, text: str) -> None:
        self._send(level, text)

    def first_time(self, tag: str) -> bool:
        """True the first time a tag is seen in this session."""
        if tag in self._sent_once:
            return False
        self._sent_once.add(tag)
        return True


def _session_log() -> SessionLog | None:
    return context.current().session_log


def write(level: LogLevel, text: str) -> None:
    """Send one line to the browser console (or Python's logging outside a session)."""
    session_log = _session_log()
    if session_log is None:
        _python_logger.log(_PYTHON_LEVELS.get(level, logging.WARNING), text)
    else:
        session_log.write(level, text)


def warn(text: str) -> None:
    write(WARN, text)


def info(text: str) -> None:
    write(INFO, text)


def error(text: str) -> None:
    write(ERROR, text)


def warn_once(tag: str, text: str) -> None:
    """A warning sent at most once per session for each ``tag``."""
    session_log = _session_log()
    if session_log is not None and not session_log.first_time(tag):
        return
    warn(text)


def warn_default_value_with_session_state(user_key: str) -> None:
    """docs/semantics.md 3.4: a keyed widget got a non-default default *and* a value set
    through Session State in this run. Logged once per session, unless the config
    option ``global.disableWidgetStateDuplicationWarning`` is on."""
    if context.current().config.get(DISABLE_DUPLICATION_WARNING, False):
        return
    warn_once(
        "default-value-with-session-state",
        f'The widget with key "{user_key}" was created with a default value but also had its value '
        "set via the Session State API.",
    )
