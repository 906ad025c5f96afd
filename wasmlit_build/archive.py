"""One deterministic zip holding the Python runtime and the app folder.

The worker unpacks it at ``/``: the runtime lands in ``/runtime``, the app in ``/app``.
Fixed timestamps and sorted entries make the same input give the same bytes.

The site ships it as ``assets/app-<hash>.zip.gz``: its entries stored, the whole zip
gzip-compressed as one stream (hosts send a zip as it is, and one stream compresses
the runtime's many similar files 20-26 % better than a zip's file-by-file deflate).
"""

from __future__ import annotations

import gzip
import io
import zipfile
from collections.abc import Iterable
from pathlib import Path

from wasmlit_build.app_files import AppFile
from wasmlit_build.hashing import content_hash
from wasmlit_build.paths import RUNTIME_SOURCE

RUNTIME_PREFIX = "runtime"
APP_PREFIX = "app"
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
# Not needed in the browser: the headless test harness, the page-types generator.
_RUNTIME_EXCLUDED = ("wasmlit/testing/", "wasmlit/catalogue/generate.py", "wasmlit/py.typed")


def runtime_files() -> list[AppFile]:
    files = []
    for path in sorted(RUNTIME_SOURCE.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in (".pyc", ".pyo"):
            continue
        relative = path.relative_to(RUNTIME_SOURCE).as_posix()
        if relative.startswith(_RUNTIME_EXCLUDED):
            continue
        files.append(AppFile(relative, path.read_bytes()))
    return files


def build_archive(runtime: Iterable[AppFile], app: Iterable[AppFile], *, compress: bool = True) -> bytes:
    entries = [(f"{RUNTIME_PREFIX}/{item.relative_path}", item.data) for item in runtime]
    entries += [(f"{APP_PREFIX}/{item.relative_path}", item.data) for item in app]
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method, compresslevel=9 if compress else None) as archive:
        for name, data in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.external_attr = 0o644 << 16
            info.compress_type = method
            archive.writestr(info, data)
    return buffer.getvalue()


def site_bundle(bundle_zip: bytes) -> bytes:
    """What the site ships for a bundle zip (built with ``compress=False``): one gzip stream."""
    return gzip.compress(bundle_zip, compresslevel=9, mtime=0)


def site_bundle_name(shipped: bytes) -> str:
    return f"assets/app-{content_hash(shipped)}.zip.gz"


def bundle_zip_of(shipped: bytes) -> bytes:
    """The zip inside a shipped bundle (for tests and tools)."""
    return gzip.decompress(shipped)


def app_entry_path(relative_script: str) -> str:
    return str(Path("/", APP_PREFIX, relative_script).as_posix())
