"""Faults a script can raise that are not ordinary exceptions (docs/semantics.md 1.5), and
a replacement worker's first request (its first click must not be lost)."""

from __future__ import annotations

import gc
import json
import sys
import weakref
from collections.abc import Iterator

import pytest

from wasmlit.elements.exception import MAX_TRACEBACK_FRAMES, release_traceback, traceback_rows
from wasmlit.runtime.session import AppSession
from wasmlit.testing import AppTest

# Streamlit 1.67 lets these escape its script thread: nothing is shown, the page keeps
# what it has, Session State keeps what the run changed before it.
UNCAUGHT_BY_STREAMLIT = {
    "BaseException": "raise BaseException('boom')",
    "GeneratorExit": "raise GeneratorExit('gone')",
    "KeyboardInterrupt": "raise KeyboardInterrupt('keys')",
}

COUNTER_WITH_FAULT = """
import streamlit as st
st.session_state.setdefault("n", 0)

def count():
    st.session_state.n += 1

def fault():
    st.session_state.n += 100
    {fault}

st.button("Count", on_click=count)
st.button("Fault in callback", on_click=fault)
st.text(f"n={{st.session_state.n}}")
if st.button("Fault in body"):
    st.session_state.n += 10
    st.text("drawn before the fault")
    {fault}
st.text("end")
"""


def counter_app(fault: str) -> AppTest:
    return AppTest.from_string(COUNTER_WITH_FAULT.format(fault=fault)).run()


def texts(at: AppTest) -> list[str]:
    return [element.value for element in at.main if element.type == "text"]


def click(at: AppTest, label: str) -> AppTest:
    return next(button for button in at.button if button.label == label).click().run()


@pytest.mark.parametrize("name", UNCAUGHT_BY_STREAMLIT)
def test_a_base_exception_in_the_body_ends_the_run_and_shows_nothing(name: str) -> None:
    at = click(counter_app(UNCAUGHT_BY_STREAMLIT[name]), "Fault in body")
    assert at.status == "aborted"
    assert not at.exception
    assert texts(at) == ["n=0", "drawn before the fault"]
    assert at.session_state["n"] == 10, "what the run changed before the fault stays, as in Streamlit"
    errors = [text for level, text in at.logs if level == "error"]
    assert len(errors) == 1 and errors[0].startswith(f"Uncaught {name}: ")
    assert "Traceback:\nFile " in errors[0]
    assert click(at, "Count").session_state["n"] == 11, "the app stays usable"
    assert texts(at) == ["n=11", "end"]


@pytest.mark.parametrize("name", UNCAUGHT_BY_STREAMLIT)
def test_a_base_exception_in_a_callback_ends_the_run_before_the_body(name: str) -> None:
    at = click(counter_app(UNCAUGHT_BY_STREAMLIT[name]), "Fault in callback")
    assert at.status == "aborted"
    assert not at.exception
    assert len(at.main) == 0, "as Streamlit's AppTest: the run drew nothing"
    assert at.session_state["n"] == 100
    assert click(at.run(), "Count").session_state["n"] == 101


def test_the_page_keeps_what_an_aborted_run_did_not_redraw() -> None:
    at = counter_app("raise BaseException('boom')")
    statuses: list[object] = []
    forward = at.session.send

    def send(text: str) -> None:
        message = json.loads(text)
        if message["type"] == "run_finished":
            statuses.append(message["status"])
        forward(text)

    at.session.send = send
    shown = list(at.page.committed["main"])
    click(at, "Fault in callback")
    assert statuses == ["aborted"]
    # The page (web/store.js) and PageModel do not fold an aborted run into what they show:
    # the widgets of the last completed run stay, to be clicked.
    assert at.page.committed["main"] == shown
    assert all(element_id in at.page.elements for element_id in shown)


def test_system_exit_ends_the_run_quietly() -> None:
    at = click(counter_app("raise SystemExit(3)"), "Fault in body")
    assert at.status == "aborted"
    assert not at.exception
    assert texts(at) == ["n=0", "drawn before the fault"]
    assert [level for level, _ in at.logs] == ["info"]
    assert "SystemExit: 3" in at.logs[0][1]


def test_memory_error_is_an_exception_and_is_shown() -> None:
    at = click(counter_app("raise MemoryError()"), "Fault in body")
    assert at.status == "exception"
    assert at.exception[0].type_name == "MemoryError"
    assert texts(at) == ["n=0", "drawn before the fault"]


@pytest.fixture
def recursion_limit() -> Iterator[None]:
    saved = sys.getrecursionlimit()
    yield
    sys.setrecursionlimit(saved)


@pytest.mark.usefixtures("recursion_limit")
def test_deep_recursion_under_a_raised_limit_shows_a_short_traceback() -> None:
    at = counter_app(
        "import sys\n    sys.setrecursionlimit(30_000)\n    def down(n):\n        return down(n + 1)\n    down(0)"
    )
    click(at, "Fault in body")
    assert at.exception[0].type_name == "RecursionError"
    rows = at.exception[0].stack_trace
    assert len(rows) < 10, rows
    assert rows[-1].startswith("[") and rows[-1].endswith(" more frames not shown]")
    assert any("Previous line repeated" in row for row in rows)
    assert click(at, "Count").session_state["n"] == 11


def raise_deep(depth: int, witness: object) -> None:
    if depth:
        raise_deep(depth - 1, witness)
    raise RecursionError("deep")


@pytest.mark.usefixtures("recursion_limit")
def test_a_deep_traceback_is_released_innermost_frame_first() -> None:
    sys.setrecursionlimit(10_000)

    class Witness:
        pass

    witness = Witness()
    alive = weakref.ref(witness)
    try:
        raise_deep(MAX_TRACEBACK_FRAMES + 500, witness)
    except RecursionError as error:
        caught = error
    del witness
    assert alive() is not None, "the frames hold the witness"
    rows = traceback_rows(caught)
    assert rows[-1] == "[502 more frames not shown]"  # this frame and 1,501 of raise_deep, less 1,000
    release_traceback(caught)
    gc.collect()
    assert caught.__traceback__ is None
    assert alive() is None, "every frame was freed"


def test_the_first_click_sent_to_a_fresh_interpreter_fires_its_callback() -> None:
    """A replacement worker gets every widget value, then the clicks queued meanwhile."""
    old = counter_app("pass")
    count_id = next(button.id for button in old.button if button.label == "Count")
    messages: list[dict[str, object]] = []
    fresh = AppSession(old.script_path, send=lambda text: messages.append(json.loads(text)), headless=True)
    requests = [
        {"values": {}, "trigger": None},
        {"values": {}, "trigger": count_id},
        {"values": {}, "trigger": count_id},
    ]
    fresh.handle(json.dumps({"type": "rerun", "requests": requests}))
    assert fresh.session_state.get("n") == 2
    runs = [message for message in messages if message["type"] == "run_finished"]
    assert len(runs) == 1, "one visible run: the last"
