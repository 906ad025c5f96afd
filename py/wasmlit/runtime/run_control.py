"""Stopping a run and pre-empting it for a newer interaction, from the page, mid-run.

Python runs in a Web Worker, which reads no message while a run is busy. When the page
is cross-origin isolated it shares memory with the worker: it writes a signal number into
Pyodide's interrupt buffer and wakes any sleep. Pyodide then calls the Python handler for
that signal between two bytecodes of whatever is running:

- ``STOP_SIGNAL`` (the Stop button) ends the run as ``st.stop()`` would: at once in the
  script's own code (even in ``while True: pass``), or at the next yield point when the
  runtime itself is busy (so its bookkeeping is never torn).
- ``RERUN_SIGNAL`` (a click or an edit during the run; Streamlit's ``runner.fastReruns``)
  marks the run as superseded; it stops at its next yield point. Never inside widget
  callbacks: they run to the end, so a click whose callback had not run yet still counts.
  The new interaction then runs with its values.

Without shared memory none of this reaches a busy worker: the page queues interactions
until the run ends, and its Stop button replaces the worker (see ``web/worker/host.js``).
"""

from __future__ import annotations

import os
import signal
import sysconfig
import time
import types
from collections.abc import Callable

from wasmlit.commands.execution_control import StopException
from wasmlit.runtime import context

STOP_SIGNAL = 2  # SIGINT
RERUN_SIGNAL = 10  # SIGUSR1: free for our use in Pyodide
# The longest a sleep waits before looking at the flags again (a safety net only:
# the page wakes a sleeping worker at once).
_WAIT_SLICE_SECONDS = 0.25

_RUNTIME_FOLDER = os.path.dirname(os.path.abspath(__file__)) + os.sep
_STANDARD_LIBRARY_FOLDERS = tuple(
    {
        os.path.dirname(os.path.abspath(os.__file__)) + os.sep,
        sysconfig.get_paths()["stdlib"] + os.sep,
        sysconfig.get_paths()["platstdlib"] + os.sep,
    }
)


class RunInterrupted(StopException):
    """A newer interaction superseded this run (fast reruns); it stops at a yield point."""


class StoppedByUser(StopException):
    """The page's Stop button ended the run."""


def _in_runtime(frame: types.FrameType | None) -> bool:
    """Whether the innermost frame that is not standard library belongs to the runtime."""
    while frame is not None:
        filename = frame.f_code.co_filename
        if filename.startswith(_RUNTIME_FOLDER):
            return True
        if not (filename.startswith(_STANDARD_LIBRARY_FOLDERS) or filename.startswith("<frozen")):
            return False
        frame = frame.f_back
    return True


class RunControl:
    """The worker side of Stop and fast reruns; one per session."""

    def __init__(self, *, fast_reruns: bool = True) -> None:
        self.fast_reruns = fast_reruns
        self.rerun_pending = False
        # (observe the wake counter, wait until it changes or the timeout passes): set
        # by the bridge when the page shares memory with the worker.
        self._wake_counter: Callable[[], int] | None = None
        self._wait: Callable[[int, float], None] | None = None

    def attach(self, wake_counter: Callable[[], int], wait: Callable[[int, float], None]) -> None:
        """Shared memory is available: install the signal handlers and a sleep that wakes up."""
        self._wake_counter = wake_counter
        self._wait = wait
        signal.signal(STOP_SIGNAL, self.handle_signal)
        signal.signal(RERUN_SIGNAL, self.handle_signal)

    @property
    def attached(self) -> bool:
        return self._wait is not None

    def begin_message(self) -> None:
        """A new batch of requests: it carries the interactions that asked for a rerun."""
        self.rerun_pending = False

    def handle_signal(self, signum: int, frame: types.FrameType | None) -> None:
        run_context = context.active()
        if run_context is None:
            return  # between runs there is nothing to stop
        if signum == STOP_SIGNAL:
            run_context.stop_requested = True
            if not _in_runtime(frame):
                raise StoppedByUser()
        elif signum == RERUN_SIGNAL and self.fast_reruns:
            self.rerun_pending = True

    def check(self) -> None:
        """At a yield point: a superseded run stops here, unless it is running callbacks."""
        if self.rerun_pending:
            run_context = context.active()
            if run_context is not None and not run_context.in_callback:
                raise RunInterrupted()

    def sleep(self, seconds: float, original_sleep: Callable[[float], None]) -> None:
        """``time.sleep``: without shared memory, the interpreter's own (busy) sleep; with it,
        a real wait that Stop or a new interaction cuts short."""
        if self._wait is None or self._wake_counter is None:
            original_sleep(seconds)
            return
        deadline = time.monotonic() + max(0.0, float(seconds))
        while True:
            # Read the counter before looking at the flags: a wake-up in between then
            # makes the wait return at once instead of being missed.
            observed = self._wake_counter()
            context.yield_point()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            self._wait(observed, min(remaining, _WAIT_SLICE_SECONDS))
