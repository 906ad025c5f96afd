"""The two floors the bench compares against, written as static sites.

- ``pyodide``: a bare Pyodide page, as Pyodide's documentation starts one (the classic
  ``pyodide.js`` script, ``loadPyodide()`` with its defaults, on the page), running a
  two-line script and showing its result. The same pinned Pyodide files as wasmlit.
- ``echo``: a page whose module Worker answers each click at once: the browser's
  round-trip floor for a click answered by a Worker.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from wasmlit_build.paths import PYODIDE_PACKAGE

PYODIDE_FILES = ("pyodide.js", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")

PYODIDE_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bare Pyodide</title>
<script src="pyodide/pyodide.js"></script></head>
<body><p id="output">Loading Python…</p>
<script>
(async () => {
  window.pyodide = await loadPyodide();
  const result = pyodide.runPython("import sys\\nf'Python {sys.version.split()[0]} says {6 * 7}'");
  document.getElementById("output").textContent = result;
  document.body.dataset.ready = "true";
})();
</script></body></html>
"""

ECHO_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Worker echo</title></head>
<body><button type="button" id="click">Increment</button>
<div data-testid="stMarkdown" id="count">Count = 0</div>
<script type="module">
const worker = new Worker("echo-worker.js", { type: "module" });
let count = 0;
document.getElementById("click").addEventListener("click", () => worker.postMessage(JSON.stringify({ count })));
worker.onmessage = (event) => {
  count = JSON.parse(event.data).count;
  document.getElementById("count").textContent = `Count = ${count}`;
};
document.body.dataset.ready = "true";
</script></body></html>
"""

ECHO_WORKER = """self.onmessage = (event) => {
  const message = JSON.parse(event.data);
  self.postMessage(JSON.stringify({ count: message.count + 1 }));
};
"""


def write_pyodide_floor(folder: Path) -> None:
    (folder / "pyodide").mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        shutil.copyfile(PYODIDE_PACKAGE / name, folder / "pyodide" / name)
    (folder / "index.html").write_text(PYODIDE_PAGE)


def write_echo_floor(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.html").write_text(ECHO_PAGE)
    (folder / "echo-worker.js").write_text(ECHO_WORKER)
