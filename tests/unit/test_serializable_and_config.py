"""``runner.enforceSerializableSessionState`` and where config comes from (docs/semantics.md 9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.helpers import app
from wasmlit import config
from wasmlit.testing import AppTest
from wasmlit_build.errors import BuildError
from wasmlit_build.pipeline import resolve_config

ROOT = Path(__file__).resolve().parents[2]
ENFORCE = {"runner.enforceSerializableSessionState": True}
MESSAGE = (
    "Cannot serialize the value (of type `{type}`) of '{key}' in st.session_state. Streamlit has been configured "
    "to use [pickle](https://docs.python.org/3/library/pickle.html) to serialize session_state values. Please "
    "convert the value to a pickle-serializable type. To learn more about this behavior, see "
    "[our docs](https://docs.streamlit.io/knowledge-base/using-streamlit/serializable-session-state)."
)


def test_the_guide_example_fails_because_its_folder_config_turns_the_check_on() -> None:
    at = AppTest.from_file(str(ROOT / "examples" / "unserializable" / "app.py")).run()
    exception = at.exception[0]
    assert exception.type_name == "streamlit.errors.UnserializableSessionStateError"
    assert exception.value == MESSAGE.format(type="<class 'function'>", key="unserializable")
    assert exception.is_markdown


def test_without_the_option_unpicklable_values_are_fine() -> None:
    at = app("import streamlit as st\nst.session_state.fn = lambda x: x\nst.write('ok')\n")
    assert len(at.exception) == 0


def test_the_error_follows_the_page_output_and_repeats_until_the_value_is_deleted() -> None:
    at = app(
        """
import threading
import streamlit as st
st.write("output first")
if st.button("drop"):
    del st.session_state.lock
else:
    st.session_state.setdefault("lock", threading.Lock())
""",
        config=ENFORCE,
    )
    assert [type(element).__name__ for element in at.main.children.values()] == ["Markdown", "Button", "Exception"]
    assert at.exception[0].value == MESSAGE.format(type="<class '_thread.lock'>", key="lock")
    at.run()
    assert len(at.exception) == 1
    at.button[0].click().run()
    assert len(at.exception) == 0


def test_the_check_runs_only_when_the_body_completed() -> None:
    body = "import streamlit as st\nst.session_state.fn = lambda: 0\n"
    completed = app(body, config=ENFORCE)
    assert ["Cannot serialize" in element.value for element in completed.exception] == [True]
    stopped = app(body + "st.stop()\n", config=ENFORCE)
    assert len(stopped.exception) == 0
    assert callable(stopped.session_state.fn)
    failed = app(body + "raise ValueError('own error')\n", config=ENFORCE)
    assert [element.message for element in failed.exception] == ["own error"]


def test_a_failed_check_counts_as_stopped_prematurely() -> None:
    at = app(
        """
import streamlit as st
from tests.unit.fake_widgets import text_box
if st.button("hide"):
    st.session_state.fn = lambda: 0
else:
    text_box("t", key="k")
""",
        config=ENFORCE,
    )
    at.get("text_box")[0].set_value("typed").run()
    at.button[0].click().run()
    assert at.status == "exception"
    assert at.session_state.k == "typed", "no stale cleanup after a failed check"


def test_a_keyed_widgets_value_is_reported_under_its_widget_id_and_script_classes_pickle() -> None:
    at = app(
        """
import streamlit as st
from tests.unit.fake_widgets import text_box
class Point:
    def __init__(self, x):
        self.x = x
st.session_state.point = Point(1)
st.session_state.k = lambda: 0
text_box("t", key="k")
""",
        config=ENFORCE,
    )
    widget_id = at.get("text_box")[0].id
    assert at.exception[0].value == MESSAGE.format(type="<class 'function'>", key=widget_id)


def test_set_option_errors_and_scriptable_options() -> None:
    at = app(
        """
import streamlit as st
st.set_option("client.toolbarMode", "minimal")
st.write(st.get_option("client.toolbarMode"), st.get_option("runner.enforceSerializableSessionState"))
st.set_option("runner.enforceSerializableSessionState", True)
"""
    )
    assert at.markdown[0].value == "minimal `False`"
    assert at.exception[0].type_name == "streamlit.errors.StreamlitAPIException"
    assert at.exception[0].value == (
        "runner.enforceSerializableSessionState cannot be set on the fly. Set as command line option, e.g. "
        "streamlit run script.py --runner.enforceSerializableSessionState, or in config.toml instead."
    )
    unknown = app("import streamlit as st\nst.set_option('foo.bar', 1)\n")
    assert unknown.exception[0].value == "Unrecognized config option: foo.bar"


# ----- build-time sources --------------------------------------------------------------


def _app_folder(tmp_path: Path, toml: str | None) -> Path:
    (tmp_path / "app.py").write_text("import streamlit as st\n", encoding="utf-8")
    if toml is not None:
        (tmp_path / ".streamlit").mkdir()
        (tmp_path / ".streamlit" / "config.toml").write_text(toml, encoding="utf-8")
    return tmp_path


def test_config_file_then_environment_then_flag(tmp_path: Path) -> None:
    folder = _app_folder(tmp_path, "[runner]\nenforceSerializableSessionState = false\n")
    variable = {"STREAMLIT_RUNNER_ENFORCE_SERIALIZABLE_SESSION_STATE": "true"}
    assert resolve_config(folder, {}, {})[0][config.ENFORCE_SERIALIZABLE] is False
    assert resolve_config(folder, {}, variable)[0][config.ENFORCE_SERIALIZABLE] is True
    flag = {config.ENFORCE_SERIALIZABLE: False}
    assert resolve_config(folder, flag, variable)[0][config.ENFORCE_SERIALIZABLE] is False


def test_unknown_options_warn_with_streamlits_text(tmp_path: Path) -> None:
    folder = _app_folder(tmp_path, "[runner]\nmagicEnabled = false\nnoSuchOption = 1\n[theme]\nbogus = 1\n")
    options, warnings = resolve_config(folder, {}, {})
    assert options["runner.magicEnabled"] is False
    assert warnings == [
        '"runner.noSuchOption" is not a valid config option. If you previously had this config option set, it may '
        "have been removed.",
        '"theme.bogus" is not a valid config option. If you previously had this config option set, it may have '
        "been removed.",
    ]


def test_a_toml_syntax_error_is_a_clear_build_error(tmp_path: Path) -> None:
    folder = _app_folder(tmp_path, "[runner\nenforceSerializableSessionState = true\n")
    with pytest.raises(BuildError, match=r"config\.toml is not valid TOML: .*line 1"):
        resolve_config(folder, {}, {})


def test_bad_boolean_values_name_their_source(tmp_path: Path) -> None:
    folder = _app_folder(tmp_path, None)
    with pytest.raises(BuildError, match=r"STREAMLIT_RUNNER_ENFORCE_SERIALIZABLE_SESSION_STATE: .*'maybe'"):
        resolve_config(folder, {}, {"STREAMLIT_RUNNER_ENFORCE_SERIALIZABLE_SESSION_STATE": "maybe"})


def test_build_command_line_takes_streamlits_flag_form() -> None:
    from build import parse_arguments

    _, flags = parse_arguments(["app.py", "--runner.enforceSerializableSessionState", "true"])
    assert flags == {config.ENFORCE_SERIALIZABLE: True}
    _, flags = parse_arguments(["app.py", "--runner.enforceSerializableSessionState=false"])
    assert flags == {config.ENFORCE_SERIALIZABLE: False}
    with pytest.raises(SystemExit):
        parse_arguments(["app.py", "--runner.noSuchOption", "1"])
