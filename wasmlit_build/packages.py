"""The build step for Python packages: what a site ships, what it fetches, and how Pyodide loads them.

1. Read ``<app folder>/requirements.txt`` (``requirements.py``) and decide where each
   requirement comes from (``package_plan.py``): skipped (false marker, ``streamlit``,
   the standard library), Pyodide, or pip. Pyodide's packages come from the
   distribution given with ``--pyodide-dist`` (all of them, shipped with the site), or
   else from Pyodide's CDN (the compiled ones, such as numpy; ``pyodide_cdn.py``).
2. Resolve the pip part with pip for Pyodide's Python (``pip_resolve.py``). A wheel pip
   picks that Pyodide provides comes from Pyodide.
3. Add Pyodide's packages the app's files import without listing them (``app_imports.py``),
   as Pyodide's ``loadPackagesFromImports`` would, and every lock dependency.
4. Ship every other wheel under ``assets/packages/<content hash>/<wheel file name>``, and
   describe all of them in a lock file in Pyodide's format (a CDN package by its full
   address and the pinned lock's SHA-256). The worker loads them all with
   ``pyodide.loadPackage`` (Pyodide's own installer, which also loads the shared
   libraries of WebAssembly wheels in dependency order).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wasmlit_build import app_imports, pip_resolve, pyodide_files
from wasmlit_build.errors import BuildError
from wasmlit_build.hashing import content_hash
from wasmlit_build.package_plan import Plan, make_plan, stdlib_names, target_environment
from wasmlit_build.paths import PYODIDE_PACKAGE
from wasmlit_build.pyodide_cdn import PyodideCdn, cdn_base, write_stub_wheels
from wasmlit_build.pyodide_dist import LOCK_FILE, PyodideDistribution, load_distribution, pinned_lock
from wasmlit_build.requirements import REQUIREMENTS_FILE, Requirements, read_requirements
from wasmlit_build.wheels import canonical_name, parse_wheel_name, top_level_modules

SITE_FOLDER = "assets/packages/"
# Standard-library modules Pyodide's package loader imports the first time it installs
# (tarfile to look for shared libraries, importlib.metadata when it refreshes import
# caches): about 0.3 s in a browser tab, so a snapshot of a site with packages holds them.
LOADER_MODULES = ("importlib.metadata", "tarfile")
FROM_PYPI = "PyPI"
FROM_DIST = "the Pyodide distribution"
FROM_CDN = "Pyodide's CDN"

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

    def manifest_file(self) -> dict[str, Any]:
        return {
            "path": SITE_FOLDER + self.relative_path,
            "bytes": len(self.data),
            "sha256": self.sha256,
            "package": self.name,
        }


@dataclass(frozen=True)
class CdnPackage:
    """A package the page fetches from Pyodide's CDN: its address and the pinned lock's SHA-256."""

    key: str
    name: str
    version: str
    url: str
    sha256: str
    imports: tuple[str, ...]
    depends: tuple[str, ...]
    package_type: str = "package"
    install_dir: str = "site"
    source: str = FROM_CDN

    def lock_entry(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "version": self.version,
            "file_name": self.url,  # absolute: Pyodide's loader fetches it as it is
            "install_dir": self.install_dir,
            "sha256": self.sha256,
            "package_type": self.package_type,
            "imports": list(self.imports),
            "depends": list(self.depends),
        }

    def manifest_file(self) -> dict[str, Any]:
        # No size: the lock does not record it (the progress bar takes Content-Length).
        return {"path": self.url, "bytes": None, "sha256": self.sha256, "package": self.name, "cdn": True}


SitePackage = ShippedPackage | CdnPackage


@dataclass(frozen=True)
class SitePackages:
    shipped: tuple[ShippedPackage, ...] = ()  # sorted by key
    from_cdn: tuple[CdnPackage, ...] = ()  # sorted by key
    notes: tuple[str, ...] = ()

    @property
    def packages(self) -> tuple[SitePackage, ...]:
        """Every package the page installs, sorted by key."""
        return tuple(sorted((*self.shipped, *self.from_cdn), key=lambda package: package.key))

    def files(self) -> dict[str, bytes]:
        return {SITE_FOLDER + package.relative_path: package.data for package in self.shipped}

    def lock_entries(self) -> dict[str, dict[str, Any]]:
        return {package.key: package.lock_entry() for package in self.packages}

    @property
    def all_pure(self) -> bool:
        """Every package is a pure-Python wheel the site ships (so the build can install it)."""
        return not self.from_cdn and all(package.pure for package in self.shipped)

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
            "files": [package.manifest_file() for package in self.packages],
        }

    def write_for_node(self, folder: Path) -> dict[str, Any]:
        """Lay the files out in ``folder`` for the build's Node scripts; returns their request."""
        if self.from_cdn:
            # The build cannot fetch them (nor should it depend on the CDN): callers check first.
            raise BuildError(f"{describe_cdn(self)} come from Pyodide's CDN and cannot be installed at build time.")
        for relative, data in self.files().items():
            path = folder / relative.removeprefix(SITE_FOLDER)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        return {"base": str(folder) + "/", "lock": self.lock_entries(), "load": [p.key for p in self.packages]}


NO_PACKAGES = SitePackages()


Pyodide = PyodideDistribution | PyodideCdn


def site_packages(
    app_folder: Path,
    dist_folder: Path | None,
    *,
    report: Report,
    python_sources: Mapping[str, str] | None = None,
    environ: Mapping[str, str] | None = None,
    runner: pip_resolve.PipRunner | None = None,
    cache_folder: Path | None = None,
) -> SitePackages:
    """The packages ``<app folder>/requirements.txt`` asks for and ``python_sources`` (the
    app's ``.py`` files by relative path) import, ready to ship or to fetch."""
    pinned = pinned_lock()
    pyodide = _pyodide_packages(dist_folder, pinned, os.environ if environ is None else environ)
    stdlib = stdlib_names(PYODIDE_PACKAGE / "python_stdlib.zip")
    requirements = _requirements(app_folder)
    plan = make_plan(requirements.items, environment=target_environment(pinned["info"]), stdlib=stdlib, pyodide=pyodide)
    for note in plan.notes:
        report(f"Note: {note}")
    downloaded = _pip_download(plan, requirements, pyodide, runner=runner, cache_folder=cache_folder, report=report)
    from_pypi, picked = split_downloads(downloaded, pyodide)
    from_pypi_keys = [package.key for package in from_pypi]
    asked = pyodide.closure([*plan.from_pyodide, *picked], excluded=from_pypi_keys)
    imported = imported_packages(
        python_sources or {}, pyodide, stdlib=stdlib, provided=_modules(from_pypi), requested={*asked, *from_pypi_keys}
    )
    import_notes = tuple(_import_note(key, name, files, pyodide) for key, (name, files) in imported.items())
    for note in import_notes:
        report(f"Note: {note}")
    keys = pyodide.closure([*asked, *imported], excluded=from_pypi_keys)
    site = _site(from_pypi, keys, pyodide, plan.notes + import_notes)
    _report_sources(site, pyodide, report)
    return site


def _pyodide_packages(dist_folder: Path | None, pinned: dict[str, Any], environ: Mapping[str, str]) -> Pyodide:
    """The distribution when one is given (everything vendored), else the CDN."""
    if dist_folder is not None:
        return load_distribution(dist_folder)
    version = pyodide_files.pyodide_version()
    packages = {canonical_name(key): entry for key, entry in pinned["packages"].items()}
    return PyodideCdn(cdn_base(version, environ), version, packages)


def _requirements(app_folder: Path) -> Requirements:
    path = app_folder / REQUIREMENTS_FILE
    return read_requirements(path) if path.is_file() else Requirements((), ())


def _pip_download(
    plan: Plan,
    requirements: Requirements,
    pyodide: Pyodide,
    *,
    runner: pip_resolve.PipRunner | None,
    cache_folder: Path | None,
    report: Report,
) -> list[pip_resolve.DownloadedWheel]:
    """The wheels pip picks for the plan's pip part (none, without running pip, when it is empty)."""
    if not plan.from_pip:
        return []
    environment = target_environment(pinned_lock()["info"])
    request = pip_request(plan, requirements, environment, pyodide, cache_folder or pip_resolve.CACHE_FOLDER)
    try:
        return pip_resolve.resolve(request, runner=runner, cache_folder=cache_folder, report=report)
    except pip_resolve.UnavailableRequirementError as error:
        raise _explain_unavailable(error, pyodide) from None


def _modules(shipped: list[ShippedPackage]) -> frozenset[str]:
    return frozenset(name for package in shipped for name in package.imports)


def _site(from_pypi: list[ShippedPackage], keys: list[str], pyodide: Pyodide, notes: tuple[str, ...]) -> SitePackages:
    if not from_pypi and not keys:
        return NO_PACKAGES
    if isinstance(pyodide, PyodideDistribution):
        shipped = sorted([*from_pypi, *(_from_distribution(pyodide, key) for key in keys)], key=lambda p: p.key)
        return SitePackages(tuple(shipped), (), notes)
    from_cdn = tuple(_from_cdn(pyodide, key) for key in keys)
    return SitePackages(tuple(sorted(from_pypi, key=lambda package: package.key)), from_cdn, notes)


def _report_sources(site: SitePackages, pyodide: Pyodide, report: Report) -> None:
    if isinstance(pyodide, PyodideDistribution) and not any(p.source == FROM_DIST for p in site.shipped):
        report("Note: --pyodide-dist is unused: the app needs none of Pyodide's packages.")
    if isinstance(pyodide, PyodideCdn) and site.from_cdn:
        report(cdn_summary(site, pyodide.base))


def pip_request(
    plan: Plan, requirements: Requirements, environment: dict[str, str], pyodide: Pyodide, stub_parent: Path
) -> pip_resolve.PipRequest:
    """pip may also pick Pyodide's wheels (pinned to its versions) for dependencies of PyPI
    packages, such as numpy for a pure-Python plotting library: the distribution's own
    files, or stand-ins for the CDN's (``pyodide_cdn.write_stub_wheels``)."""
    lines = tuple(requirement.text for requirement in plan.from_pip)
    if isinstance(pyodide, PyodideDistribution):
        wheels = {k: e for k, e in pyodide.packages.items() if str(e.get("file_name", "")).endswith(".whl")}
        find_links = str(pyodide.folder)
    else:
        wheels = pyodide.compiled_wheels()
        find_links = str(write_stub_wheels(wheels, stub_parent))
    platforms = sorted({parse_wheel_name(entry["file_name"]).platform_tag for entry in wheels.values()} - {"any"})
    constraints = sorted(f"{canonical_name(entry['name'])}=={entry['version']}" for entry in wheels.values())
    return pip_resolve.PipRequest(
        lines,
        requirements.index_options,
        environment,
        platforms=tuple(platforms),
        find_links=find_links,
        constraints=tuple(constraints),
    )


def split_downloads(
    downloaded: list[pip_resolve.DownloadedWheel], pyodide: Pyodide
) -> tuple[list[ShippedPackage], list[str]]:
    """pip's wheels to ship from PyPI, and the projects pip picked that Pyodide provides."""
    from_pypi: list[ShippedPackage] = []
    picked: list[str] = []
    for wheel in downloaded:
        parsed = parse_wheel_name(wheel.file_name)
        if pyodide.provides(parsed.project):
            picked.append(parsed.project)
        elif not parsed.pure:
            raise BuildError(
                f"pip picked {wheel.file_name}, a compiled wheel that is not one of {pyodide.label};"
                " wasmlit ships compiled wheels only from Pyodide's lock file."
            )
        else:
            from_pypi.append(_from_pypi(wheel, parsed.project, parsed.version))
    return from_pypi, picked


def _from_pypi(wheel: pip_resolve.DownloadedWheel, key: str, version: str) -> ShippedPackage:
    return ShippedPackage(
        key=key,
        name=wheel.file_name.split("-")[0],
        version=version,
        file_name=wheel.file_name,
        data=wheel.data,
        imports=top_level_modules(wheel.data),
        depends=(),  # the worker loads every shipped package by name
        source=FROM_PYPI,
    )


def imported_packages(
    sources: Mapping[str, str],
    pyodide: Pyodide,
    *,
    stdlib: frozenset[str],
    provided: frozenset[str],
    requested: set[str],
) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Pyodide's packages the app imports without asking for them, as
    ``loadPackagesFromImports`` finds them (the lock's ``imports``): key -> (import name,
    files). Not a name the standard library, the app's own files or the PyPI wheels answer to."""
    by_import = {name: key for key, entry in pyodide.packages.items() for name in entry.get("imports", [])}
    own = app_imports.local_names(sources) | provided
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    for name, files in app_imports.importers(sources).items():
        key = by_import.get(name)
        if key is None or key in requested or key in found or name in own or canonical_name(name) in stdlib:
            continue
        found[key] = (name, files)
    return found


def _import_note(key: str, name: str, files: tuple[str, ...], pyodide: Pyodide) -> str:
    """e.g. ``numpy is imported by app.py; it will be fetched from Pyodide's CDN.``"""
    what = name if canonical_name(name) == key else f"{name} (package {key})"
    where = "fetched from Pyodide's CDN" if isinstance(pyodide, PyodideCdn) else f"shipped from {pyodide.label}"
    return f"{what} is imported by {', '.join(files)}; it will be {where}."


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


def _from_cdn(cdn: PyodideCdn, key: str) -> CdnPackage:
    entry = cdn.packages[key]
    return CdnPackage(
        key=key,
        name=str(entry["name"]),
        version=str(entry["version"]),
        url=cdn.url(key),
        sha256=str(entry["sha256"]),
        imports=tuple(entry.get("imports", [])),
        depends=tuple(sorted(canonical_name(name) for name in entry.get("depends", []))),
        package_type=str(entry.get("package_type", "package")),
        install_dir=str(entry.get("install_dir", "site")),
    )


def _explain_unavailable(error: pip_resolve.UnavailableRequirementError, pyodide: Pyodide) -> BuildError:
    """Say whether Pyodide has the package: in another version, or not at all."""
    entry = pyodide.packages.get(error.name)
    if entry is not None and pyodide.provides(error.name):
        return BuildError(
            f"{error.name} comes from {pyodide.label}, in version {entry['version']} only, and the requirements"
            f" need another version. pip said: {error.pip_said}"
        )
    version = pyodide_files.pyodide_version()
    return error.with_note(f"Pyodide {version} does not build it for WebAssembly either (see its {LOCK_FILE}).")


def describe(packages: SitePackages) -> str:
    """One line for the build's output, e.g. ``humanize 4.17.0 (PyPI, 134 KB), numpy 2.4.6 (Pyodide's CDN)``."""
    return ", ".join(
        f"{package.name} {package.version} ({package.source}, {len(package.data) / 1000:.0f} KB)"
        if isinstance(package, ShippedPackage)
        else f"{package.name} {package.version} ({package.source})"
        for package in packages.packages
    )


def describe_cdn(packages: SitePackages) -> str:
    return ", ".join(f"{package.name} {package.version}" for package in packages.from_cdn)


def cdn_summary(packages: SitePackages, base: str) -> str:
    """The build's one line about what the page fetches from a third-party host."""
    return (
        f"The page will fetch {describe_cdn(packages)} from Pyodide's CDN ({base}) at run time, each file checked"
        f" against its SHA-256 in {LOCK_FILE}; --pyodide-dist DIR makes the site fully offline (vendored)."
    )


def lock_file_contents(packages: SitePackages) -> dict[str, Any]:
    """The lock the page passes to ``loadPyodide``: Pyodide's ``info`` and the site's packages."""
    return {"info": pinned_lock()["info"], "packages": packages.lock_entries()}
