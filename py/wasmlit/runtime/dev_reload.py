"""The dev loop (``build.py --serve``): saved files reach the running session.

As ``streamlit run`` with "run on save": the page sends the app folder's saved files,
they replace the old ones in the worker's file system, the modules loaded from them are
forgotten (the next import reads them again), and the next run runs the new script,
keeping Session State. A main script that does not compile is not run: the page shows
Streamlit's "Script execution error" dialog and keeps what it shows.
"""

from __future__ import annotations

import os
import sys

from wasmlit.elements.exception import syntax_error_message
from wasmlit.multipage import page


def write_saved_files(app_folder: str, files: dict[str, str]) -> list[str]:
    """Write each file (path relative to ``app_folder``); their absolute paths."""
    written = []
    for relative, text in sorted(files.items()):
        path = os.path.join(app_folder, *relative.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as saved:
            saved.write(text)
        written.append(path)
    return written


def forget_modules(paths: list[str]) -> list[str]:
    """Drop the modules loaded from ``paths`` from ``sys.modules``; their names."""
    changed = {os.path.realpath(path) for path in paths}
    forgotten = []
    for name, module in list(sys.modules.items()):
        origin = getattr(module, "__file__", None)
        if isinstance(origin, str) and os.path.realpath(origin) in changed:
            del sys.modules[name]
            forgotten.append(name)
    return forgotten


def apply_saved_files(script_path: str, files: dict[str, str]) -> str | None:
    """Replace the saved files; the main script's new text if it is among them."""
    app_folder = os.path.dirname(os.path.abspath(script_path))
    written = write_saved_files(app_folder, files)
    forget_modules(written)
    page.forget_compiled_pages()
    main = os.path.realpath(script_path)
    for path, relative in zip(written, sorted(files), strict=True):
        if os.path.realpath(path) == main:
            return files[relative]
    return None


def compile_error_text(error: SyntaxError | ValueError) -> str:
    """Streamlit's dialog text: for a SyntaxError the file, the line and a caret.

    >>> compile_error_text(ValueError("source code string cannot contain null bytes"))
    'source code string cannot contain null bytes'
    """
    if isinstance(error, SyntaxError):
        return syntax_error_message(error)
    return str(error)
