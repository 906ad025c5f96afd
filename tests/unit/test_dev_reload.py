"""The dev loop's messages: saved files rerun in place, a script that does not compile is
shown as Streamlit shows it, Clear cache empties caches and Session State."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from wasmlit.runtime.session import AppSession

COUNTER = """import streamlit as st
st.session_state.setdefault("count", 0)
if st.button("LABEL"):
    st.session_state.count += 1
st.write("Count", st.session_state.count)
"""


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[AppSession, list[dict[str, Any]]]:
    monkeypatch.chdir(tmp_path)
    script = tmp_path / "app.py"
    script.write_text(COUNTER.replace("LABEL", "Add"))
    replies: list[dict[str, Any]] = []
    session = AppSession(
        str(script), send=lambda text: replies.append(json.loads(text)), patch_sleep=False, show_compile_errors=True
    )
    return session, replies


def _rerun(session: AppSession, trigger: str | None = None) -> None:
    session.handle(json.dumps({"type": "rerun", "requests": [{"values": {}, "trigger": trigger}]}))


def _finished(replies: list[dict[str, Any]]) -> dict[str, Any]:
    return next(reply for reply in reversed(replies) if reply["type"] == "run_finished")


def _save(session: AppSession, files: dict[str, str]) -> None:
    session.handle(json.dumps({"type": "source_changed", "files": files}))


def _button(session: AppSession) -> tuple[str, str]:
    assert session.last_tree is not None
    for element_id, element in session.last_tree.nodes.items():
        if element.type == "button":
            return element_id, element.props["label"]
    raise AssertionError("no button")


def _markdown_text(session: AppSession) -> list[str]:
    assert session.last_tree is not None
    return [element.props["body"] for element in session.last_tree.nodes.values() if element.type == "markdown"]


def test_a_saved_script_reruns_with_session_state_kept(app: tuple[AppSession, list[dict[str, Any]]]) -> None:
    session, _ = app
    _rerun(session)
    button_id, _ = _button(session)
    _rerun(session, button_id)
    _rerun(session, button_id)
    _save(session, {"app.py": COUNTER.replace("LABEL", "Plus one")})
    _rerun(session)
    assert _button(session)[1] == "Plus one"
    assert _markdown_text(session) == ["Count `2`"]


def test_a_syntax_error_is_shown_and_the_next_good_save_clears_it(app: tuple[AppSession, list[dict[str, Any]]]) -> None:
    session, replies = app
    _rerun(session)
    _save(session, {"app.py": "import streamlit as st\nst.write('a'\n"})
    _rerun(session)
    error = next(reply for reply in replies if reply["type"] == "compile_error")
    path = str(Path("app.py").resolve())
    assert error["message"].startswith(f'File "{path}", line 2\n')
    assert error["message"].endswith("SyntaxError: '(' was never closed")
    assert _finished(replies)["status"] == "compile_error"
    assert _finished(replies)["blocks"] == {}
    _save(session, {"app.py": COUNTER.replace("LABEL", "Fixed")})
    _rerun(session)
    assert _finished(replies)["status"] == "completed"
    assert _button(session)[1] == "Fixed"


def test_a_saved_module_is_imported_again(app: tuple[AppSession, list[dict[str, Any]]], tmp_path: Path) -> None:
    session, _ = app
    (tmp_path / "helper_mod_dev.py").write_text("GREETING = 'hello'\n")
    script = "import streamlit as st\nimport helper_mod_dev\nst.write(helper_mod_dev.GREETING)\n"
    _save(session, {"app.py": script})
    _rerun(session)
    assert _markdown_text(session) == ["hello"]
    _save(session, {"helper_mod_dev.py": "GREETING = 'bonjour'\n"})
    _rerun(session)
    assert _markdown_text(session) == ["bonjour"]
    sys.modules.pop("helper_mod_dev", None)


def test_clear_cache_empties_caches_and_session_state(app: tuple[AppSession, list[dict[str, Any]]]) -> None:
    session, _ = app
    script = (
        "import streamlit as st\nimport random\n@st.cache_data\ndef pick():\n    return str(random.random())\n"
        "st.write(pick())\nst.write('kept' if 'marker' in st.session_state else 'new')\nst.session_state.marker = 1\n"
    )
    _save(session, {"app.py": script})
    _rerun(session)
    _rerun(session)
    cached, marker = _markdown_text(session)
    assert marker == "kept"
    session.handle(json.dumps({"type": "clear_cache"}))
    _rerun(session)
    recomputed, marker = _markdown_text(session)
    assert (recomputed != cached, marker) == (True, "new")


def test_source_changed_refuses_paths_outside_the_app_folder(app: tuple[AppSession, list[dict[str, Any]]]) -> None:
    session, replies = app
    with pytest.raises(ValueError, match="relative to the app folder"):
        _save(session, {"../evil.py": "x = 1"})
    assert replies[-1]["type"] == "protocol_error"
