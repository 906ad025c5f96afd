"""How an uncaught exception is shown (docs/semantics.md 8.3)."""

from __future__ import annotations

from tests.unit.helpers import app
from wasmlit.runtime.runner import REDACTED_ERROR_TEXT


def test_type_names_are_qualified_except_builtins() -> None:
    builtin = app("import streamlit as st\n{}['x']\n")
    assert builtin.exception[0].type_name == "KeyError"
    streamlit_error = app("import streamlit as st\nst.button('b', type='x')\n")
    assert streamlit_error.exception[0].type_name == "streamlit.errors.StreamlitValueError"
    own = app("import streamlit as st\nclass MyErr(Exception):\n    pass\nraise MyErr('mine')\n")
    assert own.exception[0].type_name == "__main__.MyErr"


def test_st_exception_and_st_write_use_the_short_name() -> None:
    at = app(
        """
import streamlit as st
class MyErr(Exception):
    pass
st.exception(MyErr("shown"))
st.write(MyErr("written"))
"""
    )
    assert [element.type_name for element in at.exception] == ["MyErr", "MyErr"]


def test_streamlit_errors_are_markdown_and_others_plain_text() -> None:
    api = app("import streamlit as st\nst.form_submit_button()\n")
    assert api.exception[0].is_markdown
    plain = app("import streamlit as st\nraise ValueError('  padded  ')\n")
    assert not plain.exception[0].is_markdown
    assert plain.exception[0].value == "padded"


def test_traceback_rows_show_only_script_frames() -> None:
    at = app(
        """
import streamlit as st
def helper():
    st.session_state["nope"]
helper()
"""
    )
    rows = at.exception[0].stack_trace
    assert len(rows) == 2
    assert rows[0].endswith(", line 5, in <module>\n    helper()")
    assert rows[1].endswith(', line 4, in helper\n    st.session_state["nope"]\n    ~~~~~~~~~~~~~~~~^^^^^^^^')
    assert all(row.startswith(f'File "{at.script_path}"') for row in rows)


def test_chained_exceptions_add_separator_rows() -> None:
    cause = app(
        "import streamlit as st\ntry:\n    1/0\nexcept ZeroDivisionError as e:\n    raise ValueError('bad') from e\n"
    )
    rows = cause.exception[0].stack_trace
    assert "ZeroDivisionError: division by zero" in rows
    assert "The above exception was the direct cause of the following exception:" in rows
    context = app("import streamlit as st\ntry:\n    1/0\nexcept ZeroDivisionError:\n    raise ValueError('bad')\n")
    assert "During handling of the above exception, another exception occurred:" in context.exception[0].stack_trace


def test_a_syntax_error_from_exec_shows_file_line_text_and_caret() -> None:
    at = app("import streamlit as st\nexec('x = (')\n")
    assert at.exception[0].type_name == "SyntaxError"
    assert at.exception[0].value == "File \"<string>\", line 1\n  x = (\n      ^\nSyntaxError: '(' was never closed"


def test_an_exception_raised_in_the_sidebar_is_appended_to_the_main_area() -> None:
    at = app(
        "import streamlit as st\nst.write('main first')\nwith st.sidebar:\n    st.write('side')\n    raise ValueError('x')\n"
    )
    assert [type(element).__name__ for element in at.main.children.values()] == ["Markdown", "Exception"]
    assert [type(element).__name__ for element in at.sidebar.children.values()] == ["Markdown"]


SECRET = "import streamlit as st\ntry:\n    {}['inner secret']\nexcept KeyError:\n    raise ValueError('secret')\n"


def test_error_details_none_hides_message_traceback_and_type() -> None:
    at = app(SECRET, config={"client.showErrorDetails": "none"})
    assert (at.exception[0].value, at.exception[0].stack_trace, at.exception[0].type_name) == (
        REDACTED_ERROR_TEXT,
        [],
        "",
    )


def test_error_details_type_and_stacktrace_levels() -> None:
    type_only = app(SECRET, config={"client.showErrorDetails": "type"})
    assert (type_only.exception[0].value, type_only.exception[0].type_name) == (REDACTED_ERROR_TEXT, "ValueError")
    assert type_only.exception[0].stack_trace == []
    trace = app(SECRET, config={"client.showErrorDetails": "stacktrace"})
    assert trace.exception[0].value == REDACTED_ERROR_TEXT
    assert trace.exception[0].stack_trace, "the frames are kept"
    assert not any(row.startswith("KeyError") for row in trace.exception[0].stack_trace), "chained messages are not"
