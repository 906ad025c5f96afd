"""Which requirement comes from where: skipped, from Pyodide (its distribution or its CDN), or from pip.

Pure: it takes the parsed requirements and what is known about Pyodide, and decides.
Nothing here touches the network.
"""

from __future__ import annotations

import sys
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from pip._vendor.packaging.markers import Marker
from pip._vendor.packaging.specifiers import SpecifierSet

from wasmlit_build.errors import BuildError
from wasmlit_build.requirements import Requirement
from wasmlit_build.wheels import canonical_name

# wasmlit is the `streamlit` module in the page; Streamlit itself would pull in tornado,
# pyarrow, numpy and pandas, none of which the page needs.
PROVIDED_BY_WASMLIT = frozenset({"streamlit"})


class PyodidePackages(Protocol):
    """Where Pyodide's own packages come from: a distribution (``--pyodide-dist``) or the CDN."""

    @property
    def packages(self) -> dict[str, dict[str, Any]]: ...  # lock entries by canonical name

    @property
    def label(self) -> str: ...  # for messages: "the Pyodide distribution /path"

    def provides(self, key: str) -> bool: ...  # a requirement named ``key`` comes from here


@dataclass(frozen=True)
class Plan:
    from_pip: tuple[Requirement, ...]
    from_pyodide: tuple[str, ...]  # canonical names asked for directly (their lock dependencies come too)
    notes: tuple[str, ...]


def target_environment(info: Mapping[str, Any]) -> dict[str, str]:
    """PEP 508 marker values inside the pinned Pyodide, from its lock file's ``info``.

    >>> target_environment({"python": "3.14.2", "platform": "emscripten_5_0_3"})["platform_release"]
    '5.0.3'
    """
    python = str(info["python"])
    return {
        "implementation_name": "cpython",
        "implementation_version": python,
        "os_name": "posix",
        "platform_machine": "wasm32",
        "platform_python_implementation": "CPython",
        "platform_release": str(info["platform"]).removeprefix("emscripten_").replace("_", "."),
        "platform_system": "Emscripten",
        "platform_version": "#1",
        "python_full_version": python,
        "python_version": ".".join(python.split(".")[:2]),
        "sys_platform": "emscripten",
    }


def stdlib_names(stdlib_zip: Path) -> frozenset[str]:
    """Module names Pyodide's standard library provides: its python_stdlib.zip, and the
    modules compiled into the interpreter (approximated by this Python's)."""
    names = set(sys.builtin_module_names)
    with zipfile.ZipFile(stdlib_zip) as archive:
        for path in archive.namelist():
            first, separator, _ = path.partition("/")
            if separator:
                names.add(first)
            elif first.endswith(".py"):
                names.add(first[:-3])
    return frozenset(canonical_name(name) for name in names if name.isidentifier())


def make_plan(
    requirements: tuple[Requirement, ...],
    *,
    environment: Mapping[str, str],
    stdlib: frozenset[str],
    pyodide: PyodidePackages,
) -> Plan:
    """Route each requirement: Pyodide's packages to Pyodide, the rest to pip."""
    from_pip: list[Requirement] = []
    from_pyodide: list[str] = []
    notes: list[str] = []
    for requirement in requirements:
        if requirement.marker and not Marker(requirement.marker).evaluate(dict(environment)):
            notes.append(f"{requirement.name} is skipped: its marker `{requirement.marker}` is false in Pyodide.")
        elif requirement.name in PROVIDED_BY_WASMLIT:
            notes.append(f"{requirement.name} is skipped: wasmlit provides `import streamlit` in the page.")
        elif requirement.name in stdlib:
            notes.append(f"{requirement.name} is skipped: it is part of Pyodide's standard library.")
        elif pyodide.provides(requirement.name):
            check_pyodide_version(requirement, pyodide)
            from_pyodide.append(requirement.name)
        else:
            from_pip.append(requirement)
    return Plan(tuple(from_pip), tuple(sorted(set(from_pyodide))), tuple(notes))


def check_pyodide_version(requirement: Requirement, pyodide: PyodidePackages) -> None:
    version = str(pyodide.packages[requirement.name].get("version", ""))
    if requirement.specifier and not SpecifierSet(requirement.specifier).contains(version, prereleases=True):
        raise BuildError(
            f"{requirement.origin}: `{requirement.text}` does not accept {requirement.name} {version}, the version in"
            f" {pyodide.label}. Its packages come in fixed versions: change the requirement to accept that one."
        )
