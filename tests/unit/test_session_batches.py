"""Requests the page queued while a run was busy arrive in one message: every click is
applied, its callback runs, and the page sees the last run (docs/design.md, worker protocol)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from wasmlit.runtime.session import AppSession
from wasmlit.testing.page_model import PageModel

SCRIPT = """
import streamlit as st
from tests.unit.fake_widgets import text_box
st.session_state.setdefault("clicks", 0)
def clicked():
    st.session_state.clicks += 1
def set_text():
    st.session_state.k = "set by callback"
st.button("count", on_click=clicked)
st.button("set", on_click=set_text)
st.write("clicks", st.session_state.clicks, "text", text_box("t", key="k"))
"""


class Page:
    """The page side: a PageModel fed by a session, and the requests it would send."""

    def __init__(self, tmp_path: Path) -> None:
        script = tmp_path / "app.py"
        script.write_text(SCRIPT, encoding="utf-8")
        self.model = PageModel()
        self.messages: list[dict[str, Any]] = []
        self.session = AppSession(str(script), send=self.receive, headless=True)
        self.send([{"values": {}, "trigger": None}])

    def receive(self, text: str) -> None:
        self.messages.append(json.loads(text))
        self.model.apply(text)

    def send(self, requests: list[dict[str, Any]]) -> None:
        self.session.handle(json.dumps({"type": "rerun", "requests": requests}))

    def widget(self, kind: str, label: str) -> str:
        return next(e.id for e in self.model.elements.values() if e.type == kind and e.props.get("label") == label)

    def text(self) -> str:
        return str(next(e.props["body"] for e in self.model.elements.values() if e.type == "markdown"))


def test_every_queued_click_runs_its_callback_and_the_page_gets_one_finished_run(tmp_path: Path) -> None:
    page = Page(tmp_path)
    count = page.widget("button", "count")
    page.messages.clear()
    page.send([{"values": {}, "trigger": count}] * 3)
    assert page.text() == "clicks `3` text"  # Streamlit strips the joined text
    finished = [message for message in page.messages if message["type"] == "run_finished"]
    assert len(finished) == 1
    assert finished[0]["scriptRuns"] == 1


def test_a_value_set_in_an_unseen_run_of_a_batch_reaches_the_page(tmp_path: Path) -> None:
    page = Page(tmp_path)
    text_box = page.widget("text_box", "t")
    page.send([{"values": {text_box: "typed"}, "trigger": None}])
    page.send(
        [
            {"values": {}, "trigger": page.widget("button", "set")},
            {"values": {}, "trigger": page.widget("button", "count")},
        ]
    )
    assert page.text() == "clicks `1` text set by callback"
    assert page.model.widget_values[text_box] == "set by callback", "the page must adopt the value"
    page.send([{"values": {}, "trigger": page.widget("button", "count")}])
    assert page.text() == "clicks `2` text set by callback"


def test_value_changes_queued_together_are_merged_into_one_run(tmp_path: Path) -> None:
    page = Page(tmp_path)
    text_box = page.widget("text_box", "t")
    page.messages.clear()
    page.send([{"values": {text_box: "a"}, "trigger": None}, {"values": {text_box: "ab"}, "trigger": None}])
    assert page.text() == "clicks `0` text ab"
    assert [message["scriptRuns"] for message in page.messages if message["type"] == "run_finished"] == [1]
