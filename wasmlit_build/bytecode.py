"""The runtime compiled to bytecode by the site's own Python, for boots without a snapshot.

Importing the runtime from source means compiling ~25 modules in the visitor's tab
(0.3-0.8 s here); from unchecked-hash ``.pyc`` files it takes a tenth of that. It
costs about 80 KB (compressed), so only sites without a memory snapshot ship it: with
one, the runtime is already imported. Made in Node (``node/compile_runtime.mjs``),
deterministically, and cached like the snapshot.
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
    """``wasmlit/__pycache__/*.cpython-314.pyc`` files for the runtime's modules."""
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
