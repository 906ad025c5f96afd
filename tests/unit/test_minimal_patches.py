"""A rerun that changes one element sends that element only, whatever the page's size."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from wasmlit.runtime.patches import PatchWriter
from wasmlit.runtime.session import AppSession
from wasmlit.runtime.tree import ROOT_MAIN, ElementTree, Node

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


def test_a_click_encodes_only_the_element_it_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Unchanged elements are compared with what the page holds, not encoded again."""
    # As above: a slow first run streams mid-run, and the button would not be in its last reply.
    monkeypatch.setattr("wasmlit.runtime.session.STREAM_INTERVAL_SECONDS", 60.0)
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
    assert encodings == 1


def test_after_the_pre_rendered_first_paint_the_first_run_sends_nothing_new(tmp_path: Path) -> None:
    from wasmlit.runtime.prerender import first_run

    session, replies = _session(tmp_path, 100)
    session.writer.assume_page_holds(first_run(session.runner.script_path, "{}").message)
    _rerun(session)
    assert replies[-1]["elements"] == {} and replies[-1]["blocks"] == {}


def _run_body(writer: PatchWriter, props: dict[str, object]) -> dict[str, object]:
    """One run of a one-element tree through ``writer``: the elements it sends."""
    tree = ElementTree()
    tree.append(tree.roots[ROOT_MAIN], "json", props)
    elements = json.loads("{" + writer.finish(tree) + "}")["elements"]
    assert isinstance(elements, dict)
    return elements


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ({"value": 1}, {"value": True}),
        ({"value": 0}, {"value": 0.0}),
        ({"a": "x", "b": "y"}, {"b": "y", "a": "x"}),
        ({"value": 0.0}, {"value": -0.0}),
    ],
)
def test_props_that_are_equal_but_encode_differently_are_resent(
    before: dict[str, object], after: dict[str, object]
) -> None:
    writer = PatchWriter()
    _run_body(writer, before)
    assert _run_body(writer, after) == {"main/json0": {"type": "json", "props": after}}


def test_a_list_the_script_changed_in_place_is_resent() -> None:
    """Props may hold the script's own objects: what was sent is what counts."""
    writer = PatchWriter()
    rows = ["a"]
    _run_body(writer, {"body": rows})
    rows.append("b")
    assert _run_body(writer, {"body": rows}) == {"main/json0": {"type": "json", "props": {"body": ["a", "b"]}}}
    assert _run_body(writer, {"body": rows}) == {}


class _Elementwise:
    """Compares like a NumPy array: ``==`` gives no single truth value."""

    def __eq__(self, other: object) -> bool:
        raise ValueError("the truth value of an array is ambiguous")

    __hash__ = None  # type: ignore[assignment]

    def __str__(self) -> str:
        return "[1 2]"


def test_a_value_that_replaces_a_string_is_never_compared_with_it() -> None:
    writer = PatchWriter()
    _run_body(writer, {"body": "[1 2]"})
    assert _run_body(writer, {"body": _Elementwise()}) == {}
    assert _run_body(writer, {"body": "[1 3]"}) == {"main/json0": {"type": "json", "props": {"body": "[1 3]"}}}
