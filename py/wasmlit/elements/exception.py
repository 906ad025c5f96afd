"""The exception element: ``st.exception`` and how uncaught exceptions are shown."""

from __future__ import annotations

import os
import traceback
from typing import Any

from wasmlit.catalogue import EXCEPTION
from wasmlit.elements.host import ElementHost
from wasmlit.errors import MarkdownFormattedException

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Frames read from one traceback. A recursion under a raised limit leaves a million;
# reading them all takes seconds (minutes in the browser) and shows nothing more.
MAX_TRACEBACK_FRAMES = 1000


def display_type_name(exception: BaseException, *, qualified: bool) -> str:
    """``KeyError``, ``__main__.MyErr``, ``streamlit.errors.StreamlitAPIException``.

    >>> display_type_name(KeyError("x"), qualified=True)
    'KeyError'
    >>> from wasmlit.errors import StreamlitAPIException
    >>> display_type_name(StreamlitAPIException("x"), qualified=True)
    'streamlit.errors.StreamlitAPIException'
    """
    exception_type = type(exception)
    if not qualified or exception_type.__module__ == "builtins":
        return exception_type.__name__
    module = exception_type.__module__
    if module == "wasmlit" or module.startswith("wasmlit."):
        module = "streamlit" + module[len("wasmlit") :]
    return f"{module}.{exception_type.__qualname__}"


def _is_internal(frame: traceback.FrameSummary) -> bool:
    return os.path.abspath(frame.filename).startswith(_PACKAGE_DIR + os.sep)


def _drop_internal_frames(summary: traceback.TracebackException) -> bool:
    """Remove runtime frames from the whole chain; True if any user frame is left."""
    summary.stack[:] = [frame for frame in summary.stack if not _is_internal(frame)]
    left = bool(summary.stack)
    for linked in (summary.__cause__, summary.__context__):
        if linked is not None:
            left = _drop_internal_frames(linked) or left
    return left


def _rows(summary: traceback.TracebackException, *, with_exception_line: bool, messages: bool = True) -> list[str]:
    rows: list[str] = []
    separator = None
    if summary.__cause__ is not None:
        rows = _rows(summary.__cause__, with_exception_line=messages, messages=messages)
        separator = "The above exception was the direct cause of the following exception:"
    elif summary.__context__ is not None and not summary.__suppress_context__:
        rows = _rows(summary.__context__, with_exception_line=messages, messages=messages)
        separator = "During handling of the above exception, another exception occurred:"
    own = [item.strip() for item in summary.stack.format()]
    if with_exception_line:
        own.extend(line.rstrip("\n") for line in summary.format_exception_only() if line.strip())
    if rows and own and separator:
        rows.append(separator)
    return rows + own


def traceback_depth(exception: BaseException) -> int:
    """How many frames the exception's traceback holds."""
    depth = 0
    link = exception.__traceback__
    while link is not None:
        depth += 1
        link = link.tb_next
    return depth


def traceback_rows(exception: BaseException, *, messages: bool = True) -> list[str]:
    """User-facing traceback rows: runtime frames removed unless nothing would remain.
    ``messages=False`` leaves out the lines naming chained exceptions and their texts.
    Only the outermost ``MAX_TRACEBACK_FRAMES`` frames are read; a last row counts the rest."""
    try:
        limit = MAX_TRACEBACK_FRAMES
        summary = traceback.TracebackException.from_exception(exception, limit=limit)
        if not _drop_internal_frames(summary):
            summary = traceback.TracebackException.from_exception(exception, limit=limit)
        rows = _rows(summary, with_exception_line=False, messages=messages)
        left_out = traceback_depth(exception) - limit
        if left_out > 0:
            rows.append(f"[{left_out} more frames not shown]")
        return rows
    except Exception:  # formatting must never hide the original error
        return []


def release_traceback(exception: BaseException) -> None:
    """Free a deep traceback innermost frame first, one frame at a time.

    Each frame object holds its caller's, so dropping the outermost reference first frees
    the whole chain by recursion in C. After a recursion under a raised limit that chain
    is a million frames deep: CPython survives it, but in Pyodide it overflows the
    WebAssembly stack, a fatal crash of the interpreter.
    """
    if traceback_depth(exception) <= MAX_TRACEBACK_FRAMES:
        return
    links = []
    link = exception.__traceback__
    while link is not None:
        links.append(link)
        link = link.tb_next
    exception.__traceback__ = None
    frames = [each.tb_frame for each in links]
    while links:
        links.pop().tb_next = None
    while frames:
        frames.pop()  # innermost first: its caller is still held by this list


def syntax_error_message(error: SyntaxError) -> str:
    """Streamlit's text for a SyntaxError: the file, the line, a caret under the column.

    >>> print(syntax_error_message(SyntaxError("invalid syntax", ("/app/app.py", 2, 9, "st.write(1))\\n", 2, 10))))
    File "/app/app.py", line 2
      st.write(1))
              ^
    SyntaxError: invalid syntax
    """
    if not error.text:
        return f"{type(error).__name__}: {error.msg}"
    caret_indent = " " * max((error.offset or 1) - 1, 0)
    return (
        f'File "{error.filename}", line {error.lineno}\n'
        f"  {error.text.rstrip()}\n"
        f"  {caret_indent}^\n"
        f"{type(error).__name__}: {error.msg}"
    )


def exception_props(exception: BaseException, *, qualified_type: bool) -> dict[str, Any]:
    try:
        message = syntax_error_message(exception) if isinstance(exception, SyntaxError) else str(exception).strip()
    except Exception:
        message = ""
    props: dict[str, Any] = {
        "type": display_type_name(exception, qualified=qualified_type),
        "message": message,
        "traceback": traceback_rows(exception),
    }
    if isinstance(exception, MarkdownFormattedException) and not isinstance(exception, SyntaxError):
        props["markdown"] = True
    if isinstance(exception, Warning):
        props["warning"] = True
    return props


REDACTED_ERROR_TEXT = (
    "This app has encountered an error. The original error message is redacted to prevent data "
    "leaks. Full error details have been recorded in the logs (if you're on Streamlit Cloud, click "
    "on 'Manage app' in the lower right of your app)."
)


def error_detail_visibility(setting: Any) -> tuple[bool, bool, bool]:
    """``client.showErrorDetails`` -> (message, traceback, type) shown for uncaught errors.

    >>> [error_detail_visibility(value) for value in ("full", "stacktrace", "type", "none")]
    [(True, True, True), (False, True, True), (False, False, True), (False, False, False)]
    >>> error_detail_visibility(False)
    (False, True, True)
    """
    show_message = setting in ("full", True, "true", "True")
    show_trace = show_message or setting in ("stacktrace", False, "false", "False")
    show_type = show_trace or setting == "type"
    return show_message, show_trace, show_type


def uncaught_exception_props(error: BaseException, config: dict[str, Any]) -> dict[str, Any]:
    """An uncaught error's element, with what ``client.showErrorDetails`` lets it show."""
    props = exception_props(error, qualified_type=True)
    show_message, show_trace, show_type = error_detail_visibility(config.get("client.showErrorDetails", "full"))
    if not show_message:
        props["message"] = REDACTED_ERROR_TEXT
        props["traceback"] = traceback_rows(error, messages=False) if show_trace else []
    if not show_type:
        props["type"] = ""
    return props


class ExceptionMixin(ElementHost):
    def exception(self, exception: BaseException, width: Any = "stretch") -> ElementHost:
        """Display an exception: short type name, message and traceback."""
        node = self._emit(EXCEPTION, exception_props(exception, qualified_type=False))
        return self._slot_for(node)
