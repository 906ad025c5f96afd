"""``wasmlit.testing.AppTest`` mirrors ``streamlit.testing.v1.AppTest``."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.unit.helpers import app
from wasmlit.testing import AppTest
from wasmlit.testing.errors import AppTestError

ROOT = Path(__file__).resolve().parents[2]


def test_streamlit_import_path_gives_the_same_class() -> None:
    from streamlit.testing.v1 import AppTest as StreamlitAppTest

    assert StreamlitAppTest is AppTest


def test_from_file_resolves_relative_to_the_calling_file(tmp_path: Path) -> None:
    here = Path(__file__).parent
    script = here / "_apptest_relative_app.py"
    script.write_text("import streamlit as st\nst.title('relative')\n", encoding="utf-8")
    try:
        at = AppTest.from_file(script.name).run()
        assert at.title[0].value == "relative"
    finally:
        script.unlink()
    with pytest.raises(FileNotFoundError, match=r"AppTest script not found at .*missing\.py\. Relative paths are"):
        AppTest.from_file("missing.py")


def test_from_function_passes_args_and_kwargs_of_any_kind() -> None:
    def script(lock, *, label):  # annotations would need imports inside the script
        import streamlit as st

        st.write(type(lock).__name__, label)

    at = AppTest.from_function(script, args=(threading.Lock(),), kwargs={"label": "given"}).run()
    assert at.markdown[0].value == "lock given"


def test_run_times_out_with_streamlits_message() -> None:
    at = AppTest.from_string("import streamlit as st\nwhile True:\n    st.empty()\n", default_timeout=0.2)
    with pytest.raises(RuntimeError, match=r"^AppTest script run timed out after 0\.2\(s\)$"):
        at.run()
    at = AppTest.from_string("import streamlit as st\nst.write('quick')\n")
    assert at.run(timeout=5).markdown[0].value == "quick"


def test_main_sidebar_get_and_accessors_on_blocks() -> None:
    at = app(
        """
import streamlit as st
st.button("main button", key="m")
st.sidebar.button("side button", key="s")
st.sidebar.markdown("side text")
"""
    )
    assert [button.label for button in at.button] == ["main button", "side button"]
    assert [button.label for button in at.sidebar.button] == ["side button"]
    assert [button.label for button in at.main.get("button")] == ["main button"]
    assert at.button(key="s").label == "side button"
    assert at.sidebar.markdown[0].value == "side text"
    assert len(at.main) == 1 and at.main[0].label == "main button"
    with pytest.raises(KeyError):
        at.button(key="nope")
    with pytest.raises(AttributeError):
        at.no_such_element  # noqa: B018


def test_session_state_view_reads_writes_and_deletes() -> None:
    at = app(
        """
import streamlit as st
st.session_state.setdefault("count", 0)
st.button("k", key="kb")
st.write("count", st.session_state.count)
"""
    )
    view = at.session_state
    assert ("count" in view, "kb" in view, "missing" in view) == (True, True, False)
    assert (view.get("missing", "d"), len(view), sorted(view)) == ("d", 2, ["count", "kb"])
    assert view.to_dict() == {"count": 0, "kb": False}
    view.count = 41
    view["count"] += 1
    at.run()
    assert at.markdown[0].value == "count `42`"
    del view.count
    with pytest.raises(AttributeError, match=r"count not found in session_state\."):
        view.count  # noqa: B018
    with pytest.raises(KeyError):
        view["count"]


def test_setting_a_widget_key_through_the_view_reaches_the_widget() -> None:
    at = app(
        """
import streamlit as st
from tests.unit.fake_widgets import text_box
st.session_state.setdefault("fired", 0)
def cb():
    st.session_state.fired += 1
with st.form("f"):
    in_form = text_box("in form", key="in_form")
    st.form_submit_button()
st.write(text_box("t", key="k", on_change=cb), in_form)
"""
    )
    at.get("text_box")[1].set_value("typed").run()
    at.session_state["k"] = "from test"
    at.session_state["in_form"] = "also"
    at.run()
    assert at.markdown[0].value == "from test also"
    assert at.session_state.fired == 1, "setting state does not count as a change"


def test_unregistered_widget_types_get_a_generic_widget_and_keys_come_from_ids() -> None:
    at = app("import streamlit as st\nfrom tests.unit.fake_widgets import text_box\nst.write(text_box('t', key='k'))\n")
    widget = at.get("text_box")[0]
    assert widget.key == "k"
    widget.set_value("typed")
    assert widget.value == "typed", "a queued value is visible before run()"
    at.run()
    assert at.markdown[0].value == "typed"


def test_disabled_widgets_cannot_be_changed() -> None:
    at = app(
        "import streamlit as st\nfrom tests.unit.fake_widgets import text_box\n"
        "text_box('t', key='k', disabled=True)\nst.button('b', disabled=True)\n"
    )
    with pytest.raises(AppTestError, match=r"Cannot update a disabled text_box widget \(key='k'\)"):
        at.get("text_box")[0].set_value("x")
    with pytest.raises(AppTestError):
        at.button[0].click()


def test_button_value_is_what_it_returned_in_the_last_run() -> None:
    at = app(
        """
import streamlit as st
def rerun():
    st.rerun()
st.button("plain")
st.button("reruns", on_click=rerun)
"""
    )
    plain = at.button[0]
    assert plain.click().value is True, "a queued click reads True"
    at.run()
    assert at.button[0].value is True
    at.button[1].click().run()
    assert at.button[1].value is False, "the run its click caused ended in st.rerun()"


def test_status_and_logs() -> None:
    at = app("import streamlit as st\nst.stop()\n")
    assert at.status == "stopped"
    assert at.logs == []


def test_apptest_leaves_the_working_folder_alone() -> None:
    import os

    before = os.getcwd()
    at = AppTest.from_string("import os\nimport streamlit as st\nst.text(os.getcwd())\n").run()
    assert os.getcwd() == before
    assert at.text[0].value == os.path.dirname(at.script_path), "the script runs in its own folder"
