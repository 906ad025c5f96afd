"""Session State kept on the page for a worker restart, and restored into a new session."""

from __future__ import annotations

import base64
import json

from wasmlit.runtime.session import AppSession
from wasmlit.runtime.state.session_state import SessionState
from wasmlit.runtime.state.snapshot import SnapshotPublisher, restore_snapshot, take_snapshot
from wasmlit.testing import AppTest

COUNTER = """
import threading
import streamlit as st
st.session_state.setdefault("count", 0)
st.session_state.setdefault("lock", threading.Lock())
if st.button("add", key="add"):
    st.session_state.count += 1
st.text(f"count {st.session_state.count}")
"""


def run_session(script_path: str, messages: list[dict[str, object]]) -> AppSession:
    session = AppSession(
        script_path, send=lambda text: messages.append(json.loads(text)), patch_sleep=False, snapshots=True
    )
    session.handle(json.dumps({"type": "rerun", "requests": [{"values": {}, "trigger": None}]}))
    return session


def snapshots(messages: list[dict[str, object]]) -> list[dict[str, object]]:
    return [message for message in messages if message["type"] == "state_snapshot"]


def test_completed_runs_post_a_snapshot_only_when_state_changed() -> None:
    at = AppTest.from_string(COUNTER)
    messages: list[dict[str, object]] = []
    session = run_session(at._script_path, messages)
    first = snapshots(messages)
    assert len(first) == 1
    assert first[0]["keys"] == ["add", "count"] and first[0]["skipped"] == ["lock"]
    session.handle(json.dumps({"type": "rerun", "requests": [{"values": {}, "trigger": None}]}))
    assert len(snapshots(messages)) == 1, "nothing changed: nothing sent"
    assert session.browser_values.values == {}, "a button has no value to mirror"
    add = next(node_id for node_id in session.last_tree.nodes if node_id.endswith("-add"))  # type: ignore[union-attr]
    session.handle(json.dumps({"type": "rerun", "requests": [{"values": {}, "trigger": add}]}))
    assert len(snapshots(messages)) == 2


def test_a_new_session_restores_the_snapshot_before_its_first_run() -> None:
    at = AppTest.from_string(COUNTER)
    old: list[dict[str, object]] = []
    session = run_session(at._script_path, old)
    add = next(node_id for node_id in session.last_tree.nodes if node_id.endswith("-add"))  # type: ignore[union-attr]
    for _ in range(2):
        session.handle(json.dumps({"type": "rerun", "requests": [{"values": {}, "trigger": add}]}))
    data = snapshots(old)[-1]["data"]

    new: list[dict[str, object]] = []
    restored = AppSession(at._script_path, send=lambda text: new.append(json.loads(text)), patch_sleep=False)
    restored.handle(json.dumps({"type": "restore_state", "data": data}))
    restored.handle(json.dumps({"type": "rerun", "requests": [{"values": {}, "trigger": None}]}))
    assert new[0] == {"type": "state_restored", "restored": ["add", "count"], "failed": []}
    assert restored.session_state.get("count") == 2
    texts = [
        record["props"]["body"]  # type: ignore[index]
        for message in new
        if message["type"] == "run_finished"
        for record in message["elements"].values()  # type: ignore[union-attr]
        if record["type"] == "text"
    ]
    assert texts == ["count 2"]


def test_values_of_classes_the_script_defines_cannot_be_loaded_again_and_are_named() -> None:
    import __main__

    script_class = type("DefinedInTheScript", (), {"__module__": "__main__"})
    __main__.DefinedInTheScript = script_class  # type: ignore[attr-defined]
    state = SessionState()
    state.set_from_script("plain", [1, 2])
    state.set_from_script("custom", script_class())
    snapshot = take_snapshot(state)
    del __main__.DefinedInTheScript  # type: ignore[attr-defined]  # a new interpreter has not run the script yet
    assert snapshot.data is not None
    restored, failed = restore_snapshot(SessionState(), snapshot.data)
    assert (restored, failed) == (["plain"], ["custom"])


def test_state_over_the_size_limit_is_not_kept() -> None:
    state = SessionState()
    state.set_from_script("big", b"x" * 2000)
    snapshot = take_snapshot(state, limit=1000)
    assert snapshot.data is None and "more than" in snapshot.reason


def test_the_publisher_reports_what_a_snapshot_costs() -> None:
    state = SessionState()
    state.set_from_script("n", 1)
    message = SnapshotPublisher().message_after_run(state)
    assert message is not None
    assert pickle_keys(message.to_json()) == ["n"]
    assert isinstance(message.to_json()["costMs"], float)


def pickle_keys(message: dict[str, object]) -> list[str]:
    import pickle

    return sorted(pickle.loads(base64.b64decode(str(message["data"]))))
