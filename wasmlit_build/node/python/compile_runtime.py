"""Run by ``compile_runtime.mjs`` in Pyodide's Python (the version the site runs).

Sourceless ``.pyc`` files placed where the ``.py`` files would be, with docstrings
removed: the bytecode is twice the size of the source already.
"""

import ast
import importlib.util
import pathlib
import zipfile
from importlib._bootstrap_external import _code_to_hash_pyc  # type: ignore[attr-defined]


def without_docstrings(tree: ast.Module) -> ast.Module:
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            body = node.body
            first = body[0] if body else None
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                node.body = body[1:] or [ast.copy_location(ast.Pass(), first)]
    return tree


def compile_runtime(root: str, output: str) -> int:
    """Write the bytecode of every module under ``root`` into the zip ``output``."""
    paths = sorted(pathlib.Path(root).rglob("*.py"))
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_STORED) as archive:
        for path in paths:
            source = path.read_bytes()
            code = compile(without_docstrings(ast.parse(source, str(path))), str(path), "exec", dont_inherit=True)
            data = _code_to_hash_pyc(code, importlib.util.source_hash(source), checked=False)
            name = path.with_suffix(".pyc").relative_to(root).as_posix()
            archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), data)
    return len(paths)
