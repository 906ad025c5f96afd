"""The memory snapshot: the interpreter with the runtime already imported, made in Node.

The worker restores it instead of booting Python and importing the runtime (about a
second less in Chromium here), at the price of its bytes (about 5.5 MB gzip: only the
memory pages that are neither zero nor the module's own data travel, snapshot_pages.py). It holds no
user code: only Pyodide, the wasmlit runtime, and the modules the app imports at top
level from the standard library and, when every package the site ships is pure Python,
from those packages (installed first, exactly as the worker installs them). Clocks and entropy are made deterministic while it is made, so
the same inputs give the same bytes; a content-addressed cache under
``node_modules/.cache`` makes later builds skip Node altogether.
"""

from __future__ import annotations

import ast
import gzip
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from wasmlit_build.errors import BuildError
from wasmlit_build.hashing import content_hash
from wasmlit_build.node_scripts import Confinement, run_node_script
from wasmlit_build.packages import LOADER_MODULES, SitePackages
from wasmlit_build.paths import NODE_MODULES, NODE_SCRIPTS, PYODIDE_PACKAGE, WEB_SOURCE
from wasmlit_build.sandbox import NoSandbox, Sandbox
from wasmlit_build.snapshot_pages import pack

CACHE_FOLDER = NODE_MODULES / ".cache" / "wasmlit-snapshots"
CACHE_ENTRIES_KEPT = 8
# Standard-library modules that do something when imported, or make no sense in a tab.
_NEVER_IN_SNAPSHOT = frozenset(
    {"__hello__", "__phello__", "antigravity", "this", "idlelib", "tkinter", "turtle", "turtledemo"}
    | {"ensurepip", "venv", "pydoc", "site", "webbrowser", "__main__"}
)
_SNAPSHOT_TIMEOUT_SECONDS = 300
# The shipped file's layout (snapshot_pages.py); part of the cache key.
_PACKED_FORMAT = b"pages-1"
# The worker's stdlib finder, which the snapshot holds (web/worker/stdlib_on_demand.js).
STDLIB_FINDER = WEB_SOURCE / "worker" / "stdlib_on_demand.py"


@dataclass(frozen=True)
class Snapshot:
    raw_path: Path  # the uncompressed snapshot, for the build-time first run
    compressed: bytes  # what the site ships: the packed snapshot (snapshot_pages.py), gzip
    raw_size: int
    packed_size: int  # of the packed snapshot, decompressed
    module_crc: int  # CRC-32 of the pages the worker takes from the module's memory
    build_id: str
    imports: tuple[str, ...]
    stdlib_files: tuple[str, ...]  # the stdlib zip's files of the modules it holds

    @property
    def file_name(self) -> str:
        return f"assets/python-{content_hash(self.compressed)}.snapshot"


def _top_level_imports(source: str) -> set[str]:
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return set()
    names: set[str] = set()
    for statement in tree.body:
        if isinstance(statement, ast.Import):
            names.update(alias.name for alias in statement.names)
        elif isinstance(statement, ast.ImportFrom) and statement.level == 0 and statement.module:
            names.add(statement.module)
    return names


def stdlib_imports(source: str) -> list[str]:
    """Standard-library modules a script imports at top level (candidates for the snapshot).

    >>> stdlib_imports("import streamlit as st\\nimport json, os.path\\nfrom datetime import date\\nimport this\\n")
    ['datetime', 'json', 'os.path']
    >>> stdlib_imports("def f(:")
    []
    """
    return sorted(
        name
        for name in _top_level_imports(source)
        if name.split(".")[0] in sys.stdlib_module_names and name.split(".")[0] not in _NEVER_IN_SNAPSHOT
    )


def package_imports(source: str, provided: frozenset[str]) -> list[str]:
    """Modules of the site's packages (``provided``: their top-level names) a script imports at top level.

    >>> package_imports("import humanize\\nimport json\\nfrom humanize.time import x\\n", frozenset({"humanize"}))
    ['humanize', 'humanize.time']
    """
    return sorted(name for name in _top_level_imports(source) if name.split(".")[0] in provided)


def _node_version() -> str:
    return subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()


def cache_key(runtime_zip: bytes, imports: list[str], packages: SitePackages | None = None) -> str:
    """Everything the snapshot's bytes depend on (the packages by their lock entries, which hold their hashes)."""
    digest = hashlib.sha256()
    for part in (
        (PYODIDE_PACKAGE / "package.json").read_bytes(),
        (PYODIDE_PACKAGE / "pyodide.asm.wasm").read_bytes(),
        (PYODIDE_PACKAGE / "pyodide.asm.mjs").read_bytes(),
        (PYODIDE_PACKAGE / "python_stdlib.zip").read_bytes(),
        (NODE_SCRIPTS / "make_snapshot.mjs").read_bytes(),
        (NODE_SCRIPTS / "pyodide_node.mjs").read_bytes(),
        (NODE_SCRIPTS / "sandbox.mjs").read_bytes(),
        STDLIB_FINDER.read_bytes(),
        _PACKED_FORMAT,
        _node_version().encode(),
        json.dumps(imports).encode(),
        json.dumps(packages.lock_entries() if packages else None, sort_keys=True).encode(),
        runtime_zip,
    ):
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()[:32]


def _prune_cache(keep: Path) -> None:
    entries = sorted(CACHE_FOLDER.glob("*.json"), key=lambda path: path.stat().st_mtime, reverse=True)
    for metadata in entries[CACHE_ENTRIES_KEPT:]:
        if metadata.stem != keep.stem:
            for suffix in (".json", ".bin", ".bin.gz"):
                metadata.with_suffix(suffix).unlink(missing_ok=True)


def _make_into_cache(
    runtime_zip: bytes, imports: list[str], key: str, packages: SitePackages | None, sandbox: Sandbox | NoSandbox
) -> None:
    CACHE_FOLDER.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wasmlit-snapshot-", dir=CACHE_FOLDER) as temporary:
        folder = Path(temporary)
        # The script reads the request's folder and writes only into its output folder.
        (folder / "output").mkdir()
        (folder / "runtime.zip").write_bytes(runtime_zip)
        request = {
            "runtimeZip": str(folder / "runtime.zip"),
            "imports": imports,
            "output": str(folder / "output" / "snapshot.bin"),
            "stdlibFinder": STDLIB_FINDER.read_text(),
            "packages": packages.write_for_node(folder / "packages") if packages else None,
        }
        confinement = None
        if isinstance(sandbox, Sandbox):
            confinement = Confinement.reading(sandbox, folder, writing=(folder / "output",))
        result = run_node_script(
            "make_snapshot.mjs", request, timeout_seconds=_SNAPSHOT_TIMEOUT_SECONDS, confinement=confinement
        )
        raw = (folder / "output" / "snapshot.bin").read_bytes()
        packed = pack(raw, (PYODIDE_PACKAGE / "pyodide.asm.wasm").read_bytes())
        # mtime=0 and no file name in the header: the same snapshot gives the same gzip bytes.
        (folder / "snapshot.bin.gz").write_bytes(gzip.compress(packed.data, compresslevel=9, mtime=0))
        result = {**result, "packedBytes": len(packed.data), "moduleCrc": packed.module_crc}
        (folder / "snapshot.json").write_text(json.dumps(result))
        # Renames are atomic: a concurrent build sees a whole entry or none.
        os.replace(folder / "output" / "snapshot.bin", CACHE_FOLDER / f"{key}.bin")
        os.replace(folder / "snapshot.bin.gz", CACHE_FOLDER / f"{key}.bin.gz")
        os.replace(folder / "snapshot.json", CACHE_FOLDER / f"{key}.json")


def make_snapshot(
    runtime_zip: bytes, imports: list[str], sandbox: Sandbox | NoSandbox, packages: SitePackages | None = None
) -> Snapshot:
    """The snapshot for this runtime and these imports (with ``packages`` installed first),
    from the cache or made now (in ``sandbox`` when the machine has one; importing
    ``packages`` runs their code, so they need one)."""
    if packages is not None and isinstance(sandbox, NoSandbox):
        raise BuildError(f"importing the app's packages runs their code, and {sandbox.reason}")
    key = cache_key(runtime_zip, imports, packages)
    metadata_path = CACHE_FOLDER / f"{key}.json"
    if not metadata_path.exists():
        _make_into_cache(runtime_zip, imports, key, packages, sandbox)
    os.utime(metadata_path)
    _prune_cache(keep=metadata_path)
    metadata = json.loads(metadata_path.read_text())
    return Snapshot(
        raw_path=CACHE_FOLDER / f"{key}.bin",
        compressed=(CACHE_FOLDER / f"{key}.bin.gz").read_bytes(),
        raw_size=int(metadata["bytes"]),
        packed_size=int(metadata["packedBytes"]),
        module_crc=int(metadata["moduleCrc"]),
        build_id=str(metadata["buildId"]),
        imports=tuple(metadata["imported"]),
        stdlib_files=tuple(metadata["stdlibFiles"]),
    )


def manifest_entry(snapshot: Snapshot) -> dict[str, object]:
    """What the worker needs to fetch, check and restore the snapshot."""
    return {
        "path": snapshot.file_name,
        "bytes": len(snapshot.compressed),
        "rawBytes": snapshot.raw_size,
        "packedBytes": snapshot.packed_size,
        "moduleCrc": snapshot.module_crc,
        "buildId": snapshot.build_id,
    }


def make_app_snapshot(
    runtime_zip: bytes, source_text: str, site_packages: SitePackages, sandbox: Sandbox | NoSandbox
) -> tuple[Snapshot | None, list[str]]:
    """The snapshot for an app: what it imports at top level, and the build's warnings.

    The site's packages are installed and imported only when every one of them is pure
    Python: WebAssembly libraries loaded into the heap are not restored from a snapshot,
    and a pure package that optionally imports a native one would remember it as
    missing. If importing them breaks the snapshot, or the machine has no sandbox to run
    their code in, it is made without them.
    """
    imports = stdlib_imports(source_text)
    if site_packages.packages:
        imports = sorted({*imports, *LOADER_MODULES})
    pure = site_packages if site_packages.packages and site_packages.all_pure else None
    third_party = package_imports(source_text, pure.import_names()) if pure else []
    warnings: list[str] = []
    if third_party:
        try:
            return make_snapshot(runtime_zip, imports + third_party, sandbox, pure), []
        except BuildError as error:
            warnings.append(f"the memory snapshot leaves out {', '.join(third_party)}: {error}")
    try:
        return make_snapshot(runtime_zip, imports, sandbox), warnings
    except BuildError as error:
        return None, [*warnings, f"no memory snapshot (the page boots Python from scratch): {error}"]
