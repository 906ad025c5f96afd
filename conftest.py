"""Test-wide setup: the runtime (py/) and the build package import from this checkout."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
for path in (ROOT / "py", ROOT):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

# The bridge imports Pyodide's `js`/`pyodide` modules and only runs in the browser.
collect_ignore = ["py/wasmlit/bridge.py"]
collect_ignore_glob = ["node_modules/*", "dist/*", "bench/*", "examples/*", ".venv/*"]
