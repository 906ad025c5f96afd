"""The build step for ``requirements.txt``: the wheels a site ships and how Pyodide loads them.

1. Read ``<app folder>/requirements.txt`` (``requirements.py``) and decide where each
   requirement comes from (``package_plan.py``): skipped (false marker, ``streamlit``,
   the standard library), the Pyodide distribution given with ``--pyodide-dist``, or pip.
2. Resolve the pip part with pip for Pyodide's Python (``pip_resolve.py``). A wheel pip
   picks that the distribution also provides comes from the distribution.
3. Ship every wheel under ``assets/packages/<content hash>/<wheel file name>``, and
   describe it in a lock file in Pyodide's format. The worker loads them all with
   ``pyodide.loadPackage`` (Pyodide's own installer, which also loads the shared
   libraries of WebAssembly wheels in dependency order).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wasmlit_build import pip_resolve, pyodide_files
from wasmlit_build.errors import BuildError
from wasmlit_build.hashing import content_hash
from wasmlit_build.package_plan import Plan, make_plan, native_package_message, stdlib_names, target_environment
from wasmlit_build.paths import PYODIDE_PACKAGE
from wasmlit_build.pyodide_dist import PyodideDistribution, load_distribution, pinned_lock
from wasmlit_build.requirements import REQUIREMENTS_FILE, Requirements, read_requirements
from wasmlit_build.wheels import canonical_name, parse_wheel_name, top_level_modules

SITE_FOLDER = "assets/packages/"
# Standard-library modules Pyodide's package loader imports the first time it installs
# (tarfile to look for shared libraries, importlib.metadata when it refreshes import
# caches): about 0.3 s in a browser tab, so a snapshot of a site with packages holds them.
LOADER_MODULES = ("importlib.metadata", "tarfile")
FROM_PYPI = "PyPI"
FROM_DIST = "the Pyodide distribution"

Report = Callable[[str], None]


@dataclass(frozen=True)
class ShippedPackage:
    key: str  # canonical name: the lock file's key
    name: str  # the project's name as its wheel spells it (Pyodide's loadedPackages key)
    version: str
    file_name: str  # the wheel's (or shared library archive's) own file name
    data: bytes
    imports: tuple[str, ...]
    depends: tuple[str, ...]
    source: str  # FROM_PYPI or FROM_DIST
    package_type: str = "package"
    install_dir: str = "site"

    @property
    def sha256(self) -> str:
        return content_hash(self.data, length=64)

    @property
    def relative_path(self) -> str:
        """Under ``SITE_FOLDER``: a folder named by the content keeps the wheel's own name."""
        return f"{content_hash(self.data)}/{self.file_name}"

    @property
    def pure(self) -> bool:
        return self.file_name.endswith("-none-any.whl")

    def lock_entry(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "file_name": self.relative_path,
            "install_dir": self.install_dir,
            "sha256": self.sha256,
            "package_type": self.package_type,
            "imports": list(self.imports),
            "depends": list(self.depends),
        }


@dataclass(frozen=True)
class SitePackages:
    packages: tuple[ShippedPackage, ...]  # sorted by key
    notes: tuple[str, ...] = ()

    def files(self) -> dict[str, bytes]:
        return {SITE_FOLDER + package.relative_path: package.data for package in self.packages}

    def lock_entries(self) -> dict[str, dict[str, Any]]:
        return {package.key: package.lock_entry() for package in self.packages}

    @property
    def all_pure(self) -> bool:
        return all(package.pure for package in self.packages)

    def import_names(self) -> frozenset[str]:
        return frozenset(name for package in self.packages for name in package.imports)

    def manifest_entry(self) -> dict[str, Any] | None:
        """What the worker needs: where the files are, what to load, and what to check."""
        if not self.packages:
            return None
        return {
            "base": SITE_FOLDER,
            "load": [package.key for package in self.packages],
            "names": [package.name for package in self.packages],
            "files": [
                {"path": SITE_FOLDER + package.relative_path, "bytes": len(package.data), "sha256": package.sha256}
                for package in self.packages
            ],
        }

    def write_for_node(self, folder: Path) -> dict[str, Any]:
        """Lay the files out in ``folder`` for the build's Node scripts; returns their request."""
        for relative, data in self.files().items():
            path = folder / relative.removeprefix(SITE_FOLDER)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        return {"base": str(folder) + "/", "lock": self.lock_entries(), "load": [p.key for p in self.packages]}


NO_PACKAGES = SitePackages(())


def site_packages(
    app_folder: Path,
    dist_folder: Path | None,
    *,
    report: Report,
    runner: pip_resolve.PipRunner | None = None,
    cache_folder: Path | None = None,
) -> SitePackages:
    """The packages ``<app folder>/requirements.txt`` asks for, ready to ship."""
    requirements_path = app_folder / REQUIREMENTS_FILE
    dist = load_distribution(dist_folder) if dist_folder is not None else None
    if not requirements_path.is_file():
        if dist is not None:
            report(f"Note: --pyodide-dist is unused: {app_folder} has no {REQUIREMENTS_FILE}.")
        return NO_PACKAGES
    requirements = read_requirements(requirements_path)
    pinned = pinned_lock()
    version = pyodide_files.pyodide_version()
    environment = target_environment(pinned["info"])
    plan = make_plan(
        requirements.items,
        environment=environment,
        stdlib=stdlib_names(PYODIDE_PACKAGE / "python_stdlib.zip"),
        pinned_packages={canonical_name(key): entry for key, entry in pinned["packages"].items()},
        dist=dist,
        pyodide_version=version,
    )
    for note in plan.notes:
        report(f"Note: {note}")
    downloaded: list[pip_resolve.DownloadedWheel] = []
    if plan.from_pip:
        request = pip_request(plan, requirements, environment, dist)
        try:
            downloaded = pip_resolve.resolve(request, runner=runner, cache_folder=cache_folder, report=report)
        except pip_resolve.UnavailableRequirementError as error:
            raise _explain_unavailable(error, pinned, dist, version) from None
    return SitePackages(assemble(plan, downloaded, dist), plan.notes)


def pip_request(
    plan: Plan, requirements: Requirements, environment: dict[str, str], dist: PyodideDistribution | None
) -> pip_resolve.PipRequest:
    """With a distribution, pip may also pick its wheels (pinned to its versions) for
    dependencies of PyPI packages, such as numpy for a pure-Python plotting library."""
    lines = tuple(requirement.text for requirement in plan.from_pip)
    if dist is None:
        return pip_resolve.PipRequest(lines, requirements.index_options, environment)
    wheels = [entry for entry in dist.packages.values() if str(entry.get("file_name", "")).endswith(".whl")]
    platforms = sorted({parse_wheel_name(entry["file_name"]).platform_tag for entry in wheels} - {"any"})
    constraints = sorted(f"{canonical_name(entry['name'])}=={entry['version']}" for entry in wheels)
    return pip_resolve.PipRequest(
        lines,
        requirements.index_options,
        environment,
        platforms=tuple(platforms),
        find_links=str(dist.folder),
        constraints=tuple(constraints),
    )


def assemble(
    plan: Plan, downloaded: list[pip_resolve.DownloadedWheel], dist: PyodideDistribution | None
) -> tuple[ShippedPackage, ...]:
    """Every package to ship: pip's wheels, and the distribution's with their dependencies."""
    from_dist = set(plan.from_dist)
    shipped: dict[str, ShippedPackage] = {}
    for wheel in downloaded:
        parsed = parse_wheel_name(wheel.file_name)
        if dist is not None and parsed.project in dist.packages:
            from_dist.add(parsed.project)
            continue
        if not parsed.pure:
            raise BuildError(
                f"pip picked {wheel.file_name}, a compiled wheel that is not part of the Pyodide distribution;"
                " wasmlit ships compiled wheels only from a distribution's lock file."
            )
        shipped[parsed.project] = ShippedPackage(
            key=parsed.project,
            name=wheel.file_name.split("-")[0],
            version=parsed.version,
            file_name=wheel.file_name,
            data=wheel.data,
            imports=top_level_modules(wheel.data),
            depends=(),  # the worker loads every shipped package by name
            source=FROM_PYPI,
        )
    if dist is not None:
        for key in dist.closure(from_dist):
            shipped[key] = _from_distribution(dist, key)
    return tuple(shipped[key] for key in sorted(shipped))


def _from_distribution(dist: PyodideDistribution, key: str) -> ShippedPackage:
    entry = dist.packages[key]
    return ShippedPackage(
        key=key,
        name=str(entry["name"]),
        version=str(entry["version"]),
        file_name=Path(entry["file_name"]).name,
        data=dist.wheel_bytes(key),
        imports=tuple(entry.get("imports", [])),
        depends=tuple(sorted(canonical_name(name) for name in entry.get("depends", []))),
        source=FROM_DIST,
        package_type=str(entry.get("package_type", "package")),
        install_dir=str(entry.get("install_dir", "site")),
    )


def _explain_unavailable(
    error: pip_resolve.UnavailableRequirementError,
    pinned: dict[str, Any],
    dist: PyodideDistribution | None,
    version: str,
) -> BuildError:
    """A package Pyodide builds for WebAssembly needs the distribution; say so."""
    pinned_keys = {canonical_name(key) for key in pinned["packages"]}
    if error.name in pinned_keys and dist is None:
        return BuildError(native_package_message([error.name], version))
    return error


def describe(packages: SitePackages) -> str:
    """One line for the build's output, e.g. ``humanize 4.17.0 (PyPI, 134 KB)``."""
    return ", ".join(
        f"{package.name} {package.version} ({package.source}, {len(package.data) / 1000:.0f} KB)"
        for package in packages.packages
    )


def lock_file_contents(packages: SitePackages) -> dict[str, Any]:
    """The lock the page passes to ``loadPyodide``: Pyodide's ``info`` and the site's packages."""
    return {"info": pinned_lock()["info"], "packages": packages.lock_entries()}
