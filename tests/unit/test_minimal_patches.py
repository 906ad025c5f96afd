"""A rerun that changes one element sends that element only, whatever the page's size."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from wasmlit.runtime.session import AppSession
from wasmlit.runtime.tree import Node

MANY_ELEMENTS = textwrap.dedent(
    """
    import streamlit as st
    if "count" not in st.session_state:
        st.session_state.count = 0
    if st.button("Increment"):
        st.session_state.count += 1
    for row in range(ROWS // 2):
        st.markdown(f"Row {row}")
    st.write("Count = ", st.session_state.count)
    for row in range(ROWS // 2, ROWS):
        st.markdown(f"Row {row}")
    """
)


def _session(tmp_path: Path, rows: int) -> tuple[AppSession, list[dict[str, object]]]:
    script = tmp_path / "app.py"
    script.write_text(MANY_ELEMENTS.replace("ROWS", str(rows)))
    replies: list[dict[str, object]] = []
    session = AppSession(str(script), send=lambda text: replies.append(json.loads(text)), patch_sleep=False)
    return session, replies


def _rerun(session: AppSession, trigger: str | None = None) -> None:
    session.handle(json.dumps({"type": "rerun", "requests": [{"values": {}, "trigger": trigger}]}))


def _button_id(replies: list[dict[str, object]]) -> str:
    elements = replies[-1]["elements"]
    assert isinstance(elements, dict)
    return next(key for key, record in elements.items() if record["type"] == "button")


@pytest.mark.parametrize("rows", [10, 1000])
def test_a_click_resends_only_the_element_it_changed(
    tmp_path: Path, rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A run slower than the streaming interval (a garbage collection late in a long test
    # session) streams a partial patch mid-run, which this test is not about.
    monkeypatch.setattr("wasmlit.runtime.session.STREAM_INTERVAL_SECONDS", 60.0)
    session, replies = _session(tmp_path, rows)
    _rerun(session)
    first = replies[-1]
    assert isinstance(first["elements"], dict) and len(first["elements"]) == rows + 2
    _rerun(session, trigger=_button_id(replies))
    patch = replies[-1]
    assert patch["type"] == "run_finished"
    assert patch["blocks"] == {}
    count_id = f"main/markdown{rows // 2}"
    assert patch["elements"] == {count_id: {"type": "markdown", "props": {"body": "Count =  `1`"}}}


def test_a_rerun_that_changes_nothing_sends_nothing(tmp_path: Path) -> None:
    session, replies = _session(tmp_path, 100)
    _rerun(session)
    _rerun(session)
    assert replies[-1]["elements"] == {} and replies[-1]["blocks"] == {}


def test_each_element_is_encoded_once_per_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Python side's work grows linearly: one JSON encoding per element and run."""
    session, replies = _session(tmp_path, 500)
    _rerun(session)
    encodings = 0
    original = Node.encode

    def counting_encode(node: Node) -> str:
        nonlocal encodings
        if node.encoded is None:
            encodings += 1
        return original(node)

    monkeypatch.setattr(Node, "encode", counting_encode)
    _rerun(session, trigger=_button_id(replies))
    assert encodings == 502


def test_after_the_pre_rendered_first_paint_the_first_run_sends_nothing_new(tmp_path: Path) -> None:
    from wasmlit.runtime.prerender import first_run

    session, replies = _session(tmp_path, 100)
    session.writer.assume_page_holds(first_run(session.runner.script_path, "{}").message)
    _rerun(session)
    assert replies[-1]["elements"] == {} and replies[-1]["blocks"] == {}
