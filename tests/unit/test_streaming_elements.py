"""Progress, spinner, status, toast and write_stream, and output that streams mid-run."""

from __future__ import annotations

import json
import textwrap

from tests.unit.helpers import app
from wasmlit.runtime.session import AppSession
from wasmlit.testing import AppTest


def test_progress_accepts_percent_or_fraction_and_the_handle_moves_it() -> None:
    at = app(
        """
        import streamlit as st
        bar = st.progress(0.25, text="Loading")
        st.progress(7)
        bar.progress(90, text="Almost")
        """
    )
    assert [(bar.value, bar.text) for bar in at.get("progress")] == [(90, "Almost"), (7, "")]


def test_spinner_shows_during_its_block_and_leaves_no_element() -> None:
    at = app(
        """
        import streamlit as st
        with st.spinner("Working..."):
            st.text("inside")
        st.text("after")
        """
    )
    assert [element.type for element in at.main.children.values()] == ["text", "text"]


def test_status_turns_complete_or_error_when_its_block_ends() -> None:
    at = app(
        """
        import streamlit as st
        with st.status("Downloading", expanded=True) as done:
            st.text("step 1")
        try:
            with st.status("Failing"):
                raise ValueError("boom")
        except ValueError:
            pass
        manual = st.status("Manual", state="complete")
        manual.update(label="Renamed", state="running", expanded=True)
        """
    )
    statuses = at.get("status")
    assert [(status.label, status.state) for status in statuses] == [
        ("Downloading", "complete"),
        ("Failing", "error"),
        ("Renamed", "running"),
    ]
    assert statuses[0].expanded and statuses[2].expanded
    assert [element.value for element in at.text] == ["step 1"]


def test_toasts_are_events_of_the_run_and_can_be_replaced() -> None:
    at = app(
        """
        import streamlit as st
        st.toast("Saved", icon="✅")
        handle = st.toast("Working", duration="long")
        handle.toast("Done", duration=3)
        """
    )
    assert [(toast.value, toast.icon, toast.props["duration"]) for toast in at.toast] == [
        ("Saved", "✅", 4),
        ("Done", "", 3),
    ]


def test_write_stream_joins_text_chunks_and_returns_the_full_text() -> None:
    at = app(
        """
        import streamlit as st
        def words():
            yield "Hello "
            yield ""
            yield "world"
        full = st.write_stream(words)
        st.text(repr(full))
        """
    )
    assert [element.value for element in at.markdown] == ["Hello world"]
    assert at.text[0].value == "'Hello world'"


def test_write_stream_runs_async_generators_and_writes_other_chunks() -> None:
    at = app(
        """
        import asyncio
        import streamlit as st
        async def mixed():
            yield "a"
            await asyncio.sleep(0.01)
            yield {"k": 1}
            yield "b"
        result = st.write_stream(mixed())
        st.text(repr(result))
        """
    )
    assert at.text[0].value == "['a', {'k': 1}, 'b']"
    assert [element.type for element in at.main.children.values()] == ["markdown", "json", "markdown", "text"]


def test_a_long_run_streams_progress_before_it_finishes(tmp_path: object) -> None:
    """Each st.* call is a yield point; 100 ms after the last flush, the page gets a patch."""
    script = textwrap.dedent(
        """
        import time
        import streamlit as st
        bar = st.progress(0)
        for step in range(1, 4):
            started = time.perf_counter()
            while time.perf_counter() - started < 0.12:
                pass
            bar.progress(step * 25)
        """
    )
    messages: list[dict[str, object]] = []
    at = AppTest.from_string(script)
    session = AppSession(at._script_path, send=lambda text: messages.append(json.loads(text)), patch_sleep=False)
    session.handle(json.dumps({"type": "rerun", "requests": [{"values": {}, "trigger": None}]}))
    kinds = [message["type"] for message in messages]
    assert kinds[-1] == "run_finished"
    streamed = [
        record["props"]["value"]  # type: ignore[index]
        for message in messages
        if message["type"] == "patch"
        for record in message["elements"].values()  # type: ignore[union-attr]
        if record["type"] == "progress"
    ]
    assert streamed[:3] == [0, 25, 50], "intermediate values reach the page while the script runs"
