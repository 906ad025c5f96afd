"""The runtime compiled to bytecode by the site's own Python, for boots without a snapshot.

Importing the runtime from source means compiling its modules in the visitor's tab
(0.3-0.8 s here); from ``.pyc`` files it takes a tenth of that. Such sites ship the
bytecode *instead of* the source (sourceless ``.pyc`` files, docstrings removed): about
270 KB compressed against 140 KB of source, which at 20 Mbit/s costs ~50 ms more download
to save the compile. With a snapshot the runtime is already imported and ships as source.
Made in Node (``node/compile_runtime.mjs``), deterministically, and cached like the snapshot.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import zipfile
from pathlib import Path

from wasmlit_build.app_files import AppFile
from wasmlit_build.node_scripts import run_node_script
from wasmlit_build.paths import NODE_MODULES, NODE_SCRIPTS, PYODIDE_PACKAGE

CACHE_FOLDER = NODE_MODULES / ".cache" / "wasmlit-bytecode"
_TIMEOUT_SECONDS = 300


def _cache_key(runtime_zip: bytes) -> str:
    digest = hashlib.sha256()
    for part in (
        (PYODIDE_PACKAGE / "package.json").read_bytes(),
        (NODE_SCRIPTS / "compile_runtime.mjs").read_bytes(),
        runtime_zip,
    ):
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()[:32]


def runtime_bytecode(runtime_zip: bytes) -> list[AppFile]:
    """A sourceless ``.pyc`` file beside each runtime module's ``.py`` path."""
    cached = CACHE_FOLDER / f"{_cache_key(runtime_zip)}.zip"
    if not cached.exists():
        CACHE_FOLDER.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="wasmlit-bytecode-", dir=CACHE_FOLDER) as temporary:
            folder = Path(temporary)
            (folder / "runtime.zip").write_bytes(runtime_zip)
            request = {"runtimeZip": str(folder / "runtime.zip"), "output": str(folder / "bytecode.zip")}
            run_node_script("compile_runtime.mjs", request, timeout_seconds=_TIMEOUT_SECONDS)
            os.replace(folder / "bytecode.zip", cached)
    with zipfile.ZipFile(io.BytesIO(cached.read_bytes())) as archive:
        return [AppFile(name, archive.read(name)) for name in sorted(archive.namelist())]
