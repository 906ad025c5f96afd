"""Test-wide setup. The runtime and the build import as installed packages
(``./run-tests`` runs ``pip install -e .``), never through ``sys.path`` edits."""

# The bridge imports Pyodide's `js`/`pyodide` modules and only runs in the browser.
collect_ignore = ["py/wasmlit/bridge.py", "web/worker/prepare_python.py"]
collect_ignore_glob = ["node_modules/*", "dist/*", "bench/*", "examples/*", ".venv/*"]
