"""What a wheel's file name and contents say: its project, version, tags and modules."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from wasmlit_build.errors import BuildError

_CANONICAL_SEPARATORS = re.compile(r"[-_.]+")


def canonical_name(name: str) -> str:
    """PEP 503's normalised project name, the key of Pyodide's lock file.

    >>> canonical_name("Foo_Bar.baz")
    'foo-bar-baz'
    """
    return _CANONICAL_SEPARATORS.sub("-", name).lower()


@dataclass(frozen=True)
class WheelName:
    project: str  # canonical
    version: str
    python_tag: str
    abi_tag: str
    platform_tag: str

    @property
    def pure(self) -> bool:
        """Pure Python: runs on any interpreter of the right Python version."""
        return self.abi_tag == "none" and self.platform_tag == "any"


def parse_wheel_name(file_name: str) -> WheelName:
    """The parts of a wheel file name (PEP 427; an optional build tag is ignored).

    >>> parse_wheel_name("humanize-4.17.0-py3-none-any.whl").pure
    True
    >>> parse_wheel_name("numpy-2.4.6-cp314-cp314-pyemscripten_2026_0_wasm32.whl").platform_tag
    'pyemscripten_2026_0_wasm32'
    """
    parts = file_name.removesuffix(".whl").split("-")
    if not file_name.endswith(".whl") or len(parts) not in (5, 6):
        raise BuildError(f"{file_name} is not a wheel file name (name-version-python-abi-platform.whl).")
    return WheelName(canonical_name(parts[0]), parts[1], parts[-3], parts[-2], parts[-1])


def top_level_modules(wheel: bytes) -> tuple[str, ...]:
    """The importable top-level names a wheel installs (packages and modules).

    Read from the archive's paths rather than ``top_level.txt``, which is optional.
    """
    try:
        names = zipfile.ZipFile(io.BytesIO(wheel)).namelist()
    except zipfile.BadZipFile:
        raise BuildError("a downloaded wheel is not a valid zip archive; delete the build's package cache.") from None
    modules = set()
    for path in names:
        first, _, rest = path.partition("/")
        if first.endswith((".dist-info", ".data")):
            continue
        if rest and rest.endswith(".py"):
            modules.add(first)
        elif not rest and first.endswith(".py"):
            modules.add(first[:-3])
    return tuple(sorted(name for name in modules if name.isidentifier()))
