"""Where wasmlit's own files are."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RUNTIME_SOURCE = PROJECT_ROOT / "py"
WEB_SOURCE = PROJECT_ROOT / "web"
NODE_MODULES = PROJECT_ROOT / "node_modules"
PACKAGE_LOCK = PROJECT_ROOT / "package-lock.json"
PYODIDE_PACKAGE = NODE_MODULES / "pyodide"
NODE_SCRIPTS = Path(__file__).resolve().parent / "node"
# Run by the worker after a start, and by the build's first run the same way.
PREPARE_PYTHON = WEB_SOURCE / "worker" / "prepare_python.py"
