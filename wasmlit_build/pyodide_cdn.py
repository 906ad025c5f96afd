"""Pyodide's CDN: where the page fetches the packages Pyodide compiles to WebAssembly.

numpy, pandas and the like have no wheel on PyPI that runs in Pyodide; Pyodide builds
them and serves them from jsDelivr, the address its own loader uses by default
(``https://cdn.jsdelivr.net/pyodide/v<version>/full/``, in
``node_modules/pyodide/pyodide.mjs``). A site that needs one, without
``--pyodide-dist``, names each file by its CDN address in the site's lock, and the page
checks every file against the SHA-256 in the pinned ``pyodide-lock.json`` before
Pyodide installs it: the CDN is trusted for availability, never for content.
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wasmlit_build.errors import BuildError
from wasmlit_build.hashing import content_hash
from wasmlit_build.pyodide_dist import LOCK_FILE, lock_closure
from wasmlit_build.wheels import parse_wheel_name

DEFAULT_BASE = "https://cdn.jsdelivr.net/pyodide/v{version}/full/"
# For wasmlit's own tests only: a stand-in CDN (a folder with the lock's layout, served
# over HTTP), since the real one cannot be reached from a test machine. Never set it for
# a real site: the files would come from wherever it points.
BASE_VARIABLE = "WASMLIT_PYODIDE_CDN"
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def cdn_base(version: str, environ: Mapping[str, str]) -> str:
    """The CDN folder the page fetches from: Pyodide's own, unless a test points elsewhere.

    >>> cdn_base("314.0.7", {})
    'https://cdn.jsdelivr.net/pyodide/v314.0.7/full/'
    """
    override = environ.get(BASE_VARIABLE, "")
    if not override:
        return DEFAULT_BASE.format(version=version)
    if not override.startswith(("http://", "https://")) or not override.endswith("/"):
        raise BuildError(
            f"{BASE_VARIABLE}={override!r} is not an http(s) address ending with `/`. The variable is for wasmlit's"
            " tests only: unset it to use Pyodide's CDN."
        )
    return override


def is_compiled(entry: Mapping[str, Any]) -> bool:
    """Built by Pyodide for WebAssembly (a platform wheel or a shared library), not pure Python.

    >>> is_compiled({"file_name": "numpy-2.4.6-cp314-cp314-pyemscripten_2026_0_wasm32.whl"})
    True
    >>> is_compiled({"file_name": "six-1.17.0-py2.py3-none-any.whl"})
    False
    """
    return not str(entry.get("file_name", "")).endswith("-none-any.whl")


@dataclass(frozen=True)
class PyodideCdn:
    """The pinned Pyodide's packages, as the page fetches them from the CDN."""

    base: str
    version: str
    packages: dict[str, dict[str, Any]]  # the pinned lock's entries by canonical name

    @property
    def label(self) -> str:
        return f"Pyodide {self.version}'s packages (its CDN)"

    def provides(self, key: str) -> bool:
        """Only compiled packages: pure ones a requirement names come from PyPI, shipped with the site."""
        return key in self.packages and is_compiled(self.packages[key])

    def closure(self, names: Iterable[str], *, excluded: Iterable[str] = ()) -> list[str]:
        return lock_closure(self.packages, names, excluded=excluded, lock_path=f"Pyodide's {LOCK_FILE}")

    def url(self, key: str) -> str:
        return self.base + str(self.packages[key]["file_name"])

    def compiled_wheels(self) -> dict[str, dict[str, Any]]:
        """The compiled wheels (not the shared libraries, which pip knows nothing of)."""
        return {
            key: entry
            for key, entry in self.packages.items()
            if is_compiled(entry) and str(entry.get("file_name", "")).endswith(".whl")
        }


def stub_wheel(name: str, version: str) -> bytes:
    """A wheel with metadata only: enough for pip to resolve a dependency on it."""
    dist_info = f"{name.replace('-', '_')}-{version}.dist-info"
    files = {
        f"{dist_info}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n",
        f"{dist_info}/WHEEL": "Wheel-Version: 1.0\nGenerator: wasmlit\nRoot-Is-Purelib: false\n",
        f"{dist_info}/RECORD": "",
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path, text in files.items():
            archive.writestr(zipfile.ZipInfo(path, date_time=_FIXED_TIME), text)
    return buffer.getvalue()


def write_stub_wheels(wheels: Mapping[str, Mapping[str, Any]], parent: Path) -> Path:
    """A folder of stand-ins for Pyodide's compiled wheels, for ``pip --find-links``.

    pip then resolves a PyPI package that depends on numpy against Pyodide's numpy (pinned
    to its version); the stand-ins are never shipped: what pip picks of them comes from
    the CDN. Named by their contents, so a folder once written is reused as it is.
    """
    names = sorted((str(entry["file_name"]), str(entry["name"]), str(entry["version"])) for entry in wheels.values())
    folder = parent / f"pyodide-wheels-{content_hash(repr(names).encode())}"
    if folder.is_dir():
        return folder
    parent.mkdir(parents=True, exist_ok=True)
    temporary = Path(tempfile.mkdtemp(prefix=".partial-", dir=parent))
    for file_name, name, version in names:
        parse_wheel_name(file_name)  # a malformed name would make pip ignore the file silently
        (temporary / file_name).write_bytes(stub_wheel(name, version))
    try:
        os.replace(temporary, folder)
    except OSError:  # a concurrent build wrote it first
        shutil.rmtree(temporary, ignore_errors=True)
    return folder
