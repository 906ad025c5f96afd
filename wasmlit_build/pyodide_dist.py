"""A Pyodide distribution given with ``--pyodide-dist DIR``: its lock file and its wheels.

WebAssembly builds of native packages (numpy, pandas, ...) are not on PyPI; a Pyodide
release ships them, listed in its ``pyodide-lock.json``. The distribution must be for
the Pyodide wasmlit pins: its wheels are compiled against that exact interpreter.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wasmlit_build.errors import BuildError
from wasmlit_build.paths import PYODIDE_PACKAGE
from wasmlit_build.pyodide_files import pyodide_version
from wasmlit_build.wheels import canonical_name

LOCK_FILE = "pyodide-lock.json"
# What a wheel's compatibility depends on; must equal the pinned Pyodide's.
_ABI_FIELDS = ("abi_version", "arch", "platform", "python")


def pinned_lock() -> dict[str, Any]:
    """The lock file of the pinned Pyodide (its npm package ships the full list, not the wheels)."""
    lock: dict[str, Any] = json.loads((PYODIDE_PACKAGE / LOCK_FILE).read_text())
    return lock


def release_hint(version: str) -> str:
    return (
        f"download Pyodide {version}'s full release (pyodide-{version}.tar.bz2 from"
        f" https://github.com/pyodide/pyodide/releases/tag/{version}), unpack it and pass --pyodide-dist DIR"
        " (the folder holding pyodide-lock.json)"
    )


def lock_closure(
    packages: Mapping[str, Mapping[str, Any]], names: Iterable[str], *, excluded: Iterable[str], lock_path: str
) -> list[str]:
    """``names`` and everything they depend on in a lock (entries by canonical name), sorted.

    ``excluded`` packages come from elsewhere (PyPI): neither they nor their own
    dependencies are followed.

    >>> lock_closure({"a": {"depends": ["B"]}, "b": {"depends": ["c"]}, "c": {}}, ["a"], excluded=["b"], lock_path="")
    ['a']
    """
    skipped = {canonical_name(name) for name in excluded}
    found: set[str] = set()
    pending = [canonical_name(name) for name in names]
    while pending:
        name = pending.pop()
        if name in found or name in skipped:
            continue
        if name not in packages:
            raise BuildError(
                f"{lock_path} names {name} as a dependency but has no entry for it: the distribution is incomplete."
            )
        found.add(name)
        pending += [canonical_name(dependency) for dependency in packages[name].get("depends", [])]
    return sorted(found)


@dataclass(frozen=True)
class PyodideDistribution:
    folder: Path
    info: dict[str, Any]
    packages: dict[str, dict[str, Any]]  # lock entries by canonical name

    @property
    def label(self) -> str:
        return f"the Pyodide distribution {self.folder}"

    def provides(self, key: str) -> bool:
        """Every package of the distribution, pure ones too: the site then needs nothing else."""
        return key in self.packages

    def closure(self, names: Iterable[str], *, excluded: Iterable[str] = ()) -> list[str]:
        """``names`` and everything they depend on in the lock, sorted.

        >>> dist = PyodideDistribution(Path("."), {}, {"a": {"depends": ["B"]}, "b": {"depends": []}})
        >>> dist.closure(["a"])
        ['a', 'b']
        """
        return lock_closure(self.packages, names, excluded=excluded, lock_path=str(self.folder / LOCK_FILE))

    def wheel_bytes(self, name: str) -> bytes:
        """The package's file, checked against the lock's SHA-256."""
        entry = self.packages[name]
        path = self.folder / entry["file_name"]
        try:
            data = path.read_bytes()
        except OSError as error:
            raise BuildError(
                f"{path} ({name} in {LOCK_FILE}) cannot be read: {error.strerror}. The Pyodide distribution is"
                " incomplete: use the full release, not the core one."
            ) from None
        if hashlib.sha256(data).hexdigest() != entry.get("sha256"):
            raise BuildError(f"{path} does not match its SHA-256 in {LOCK_FILE}: the file is damaged; unpack it again.")
        return data


def load_distribution(folder: Path) -> PyodideDistribution:
    """Read and check ``folder``: a Pyodide release of the pinned version."""
    expected = pyodide_version()
    if not folder.is_dir():
        raise BuildError(f"--pyodide-dist {folder}: no such folder. To get one, {release_hint(expected)}.")
    lock = _read_json(folder / LOCK_FILE, f"{folder} is not a Pyodide distribution: it has no {LOCK_FILE}")
    if not isinstance(lock.get("info"), dict) or not isinstance(lock.get("packages"), dict):
        raise BuildError(f"{folder / LOCK_FILE} is not a Pyodide lock file (it needs `info` and `packages`).")
    _check_version(folder, lock, expected)
    packages = {canonical_name(key): entry for key, entry in lock["packages"].items()}
    return PyodideDistribution(folder.resolve(), lock["info"], packages)


def _read_json(path: Path, missing: str) -> dict[str, Any]:
    if not path.is_file():
        raise BuildError(f"{missing}.")
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError) as error:
        raise BuildError(f"{path} cannot be read as JSON: {error}.") from None
    if not isinstance(data, dict):
        raise BuildError(f"{path} is not a JSON object.")
    return data


def _check_version(folder: Path, lock: dict[str, Any], expected: str) -> None:
    """The release's package.json names its version; without it, the lock must be the pinned one."""
    pinned = pinned_lock()
    package_json = folder / "package.json"
    if package_json.is_file():
        version = _read_json(package_json, "").get("version")
        if version != expected:
            raise BuildError(
                f"{folder} is Pyodide {version}, but wasmlit runs Pyodide {expected}: native wheels only work with"
                f" the Pyodide they were built for. To get the right one, {release_hint(expected)}."
            )
    elif lock != pinned:
        raise BuildError(
            f"cannot tell which Pyodide {folder} is for: it has no package.json, and its {LOCK_FILE} is not"
            f" Pyodide {expected}'s. To get the right one, {release_hint(expected)}."
        )
    theirs = {field: lock["info"].get(field) for field in _ABI_FIELDS}
    ours = {field: pinned["info"].get(field) for field in _ABI_FIELDS}
    if theirs != ours:
        raise BuildError(
            f"{folder / LOCK_FILE} describes wheels for {theirs}, but Pyodide {expected} runs {ours}. To get the"
            f" right distribution, {release_hint(expected)}."
        )
