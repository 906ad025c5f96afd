"""What the module paths apps import do: the run context, secrets, the user, st.bottom,
and the clear errors of what a static site lacks (Streamlit 1.67's behaviour, or the
reason it cannot be had)."""

from __future__ import annotations

import logging
import threading

import pytest

import wasmlit
from tests.unit.helpers import app
from wasmlit.testing import AppTest


def _texts(at: AppTest) -> list[str]:
    return [element.value for element in at.text]


def test_runtime_exists_while_a_session_runs_a_script_only() -> None:
    at = app(
        """
        from streamlit import runtime
        import streamlit as st
        st.text(str(runtime.exists()))
        """
    )
    assert _texts(at) == ["True"]
    from streamlit import runtime

    assert runtime.exists() is False


def test_the_script_run_context_names_the_session_and_the_page() -> None:
    script = """
        import streamlit as st
        from streamlit.runtime.scriptrunner import get_script_run_ctx
        ctx = get_script_run_ctx()
        st.text(ctx.session_id)
        st.text(ctx.page_script_hash)
        st.text(type(ctx).__name__)
        """
    first = app(script)
    session_id, page_hash, class_name = _texts(first)
    assert class_name == "ScriptRunContext"
    assert len(session_id) == 36 and len(page_hash) == 32
    first.run()
    assert _texts(first)[:2] == [session_id, page_hash]
    assert _texts(app(script))[0] != session_id


def test_the_context_from_scriptrunner_utils_is_the_same_function() -> None:
    at = app(
        """
        import streamlit as st
        from streamlit.runtime.scriptrunner import get_script_run_ctx
        from streamlit.runtime.scriptrunner_utils import script_run_context
        st.text(str(script_run_context.get_script_run_ctx is get_script_run_ctx))
        st.text(get_script_run_ctx().main_script_path == __file__)
        """
    )
    assert _texts(at) == ["True", "True"]


def test_outside_a_run_there_is_no_context_and_a_warning_as_in_bare_mode(caplog: pytest.LogCaptureFixture) -> None:
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    with caplog.at_level(logging.WARNING):
        assert get_script_run_ctx(suppress_warning=True) is None
        assert caplog.messages == []
        assert get_script_run_ctx() is None
    assert caplog.messages == [
        "Thread 'MainThread': missing ScriptRunContext! This warning can be ignored when running in bare mode."
    ]


def test_add_script_run_ctx_tags_and_returns_the_thread() -> None:
    at = app(
        """
        import threading
        import streamlit as st
        from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx
        thread = threading.Thread(target=lambda: None)
        st.text(str(add_script_run_ctx(thread) is thread))
        st.text(thread.streamlit_script_run_ctx.session_id == get_script_run_ctx().session_id)
        """
    )
    assert _texts(at) == ["True", "True"]
    unstarted = threading.Thread(target=lambda: None)
    from streamlit.runtime.scriptrunner import add_script_run_ctx

    assert add_script_run_ctx(unstarted) is unstarted
    assert not hasattr(unstarted, "streamlit_script_run_ctx")


def test_raising_rerun_exception_with_rerun_data_reruns_the_script() -> None:
    at = app(
        """
        import streamlit as st
        from streamlit.runtime.scriptrunner import RerunData, RerunException
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        if st.session_state.runs < 3:
            raise RerunException(RerunData(query_string=""))
        st.text(str(st.session_state.runs))
        """
    )
    assert _texts(at) == ["3"]


def test_secrets_are_empty_in_a_site() -> None:
    at = app(
        """
        import streamlit as st
        st.text(repr(st.secrets.get("api_key", "none")))
        st.text(str("api_key" in st.secrets) + " " + str(len(st.secrets)) + " " + repr(st.secrets.to_dict()))
        for read in (lambda: st.secrets["api_key"], lambda: st.secrets.api_key):
            try:
                read()
            except (KeyError, AttributeError) as error:
                st.text(type(error).__name__ + ": " + str(error.args[0]))
        """
    )
    note = (
        "wasmlit builds a public static site and never ships secrets.toml: every visitor could read a secret "
        "shipped with it. Ask the visitor for a key (st.text_input with type='password') or use an API that "
        "needs none."
    )
    assert _texts(at) == [
        "'none'",
        "False 0 {}",
        f'KeyError: st.secrets has no key "api_key". {note}',
        f'AttributeError: st.secrets has no attribute "api_key". {note}',
    ]


def test_apptest_secrets_fill_st_secrets_for_the_test_only() -> None:
    at = AppTest.from_string(
        """
import streamlit as st
st.text(st.secrets["db"]["user"] + " " + st.secrets.db.user + " " + st.secrets.token)
try:
    st.secrets["token"] = "x"
except TypeError as error:
    st.text(str(error))
"""
    )
    at.secrets = {"token": "t", "db": {"user": "u"}}
    at.run()
    assert _texts(at) == ["u u t", "Secrets does not support item assignment."]
    assert len(wasmlit.secrets) == 0


def test_the_user_is_never_logged_in() -> None:
    at = app(
        """
        import streamlit as st
        st.text(repr(dict(st.user)) + " " + repr(st.user.is_logged_in) + " " + repr(st.user.to_dict()))
        st.text(repr(st.user.get("email")) + " " + repr(dict(st.user.tokens)))
        try:
            st.user.email
        except AttributeError as error:
            st.text(str(error))
        """
    )
    assert _texts(at) == [
        "{'is_logged_in': False} False {'is_logged_in': False}",
        "None {}",
        'st.user has no attribute "email".',
    ]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            "st.login()",
            "`st.login` cannot work in wasmlit: signing in needs a server that completes the OpenID Connect flow "
            "and keeps the client secret, and a static site has none; st.user always says the visitor is not "
            "logged in.",
        ),
        (
            "st.connection('sql')",
            "`st.connection` cannot work in wasmlit: a connection reads credentials from secrets.toml and talks "
            "to a database server, but everything a static site ships is public and a browser cannot open "
            "database connections; ship data files with the app instead (read them with pandas or the standard "
            "library) or call a public HTTP API.",
        ),
        (
            "st.balloons()",
            "`st.balloons` is not supported in wasmlit yet: the page has no animation element.",
        ),
        (
            "st.sidebar.pagination(10)",
            "`st.pagination` is not supported in wasmlit yet: the page has no component for this widget.",
        ),
        (
            "import streamlit.components.v2 as components; components.component('c', html='<b>x</b>')",
            "`st.components.v2.component` is not supported in wasmlit yet: components v2 "
            "(st.components.v2.component) need a page API wasmlit does not have yet.",
        ),
    ],
)
def test_a_script_using_what_wasmlit_lacks_shows_one_clear_error(line: str, message: str) -> None:
    at = app(f"import streamlit as st\n{line}\n")
    assert [(error.props["type"], error.value) for error in at.exception] == [
        ("streamlit.unsupported.UnsupportedFeatureError", message)
    ]


def test_st_bottom_pins_elements_below_the_main_area_but_not_from_the_sidebar() -> None:
    at = app(
        """
        import streamlit as st
        with st.bottom:
            st.markdown("pinned")
        st.bottom.button("Send")
        st.markdown("main")
        try:
            with st.sidebar:
                st.bottom.markdown("x")
        except Exception as error:
            st.text(type(error).__name__ + ": " + str(error))
        """
    )
    assert [element.value for element in at.bottom.markdown] == ["pinned"]
    assert len(at.bottom.button) == 1
    assert [element.value for element in at.main.markdown] == ["main"]
    assert _texts(at) == [
        "StreamlitInvalidLayoutContextError: `st.bottom` cannot be used inside `st.sidebar`. "
        "The bottom container is only available in the main app area."
    ]


def test_show_deprecation_warning_shows_a_warning_and_logs_it_once_when_asked() -> None:
    at = app(
        """
        from streamlit.deprecation_util import show_deprecation_warning
        show_deprecation_warning("old thing", show_once=True)
        show_deprecation_warning("old thing", show_once=True)
        show_deprecation_warning("hidden", show_in_browser=False)
        """
    )
    assert [element.value for element in at.warning] == ["old thing"]
    assert [text for _, text in at.logs] == ["old thing", "hidden"]


def test_gather_metrics_returns_the_function_itself() -> None:
    from streamlit.runtime.metrics_util import gather_metrics

    def command() -> int:
        return 1

    assert gather_metrics("command", command) is command
    assert gather_metrics("command")(command) is command


def test_apptest_imports_from_its_streamlit_module_path() -> None:
    from streamlit.testing.v1.app_test import AppTest as StreamlitPathAppTest

    assert StreamlitPathAppTest is AppTest


def test_importing_streamlit_navigation_page_keeps_the_navigation_command() -> None:
    from streamlit.navigation.page import StreamlitPage

    assert StreamlitPage is wasmlit.Page
    assert callable(wasmlit.navigation) and not isinstance(wasmlit.navigation, type(wasmlit))
