"""What the app's Python files import: the packages it needs beyond requirements.txt.

The files read: the main script, its pages, and the app's own modules they import, in
turn (a test folder or a script the app never runs does not count). Each is read as
Pyodide's ``loadPackagesFromImports`` reads code (``pyodide.code.find_imports``): every
``import`` statement anywhere in it (inside functions and ``try`` blocks too), by its
top-level name. Imports built at run time (``importlib.import_module(name)``) are not
seen. Relative imports (``from . import x``) are the app's own.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping

from wasmlit_build.app_files import AppFile


def find_imports(source: str) -> frozenset[str]:
    """Top-level names of the modules ``source`` imports; none when it does not parse.

    >>> sorted(find_imports("import numpy as np, os.path\\ndef f():\\n    from PIL import Image\\nfrom . import x\\n"))
    ['PIL', 'numpy', 'os']
    >>> find_imports("def f(:")
    frozenset()
    """
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return frozenset()
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return frozenset(names)


def python_sources(files: Iterable[AppFile]) -> dict[str, str]:
    """The app's ``.py`` files that are UTF-8 text, by path relative to the app folder."""
    sources: dict[str, str] = {}
    for file in files:
        if file.relative_path.endswith(".py"):
            try:
                sources[file.relative_path] = file.data.decode("utf-8-sig")
            except UnicodeDecodeError:
                continue  # it cannot run in the page either; the run says why
    return sources


def local_names(paths: Iterable[str]) -> frozenset[str]:
    """Top-level names the app's own files answer to (``utils.py``, ``helpers/``).

    >>> sorted(local_names(["app.py", "helpers/__init__.py", "pages/1_Chart.py", "data.csv"]))
    ['app', 'helpers', 'pages']
    """
    names = set()
    for path in paths:
        first, separator, _ = path.partition("/")
        if separator:
            names.add(first)
        elif first.endswith(".py"):
            names.add(first.removesuffix(".py"))
    return frozenset(names)


def _own_files(name: str, paths: Iterable[str]) -> list[str]:
    """The app's files behind a top-level import name: ``name.py``, or its whole package folder."""
    return [path for path in paths if path == f"{name}.py" or path.startswith(f"{name}/")]


def reachable_sources(sources: Mapping[str, str], roots: Iterable[str]) -> dict[str, str]:
    """``roots`` (the scripts the app runs) and the app's modules they import, transitively.

    >>> files = {"app.py": "import helpers", "helpers.py": "import numpy", "tests/test_x.py": "import pytest"}
    >>> sorted(reachable_sources(files, ["app.py"]))
    ['app.py', 'helpers.py']
    """
    found: set[str] = set()
    pending = list(roots)
    while pending:
        path = pending.pop()
        if path in found or path not in sources:
            continue
        found.add(path)
        for name in find_imports(sources[path]):
            pending += _own_files(name, sources)
    return {path: sources[path] for path in sorted(found)}


def importers(sources: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """Each imported top-level name, with the files that import it (sorted).

    >>> importers({"b.py": "import numpy", "a.py": "import numpy, json"})
    {'json': ('a.py',), 'numpy': ('a.py', 'b.py')}
    """
    found: dict[str, list[str]] = {}
    for path in sorted(sources):
        for name in find_imports(sources[path]):
            found.setdefault(name, []).append(path)
    return {name: tuple(found[name]) for name in sorted(found)}
