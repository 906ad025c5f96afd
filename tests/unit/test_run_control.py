"""Stop and fast reruns while a run is busy (the worker's shared-memory signals).

In the browser Pyodide calls the signal handlers when the page writes into the interrupt
buffer; here ``signal.raise_signal`` delivers the same signals on CPython.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Iterator

import pytest

from wasmlit.runtime import run_control
from wasmlit.runtime.run_control import RERUN_SIGNAL, STOP_SIGNAL, RunControl
from wasmlit.testing import AppTest


@pytest.fixture(autouse=True)
def restore_signal_handlers() -> Iterator[None]:
    saved = {number: signal.getsignal(number) for number in (STOP_SIGNAL, RERUN_SIGNAL)}
    yield
    for number, handler in saved.items():
        signal.signal(number, handler)


def attached(at: AppTest) -> RunControl:
    control = at._session.features.run_control
    control.attach(lambda: 0, lambda observed, seconds: None)
    return control


def texts(at: AppTest) -> list[str]:
    return [element.value for element in at.main if element.type == "text"]


def test_stop_ends_a_busy_loop_in_the_script_as_st_stop_would() -> None:
    at = AppTest.from_string(
        """
        import signal
        import streamlit as st
        st.text("before")
        signal.raise_signal(signal.SIGINT)  # the page's Stop button, mid-loop
        while True:
            pass
        """
    )
    attached(at)
    at.run()
    assert at.status == "stopped"
    assert texts(at) == ["before"]


def test_stop_in_runtime_code_waits_for_the_next_yield_point() -> None:
    control = RunControl()
    runtime_file = os.path.join(os.path.dirname(run_control.__file__), "fake_runtime_module.py")
    namespace: dict[str, object] = {}
    exec(compile("import sys\nframe = sys._getframe()", runtime_file, "exec"), namespace)
    from wasmlit.runtime import context
    from wasmlit.runtime.context import RunContext
    from wasmlit.runtime.state.session_state import SessionState

    run = RunContext(session_state=SessionState())
    context.activate(run)
    try:
        control.handle_signal(STOP_SIGNAL, namespace["frame"])  # type: ignore[arg-type]
        assert run.stop_requested, "deferred: the flag is set, nothing raised inside the runtime"
        with pytest.raises(run_control.StoppedByUser):
            control.handle_signal(STOP_SIGNAL, sys._getframe())
    finally:
        context.activate(None)


def test_a_new_interaction_never_interrupts_callbacks_and_skips_the_body() -> None:
    at = AppTest.from_string(
        """
        import signal
        import streamlit as st
        st.session_state.setdefault("clicks", 0)
        def count():
            signal.raise_signal(signal.SIGUSR1)  # another click arrives during the callback
            st.text("callback output")
            st.session_state.clicks += 1
        st.button("count", on_click=count)
        st.text(f"clicks {st.session_state.clicks}")
        """
    )
    attached(at)
    at.run()
    at.button[0].click().run()
    assert at.status == "interrupted"
    assert at.session_state["clicks"] == 1, "the callback ran to its end: the click counted"
    at.run()  # the queued interaction's run
    assert at.status == "completed"
    assert texts(at) == ["clicks 1"]


def test_a_new_interaction_stops_the_body_at_its_next_yield_point() -> None:
    messages: list[dict[str, object]] = []
    at = AppTest.from_string(
        """
        import signal
        import streamlit as st
        if st.session_state.get("interrupt"):
            st.text("first")
            signal.raise_signal(signal.SIGUSR1)
            reached = "code between yield points still runs"
            st.text("second")
        st.text("end")
        """
    )
    attached(at)
    at.run()
    at.session_state["interrupt"] = True
    original = at._session.send
    at._session.send = lambda text: (messages.append(json.loads(text)), original(text))  # type: ignore[func-returns-value]
    at.run()
    finished = [message for message in messages if message["type"] == "run_finished"]
    assert finished[-1]["status"] == "interrupted"
    assert finished[-1]["elements"] == {} and finished[-1]["blocks"] == {}
    assert texts(at) == ["end"], "the page keeps its elements until the next run finishes"


def test_fast_reruns_off_lets_the_run_finish() -> None:
    at = AppTest.from_string(
        """
        import signal
        import streamlit as st
        signal.raise_signal(signal.SIGUSR1)
        st.text("finished")
        """,
        config={"runner.fastReruns": False},
    )
    attached(at)
    at.run()
    assert at.status == "completed"
    assert texts(at) == ["finished"]


def test_sleep_waits_in_slices_and_wakes_for_stop() -> None:
    control = RunControl()
    waits: list[float] = []

    def wait(observed: int, seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 2:
            control.handle_signal(STOP_SIGNAL, sys._getframe())

    control._wait = wait
    control._wake_counter = lambda: 0
    from wasmlit.commands.execution_control import StopException
    from wasmlit.runtime import context
    from wasmlit.runtime.context import RunContext
    from wasmlit.runtime.state.session_state import SessionState

    context.activate(RunContext(session_state=SessionState()))
    try:
        with pytest.raises(StopException):
            control.sleep(10, original_sleep=lambda seconds: None)
    finally:
        context.activate(None)
    assert waits == [0.25, 0.25]


def test_without_shared_memory_sleep_is_the_interpreters_own() -> None:
    slept: list[float] = []
    RunControl().sleep(0.5, original_sleep=slept.append)
    assert slept == [0.5]
