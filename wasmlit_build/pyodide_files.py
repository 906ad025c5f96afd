"""The Pyodide files the page loads: the interpreter, its JS glue and the stdlib."""

from __future__ import annotations

import json

from wasmlit_build.errors import BuildError
from wasmlit_build.paths import PYODIDE_PACKAGE

PYODIDE_FOLDER = "pyodide"
STDLIB_PATH = f"{PYODIDE_FOLDER}/python_stdlib.zip"
# loadPyodide fetches these itself; pyodide.mjs is bundled into the worker.
RUNTIME_FILES = ("pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")


def pyodide_version() -> str:
    package = PYODIDE_PACKAGE / "package.json"
    if not package.exists():
        raise BuildError("node_modules/pyodide is missing; run `npm ci` in the wasmlit folder.")
    version: str = json.loads(package.read_text())["version"]
    return version


def pyodide_files() -> dict[str, bytes]:
    files = {}
    for name in RUNTIME_FILES:
        path = PYODIDE_PACKAGE / name
        if not path.exists():
            raise BuildError(f"{path} is missing; reinstall with `npm ci` in the wasmlit folder.")
        files[f"{PYODIDE_FOLDER}/{name}"] = path.read_bytes()
    return files


def full_stdlib() -> bytes:
    """Pyodide's whole standard-library zip (the site may ship less of it: stdlib_split.py)."""
    return (PYODIDE_PACKAGE / "python_stdlib.zip").read_bytes()
