"""Resolve requirements to wheels that run in Pyodide, with pip, cached between builds.

pip is run as ``python -m pip download`` by the build's own Python (through
``pip_target.py``, which makes environment markers describe Pyodide), asking for wheels
only: pure-Python ones (``py3-none-any``), plus, when a Pyodide distribution is given,
its WebAssembly wheels, found in the distribution's folder and pinned to its versions.

Downloads are cached under ``node_modules/.cache/wasmlit-packages``, keyed by everything
pip is given: a repeated build with the same requirements does not run pip or touch the
network, and gives the same bytes. New releases of unpinned requirements are therefore
picked up only when requirements.txt changes or the cache is deleted.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wasmlit_build.errors import BuildError
from wasmlit_build.paths import NODE_MODULES
from wasmlit_build.wheels import canonical_name

CACHE_FOLDER = NODE_MODULES / ".cache" / "wasmlit-packages"
CACHE_RESOLUTIONS_KEPT = 32
PIP_TARGET_SCRIPT = Path(__file__).resolve().parent / "pip_target.py"
_PIP_TIMEOUT_SECONDS = 900
_NETWORK_FAILURES = re.compile(
    r"NewConnectionError|Failed to establish a new connection|Temporary failure in name resolution|"
    r"Name or service not known|Network is unreachable|ConnectTimeoutError|ProxyError|"
    r"Connection refused|Max retries exceeded"
)
_CONFLICT = re.compile(r"The conflict is caused by:\n((?:[ \t]+\S.*(?:\n|$))+)")
_PINNED = re.compile(r"^The user requested \(constraint\) (\S+)$")
_NO_MATCH = re.compile(r"No matching distribution found for ([A-Za-z0-9][A-Za-z0-9._-]*)(\S*)")

# pip's arguments -> (exit status, everything it printed).
PipRunner = Callable[[list[str]], tuple[int, str]]


class PackageIndexUnreachableError(BuildError):
    """pip could not reach the package index (offline, proxy, DNS)."""


@dataclass(frozen=True)
class DownloadedWheel:
    file_name: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class PipRequest:
    requirements: tuple[str, ...]  # lines as pip reads them
    index_options: tuple[str, ...]
    environment: Mapping[str, str]  # marker values in Pyodide
    # Wheel tags besides pure Python ones, and where to find such wheels (a Pyodide
    # distribution's folder), with its versions pinned.
    platforms: tuple[str, ...] = ()
    find_links: str | None = None
    constraints: tuple[str, ...] = field(default_factory=tuple)

    @property
    def python_version(self) -> str:
        return self.environment["python_version"]

    def arguments(self, dest: Path, requirements_file: Path, constraints_file: Path | None) -> list[str]:
        """``pip download`` arguments: wheels only, tagged for Pyodide's Python."""
        arguments = ["download", "--dest", str(dest), "--only-binary=:all:", "--python-version", self.python_version]
        arguments += ["--disable-pip-version-check", "--no-input", "--progress-bar", "off"]
        if self.platforms:
            # Compiled wheels (cp314-cp314-pyemscripten_..._wasm32) and pure ones (py3-none-any).
            abi = "cp" + self.python_version.replace(".", "")
            arguments += ["--implementation", "cp", "--abi", "none", "--abi", abi, "--abi", "abi3", "--platform", "any"]
            for platform in self.platforms:
                arguments += ["--platform", platform]
        else:
            arguments += ["--implementation", "py", "--abi", "none", "--platform", "any"]
        if self.find_links:
            arguments += ["--find-links", self.find_links]
        if constraints_file is not None:
            arguments += ["--constraint", str(constraints_file)]
        return [*arguments, *self.index_options, "--requirement", str(requirements_file)]

    def cache_key(self) -> str:
        description = {
            "requirements": self.requirements,
            "index": self.index_options,
            "environment": dict(sorted(self.environment.items())),
            "platforms": self.platforms,
            "findLinks": self.find_links,
            "constraints": self.constraints,
        }
        return hashlib.sha256(json.dumps(description, sort_keys=True).encode()).hexdigest()[:32]


def run_pip(arguments: list[str], environment: Mapping[str, str]) -> tuple[int, str]:
    """The real runner: this Python's pip, with markers evaluated for Pyodide."""
    # -P: the script's folder (wasmlit_build/) must not shadow modules pip imports.
    command = [sys.executable, "-P", str(PIP_TARGET_SCRIPT), json.dumps(dict(environment)), *arguments]
    try:
        completed = subprocess.run(
            command, capture_output=True, text=True, timeout=_PIP_TIMEOUT_SECONDS, stdin=subprocess.DEVNULL
        )
    except subprocess.TimeoutExpired:
        raise BuildError(f"pip took longer than {_PIP_TIMEOUT_SECONDS} s to download the requirements.") from None
    return completed.returncode, completed.stdout + completed.stderr


def resolve(
    request: PipRequest,
    *,
    runner: PipRunner | None = None,
    cache_folder: Path | None = None,
    report: Callable[[str], None] = lambda message: None,
) -> list[DownloadedWheel]:
    """The wheels pip picks for the request, from the cache (``CACHE_FOLDER`` unless
    another is given) when it holds them."""
    key = request.cache_key()
    folder = cache_folder or CACHE_FOLDER
    cached = _load_cached(folder, key)
    if cached is not None:
        return cached
    report("Downloading Python packages (pip)...")
    wheels = _download(request, runner or (lambda arguments: run_pip(arguments, request.environment)))
    _store(folder, key, wheels)
    return wheels


def _download(request: PipRequest, runner: PipRunner) -> list[DownloadedWheel]:
    with tempfile.TemporaryDirectory(prefix="wasmlit-pip-") as temporary:
        folder = Path(temporary)
        requirements_file = folder / "requirements.txt"
        requirements_file.write_text("".join(f"{line}\n" for line in request.requirements))
        constraints_file = None
        if request.constraints:
            constraints_file = folder / "constraints.txt"
            constraints_file.write_text("".join(f"{line}\n" for line in request.constraints))
        dest = folder / "wheels"
        dest.mkdir()
        status, output = runner(request.arguments(dest, requirements_file, constraints_file))
        if status != 0:
            raise explain_pip_failure(output, request.python_version)
        wheels = [DownloadedWheel(path.name, path.read_bytes()) for path in sorted(dest.iterdir())]
    not_wheels = [wheel.file_name for wheel in wheels if not wheel.file_name.endswith(".whl")]
    if not_wheels:
        raise BuildError(f"pip downloaded files that are not wheels ({', '.join(not_wheels)}); wasmlit ships wheels.")
    return wheels


def explain_pip_failure(output: str, python_version: str) -> BuildError:
    """A paragraph saying what went wrong, from what pip printed."""
    errors = [line.removeprefix("ERROR: ").strip() for line in output.splitlines() if line.startswith("ERROR:")]
    said = " ".join(errors[-6:]) or output.strip()[-1500:]
    network = _NETWORK_FAILURES.search(output)
    if network:
        return PackageIndexUnreachableError(
            "could not reach the package index to download the requirements in requirements.txt"
            f" ({network.group(0)}). Check the network connection (or the proxy and index settings pip uses)."
            " Builds cache what they download, so once a build succeeds the same requirements build offline."
        )
    missing = _NO_MATCH.search(output)
    if missing:
        requirement = missing.group(1) + missing.group(2)
        return UnavailableRequirementError(canonical_name(missing.group(1)), requirement, said, python_version)
    return BuildError(f"pip could not resolve requirements.txt for Pyodide: {said}{_conflict(output)}")


def _conflict(output: str) -> str:
    """pip's own account of a conflict (its lines are not ERROR lines), or nothing."""
    found = _CONFLICT.search(output)
    if not found:
        return ""
    causes = [line.strip() for line in found.group(1).splitlines()]
    # The only constraints pip is given are the versions of Pyodide's own packages.
    causes = [
        _PINNED.sub(r"\1 is the version Pyodide provides (its packages come in one version each)", c) for c in causes
    ]
    return f" The conflict is caused by: {'; '.join(causes)}."


class UnavailableRequirementError(BuildError):
    """No wheel pip can use for Pyodide exists for one requirement."""

    def __init__(self, name: str, requirement: str, pip_said: str, python_version: str, also: str = "") -> None:
        self.name = name
        self.requirement = requirement
        self.pip_said = pip_said
        self.python_version = python_version
        super().__init__(
            f"{requirement} has no wheel on the package index that runs in Pyodide: wasmlit needs a pure-Python"
            f" wheel (`py3-none-any`) for Python {python_version} and cannot build packages from source."
            f"{f' {also}' if also else ''} Check the name and the version, or pick a package that publishes such a"
            f" wheel. pip said: {pip_said}"
        )

    def with_note(self, also: str) -> UnavailableRequirementError:
        """The same error, saying one more thing the build knows."""
        return UnavailableRequirementError(self.name, self.requirement, self.pip_said, self.python_version, also)


def _load_cached(folder: Path, key: str) -> list[DownloadedWheel] | None:
    resolution = folder / "resolutions" / f"{key}.json"
    try:
        listed: list[dict[str, Any]] = json.loads(resolution.read_text())["wheels"]
        wheels = [
            DownloadedWheel(item["file"], (folder / "wheels" / f"{item['sha256']}.whl").read_bytes()) for item in listed
        ]
    except (OSError, ValueError, KeyError):
        return None
    if any(wheel.sha256 != item["sha256"] for wheel, item in zip(wheels, listed, strict=True)):
        return None  # a damaged cache entry: download again
    os.utime(resolution)
    return wheels


def _store(folder: Path, key: str, wheels: list[DownloadedWheel]) -> None:
    (folder / "wheels").mkdir(parents=True, exist_ok=True)
    (folder / "resolutions").mkdir(parents=True, exist_ok=True)
    for wheel in wheels:
        _write_atomically(folder / "wheels" / f"{wheel.sha256}.whl", wheel.data)
    listing = {"wheels": [{"file": wheel.file_name, "sha256": wheel.sha256} for wheel in wheels]}
    _write_atomically(folder / "resolutions" / f"{key}.json", json.dumps(listing, indent=1).encode())
    _prune(folder)


def _write_atomically(path: Path, data: bytes) -> None:
    """A concurrent build sees the whole file or none (renames are atomic)."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".partial-")
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)
    os.replace(temporary, path)


def _prune(folder: Path) -> None:
    """Keep the most recently used resolutions and the wheels they name."""
    resolutions = sorted((folder / "resolutions").glob("*.json"), key=lambda path: path.stat().st_mtime, reverse=True)
    for stale in resolutions[CACHE_RESOLUTIONS_KEPT:]:
        stale.unlink(missing_ok=True)
    kept: set[str] = set()
    for resolution in resolutions[:CACHE_RESOLUTIONS_KEPT]:
        try:
            kept.update(f"{item['sha256']}.whl" for item in json.loads(resolution.read_text())["wheels"])
        except (OSError, ValueError, KeyError):
            resolution.unlink(missing_ok=True)
    for wheel in (folder / "wheels").glob("*.whl"):
        if wheel.name not in kept:
            wheel.unlink(missing_ok=True)
