"""Write the protocol's example messages (the contract both languages' tests read).

    .venv/bin/python -m tests.contract.make_examples

Run it only when a message changes on purpose, and read the diff: the Python tests
(tests/unit/test_protocol_contract.py) and the JavaScript tests
(tests/js/protocol_contract.test.mjs) both check against these files, so a change made
on one side only fails on the other. Patch sequences are recorded from real AppTest runs;
their expected page is what PageModel holds after applying them, and the page's store
must reach the same.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from wasmlit.runtime import protocol
from wasmlit.testing import AppTest

CONTRACT = Path(__file__).resolve().parent


def _write(relative: str, value: Any) -> None:
    path = CONTRACT / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True) + "\n")


PYTHON_TO_PAGE: list[protocol.OutgoingMessage] = [
    protocol.LogMessage("warn", "A line Streamlit would log on its server."),
    protocol.PageConfigMessage({"title": "Report", "layout": "wide", "favicon": {"kind": "emoji", "value": "📈"}}),
    protocol.NavigationMessage(
        pages=(
            protocol.NavPage("83878c91", "Home", "🏠", "", "", True, False, None, ""),
            protocol.NavPage("1f0e3dad", "Docs", "", "docs", "More", False, False, "https://example.com", "Read"),
        ),
        sections=("", "More"),
        position="sidebar",
        expanded=True,
        current_page_hash="83878c91",
    ),
    protocol.PageNotFoundMessage("reports"),
    protocol.PageInfoMessage("year=2024&tab=a"),
    protocol.ToastMessage(id=1, body="Saved!", icon="✅", duration=4),
    protocol.LogoMessage("🚀", "emoji", ":material/home:", "material", "https://example.com", "large"),
    protocol.StateSnapshotMessage(data="gASV", keys=("count",), skipped=("conn",), reason="", cost_ms=0.412),
    protocol.StateRestoredMessage(restored=("count",), failed=()),
    protocol.CompileErrorMessage(
        "File \"/app/app.py\", line 3\n  st.write(\n          ^\nSyntaxError: '(' was never closed"
    ),
    protocol.ProtocolErrorMessage("unknown message type 'dance'"),
]

PAGE_TO_PYTHON: dict[str, dict[str, Any]] = {
    "rerun": {
        "type": "rerun",
        "requests": [{"values": {"$$ID-abc-name": "Ada"}, "trigger": "$$ID-def-None"}],
        "queryString": "tab=a",
    },
    "rerun_with_page": {"type": "rerun", "requests": [{"values": {}, "trigger": None, "page": {"urlPath": "docs"}}]},
    "rerun_fragment": {
        "type": "rerun",
        "requests": [{"values": {"$$ID-abc-name": "Ada"}, "trigger": None, "fragments": ["f1a2b3"]}],
    },
    "rerun_with_context": {
        "type": "rerun",
        "requests": [{"values": {}, "trigger": None}],
        "queryString": "",
        "context": {
            "timezone": "Europe/Berlin",
            "timezoneOffset": -60,
            "locale": "de-DE",
            "url": "https://user.github.io/app/#/reports",
            "isEmbedded": False,
            "colorScheme": "light",
            "cookies": {"visits": "3"},
        },
    },
    "stop": {"type": "stop"},
    "restore_state": {"type": "restore_state", "data": "gASV"},
    "clear_cache": {"type": "clear_cache"},
    "source_changed": {"type": "source_changed", "files": {"app.py": "import streamlit as st\nst.write('hi')\n"}},
}


def _recorded_run(script: str, clicks: int) -> list[dict[str, Any]]:
    """The messages an app sends to the page: its first run, then ``clicks`` button clicks."""
    at = AppTest.from_string(script)
    sent: list[dict[str, Any]] = []
    apply = at.page.apply

    def record(text: str) -> None:
        message = json.loads(text)
        if "durationMs" in message:
            message["durationMs"] = 1.0  # the one field that differs from run to run
        sent.append(message)
        apply(text)

    at.session.send = record
    at.run()
    for _ in range(clicks):
        at.button[0].click().run()
    return sent


def _page_state(messages: list[dict[str, Any]]) -> dict[str, Any]:
    from wasmlit.testing.page_model import PageModel

    page = PageModel()
    for message in messages:
        page.apply(json.dumps(message))
    return {
        "blocks": {block_id: ids for block_id, ids in sorted(page.committed.items())},
        "elements": {element_id: {"type": e.type, "props": e.props} for element_id, e in sorted(page.elements.items())},
        "widgetValues": dict(sorted(page.widget_values.items())),
    }


SEQUENCES = {
    "counter_clicked_twice": (
        "import streamlit as st\nst.session_state.setdefault('n', 0)\n"
        "if st.button('Add'):\n    st.session_state.n += 1\nst.write('Count', st.session_state.n)\n",
        2,
    ),
    "elements_leave_the_page": (
        "import streamlit as st\nst.session_state.setdefault('shown', True)\n"
        "if st.button('Hide'):\n    st.session_state.shown = not st.session_state.shown\n"
        "if st.session_state.shown:\n    with st.expander('More'):\n        st.checkbox('Tick', key='t')\n"
        "st.caption('end')\n",
        1,
    ),
    "the_script_sets_a_widget_value": (
        "import streamlit as st\ndef reset():\n    st.session_state.name = 'Ada'\n"
        "st.button('Reset', on_click=reset)\nst.text_input('Name', key='name')\n",
        1,
    ),
}


def _checkbox(value: bool, *, set_value: bool = False) -> dict[str, Any]:
    props: dict[str, Any] = {"label": "Tick", "disabled": False, "value": value}
    if set_value:
        props["setValue"] = True
    return {"type": "checkbox", "props": props}


def _markdown(body: str) -> dict[str, Any]:
    return {"type": "markdown", "props": {"body": body}}


def _finished(run: int, blocks: dict[str, list[str]], elements: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "run_finished",
        "run": run,
        "status": "completed",
        "durationMs": 1.0,
        "scriptRuns": 1,
        "blocks": blocks,
        "elements": elements,
    }


WIDGET = "$$ID-0f0f-None"
# A run that streams a patch before it ends (AppTest runs never stream: its time.sleep
# does not flush), drops an element, and sets a widget's value.
STREAMED = [
    _finished(
        1,
        {"main": ["main/markdown0", "main/markdown1", WIDGET], "sidebar": [], "bottom": []},
        {"main/markdown0": _markdown("one"), "main/markdown1": _markdown("two"), WIDGET: _checkbox(False)},
    ),
    {
        "type": "patch",
        "run": 2,
        "blocks": {"main": ["main/markdown0"]},
        "elements": {"main/markdown0": _markdown("one!")},
    },
    _finished(2, {"main": ["main/markdown0", WIDGET]}, {WIDGET: _checkbox(True, set_value=True)}),
]


def main() -> None:
    _write("protocol.json", {"version": protocol.PROTOCOL_VERSION})
    for message in PYTHON_TO_PAGE:
        _write(f"python_to_page/{message.message_type}.json", message.to_json())
    for name, raw in PAGE_TO_PYTHON.items():
        _write(f"page_to_python/{name}.json", raw)
    for name, (script, clicks) in SEQUENCES.items():
        messages = _recorded_run(script, clicks)
        _write(f"patch_sequences/{name}.json", {"messages": messages, "expected": _page_state(messages)})
    _write("patch_sequences/streamed_then_finished.json", {"messages": STREAMED, "expected": _page_state(STREAMED)})


if __name__ == "__main__":
    main()
