"""Multipage apps at build time: find every page script and check its syntax.

A ``pages/`` folder next to the main script makes each ``pages/*.py`` a page. Pages of
``st.navigation`` are known only when the app runs, but the scripts they name are almost
always string literals: ``st.Page("reports.py")``, ``st.switch_page("pages/x.py")``. The
build follows those names from the main script (and from the pages it finds), checks
each script's syntax, and warns about names that match no file. The whole app folder is
shipped anyway, so a page computed at run time still finds its file.
"""

from __future__ import annotations

import ast
from pathlib import Path

from wasmlit_build.errors import BuildError
from wasmlit_build.syntax import check_syntax

_PAGE_CALLS = frozenset({"Page", "navigation", "switch_page", "page_link"})
PAGES_FOLDER = "pages"


def pages_folder_scripts(main_script: Path) -> list[Path]:
    """``pages/*.py`` next to the main script, as Streamlit lists them (no hidden files or __init__)."""
    folder = main_script.parent / PAGES_FOLDER
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.glob("*.py") if not path.name.startswith(".") and path.name != "__init__.py")


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return None


def _string_literals(node: ast.AST) -> list[tuple[int, int, str]]:
    """String constants under a node, with their positions (to keep the source order)."""
    return [
        (item.lineno, item.col_offset, item.value)
        for item in ast.walk(node)
        if isinstance(item, ast.Constant) and isinstance(item.value, str)
    ]


def named_page_scripts(source: str) -> list[str]:
    """The ``.py`` names passed to st.Page, st.navigation, st.switch_page and st.page_link.

    >>> named_page_scripts('st.navigation([st.Page("a.py", title="A"), "b.py"])\\nst.switch_page("c.py")')
    ['a.py', 'b.py', 'c.py']
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    found: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _called_name(node) in _PAGE_CALLS:
            for argument in [*node.args, *(keyword.value for keyword in node.keywords if keyword.arg == "page")]:
                found += [literal for literal in _string_literals(argument) if literal[2].endswith(".py")]
    return list(dict.fromkeys(name for _, _, name in sorted(found)))


def _read(script: Path) -> str:
    try:
        return script.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise BuildError(f"{script} cannot be read as UTF-8 text: {error}") from None


def check_page_scripts(main_script: Path, app_folder: Path) -> tuple[list[Path], list[str]]:
    """Every page script the app names, each syntax-checked; and warnings for missing ones."""
    found: list[Path] = []
    warnings: list[str] = []
    pending = [*pages_folder_scripts(main_script), main_script]
    seen: set[Path] = set()
    while pending:
        script = pending.pop(0).resolve()
        if script in seen:
            continue
        seen.add(script)
        source = _read(script)
        display = script.relative_to(app_folder).as_posix() if script.is_relative_to(app_folder) else str(script)
        if script != main_script.resolve():
            check_syntax(source, display)
            found.append(script)
        for name in named_page_scripts(source):
            target = (main_script.parent / name).resolve()
            if target.is_file():
                pending.append(target)
            else:
                warnings.append(
                    f"{display} names the page script `{name}`, which is not in the app folder; "
                    "that page will fail with StreamlitPageNotFoundError."
                )
    return found, warnings
