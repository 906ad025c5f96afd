"""``st.echo``: show the code of a ``with`` block, then run it (Streamlit's implementation).

The block's source is read from the script file itself (the app folder ships with the
site, so the file is there in the browser too), through the ``ast`` of the whole file:
the statement the ``with`` is on names the block's first and last lines.
"""

from __future__ import annotations

import ast
import contextlib
import textwrap
import traceback
from collections.abc import Iterator
from typing import Any

from wasmlit.runtime import log
from wasmlit.source_util import open_python_file


def _statements_by_line(root: ast.AST) -> dict[int, Any]:
    """Every statement-like node with a line number, by that line (inner nodes last)."""
    by_line: dict[int, Any] = {}

    def collect(node: ast.AST) -> None:
        if not hasattr(node, "body"):
            return
        for child in ast.iter_child_nodes(node):
            if hasattr(child, "lineno"):
                by_line[child.lineno] = child
                collect(child)

    collect(root)
    return by_line


def block_source(filename: str, with_line: int) -> str:
    """The dedented source of the body of the ``with`` statement on ``with_line``."""
    with open_python_file(filename) as source_file:
        lines = source_file.readlines()
    statement = _statements_by_line(ast.parse("".join(lines)))[with_line]
    first = statement.body[0]
    # A decorated first statement starts at its first decorator (Streamlit #9252).
    start = min([first.lineno, *(decorator.lineno for decorator in getattr(first, "decorator_list", []))])
    return textwrap.dedent("".join(lines[start - 1 : statement.end_lineno]))


@contextlib.contextmanager
def echo(code_location: str = "above") -> Iterator[None]:
    """Use in a ``with`` block to draw its code on the app, then execute it."""
    from wasmlit import code, empty, warning

    if code_location == "below":
        show_code: Any = code
        show_warning: Any = warning
    else:
        placeholder: Any = empty()
        show_code, show_warning = placeholder.code, placeholder.warning
    code_string: str | None = None
    error_message: str | None = None
    try:
        # The frame of the ``with`` statement: this generator and contextlib's __enter__ are above it.
        frame = traceback.extract_stack()[-3]
        code_string = block_source(frame.filename, frame.lineno or 0)
    except OSError as error:
        error_message = f"Unable to display code. {error}"
        log.warn(error_message)
    yield
    if code_string is not None:
        show_code(code_string, "python")
    elif error_message is not None:
        show_warning(error_message)
