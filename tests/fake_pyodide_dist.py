"""Tiny wheels, a fake Pyodide distribution and a stand-in for Pyodide's CDN, made by
tests (no network, no real release).

A real Pyodide release ships WebAssembly wheels that cannot be downloaded here, and the
real CDN cannot be reached; these small wheels, listed in a lock file in Pyodide's
format, exercise the same path: lock entries, dependencies, ``pyodide.loadPackage``.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import Any

from wasmlit_build.pyodide_dist import pinned_lock
from wasmlit_build.pyodide_files import pyodide_version

_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def make_wheel(
    project: str, version: str, modules: dict[str, str], requires: tuple[str, ...] = (), tag: str = "py3-none-any"
) -> bytes:
    """A valid wheel holding ``modules`` (path inside the wheel -> source), pure Python
    unless ``tag`` says otherwise."""
    dist_info = f"{project}-{version}.dist-info"
    metadata = f"Metadata-Version: 2.1\nName: {project}\nVersion: {version}\n"
    metadata += "".join(f"Requires-Dist: {requirement}\n" for requirement in requires)
    files = {
        **modules,
        f"{dist_info}/METADATA": metadata,
        f"{dist_info}/WHEEL": f"Wheel-Version: 1.0\nGenerator: wasmlit-tests\nRoot-Is-Purelib: true\nTag: {tag}\n",
    }
    record = "".join(f"{path},,\n" for path in files) + f"{dist_info}/RECORD,,\n"
    files[f"{dist_info}/RECORD"] = record
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path, text in files.items():
            archive.writestr(zipfile.ZipInfo(path, date_time=_FIXED_TIME), text)
    return buffer.getvalue()


def wheel_file_name(project: str, version: str) -> str:
    return f"{project}-{version}-py3-none-any.whl"


def lock_entry(project: str, version: str, wheel: bytes, imports: list[str], depends: list[str]) -> dict[str, Any]:
    return {
        "name": project,
        "version": version,
        "file_name": wheel_file_name(project, version),
        "install_dir": "site",
        "sha256": hashlib.sha256(wheel).hexdigest(),
        "package_type": "package",
        "imports": imports,
        "depends": depends,
        "unvendored_tests": False,
        "tool": {},
    }


# Two packages as a Pyodide release lists them: one depends on the other.
CORE_SOURCE = "def double(x):\n    return 2 * x\n"
STATS_SOURCE = "from wlfake_core import double\n\ndef summary(values):\n    return f'sum={sum(values)} doubled={double(sum(values))}'\n"


def write_fake_distribution(folder: Path, *, version: str | None = None, info: dict[str, Any] | None = None) -> Path:
    """A distribution folder: package.json, pyodide-lock.json, and two wheels
    (``wlfake-stats`` depends on ``wlfake-core``). Returns ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    core = make_wheel("wlfake_core", "1.0.0", {"wlfake_core/__init__.py": CORE_SOURCE})
    stats = make_wheel("wlfake_stats", "2.1.0", {"wlfake_stats/__init__.py": STATS_SOURCE}, ("wlfake_core",))
    (folder / wheel_file_name("wlfake_core", "1.0.0")).write_bytes(core)
    (folder / wheel_file_name("wlfake_stats", "2.1.0")).write_bytes(stats)
    lock = {
        "info": info if info is not None else pinned_lock()["info"],
        "packages": {
            "wlfake-core": lock_entry("wlfake_core", "1.0.0", core, ["wlfake_core"], []),
            "wlfake-stats": lock_entry("wlfake_stats", "2.1.0", stats, ["wlfake_stats"], ["wlfake-core"]),
        },
    }
    (folder / "pyodide-lock.json").write_text(json.dumps(lock, indent=1))
    (folder / "package.json").write_text(json.dumps({"name": "pyodide", "version": version or pyodide_version()}))
    return folder


# A package as Pyodide's lock lists a compiled one (a platform wheel), depending on a pure one.
NATIVE_TAG = "cp314-cp314-pyemscripten_2026_0_wasm32"
NATIVE_SOURCE = "from wlfake_core import double\n\ndef value():\n    return double(21)\n"


def native_file_name() -> str:
    return f"wlfake_native-1.0.0-{NATIVE_TAG}.whl"


def write_fake_cdn(folder: Path, *, tampered: bool = False) -> dict[str, Any]:
    """A stand-in for Pyodide's CDN: the pinned lock plus ``wlfake-native`` (compiled, as
    its file name says) and ``wlfake-core`` (pure), their files laid out as the lock says.

    With ``tampered``, the native wheel on the "CDN" differs from the one the lock
    describes (same size, other bytes). Returns the lock the build must believe in.
    """
    folder.mkdir(parents=True, exist_ok=True)
    core = make_wheel("wlfake_core", "1.0.0", {"wlfake_core/__init__.py": CORE_SOURCE})
    native = make_wheel("wlfake_native", "1.0.0", {"wlfake_native/__init__.py": NATIVE_SOURCE}, tag=NATIVE_TAG)
    native_entry = {**lock_entry("wlfake_native", "1.0.0", native, ["wlfake_native"], ["wlfake-core"])}
    native_entry["file_name"] = native_file_name()
    lock = pinned_lock()
    lock["packages"] = {
        **lock["packages"],
        "wlfake-core": lock_entry("wlfake_core", "1.0.0", core, ["wlfake_core"], []),
        "wlfake-native": native_entry,
    }
    served = bytearray(native)
    if tampered:
        served[len(served) // 2] ^= 0xFF
    (folder / wheel_file_name("wlfake_core", "1.0.0")).write_bytes(core)
    (folder / native_file_name()).write_bytes(bytes(served))
    (folder / "pyodide-lock.json").write_text(json.dumps(lock))
    return lock
