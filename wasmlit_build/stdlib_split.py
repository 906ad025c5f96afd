"""The standard library, split: what the page boots with, and the rest on demand.

Pyodide's ``python_stdlib.zip`` is 2.5 MB and every visit downloaded it, although an app
imports a small part. The build's first run in Node (``first_paint.py``) reports the files
the interpreter imported from it; the page's zip holds those (``core``), and every
top-level module or package of the standard library is also a small zip of its own
(``pieces``), which the worker downloads the first time something imports a module the
core lacks (``web/worker/stdlib_on_demand.py``). Nothing breaks when the build guessed
short: an import costs one more request.

The core zip is ``pyodide/python_stdlib.zip.gz``. A page that starts from
the memory snapshot needs less: the modules the snapshot holds are imported already, so
it boots with a zip of the rest (``after_snapshot``), and the core stays for a plain boot.
Python mounts either where the snapshot expects its zip; the snapshot forgets the full
zip's directory before it is taken (``node/python/stdlib_in_use.py``). The source of a
module the snapshot holds (a traceback's lines) comes from its piece when first asked for.
"""

from __future__ import annotations

import functools
import gzip
import io
import zipfile
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from wasmlit_build.hashing import content_hash
from wasmlit_build.pyodide_files import PYODIDE_FOLDER

PIECES_FOLDER = f"{PYODIDE_FOLDER}/stdlib/"
# The zips the page boots with have their entries stored and travel as one gzip stream
# (7 % smaller than a zip's file-by-file deflate; imports then inflate nothing).
CORE_NAME = f"{PYODIDE_FOLDER}/python_stdlib.zip.gz"
# Inside the core zip: the top-level names that have a piece (one per line).
PIECE_LIST_NAME = "wasmlit-stdlib-pieces.txt"


@dataclass(frozen=True)
class StdlibSplit:
    core: bytes
    pieces: dict[str, bytes]  # top-level name -> zip
    after_snapshot: bytes | None = None  # the core without the files the snapshot holds

    @property
    def after_snapshot_name(self) -> str | None:
        return f"assets/stdlib-{content_hash(self.after_snapshot)}.zip.gz" if self.after_snapshot is not None else None

    def site_files(self) -> dict[str, bytes]:
        files = {CORE_NAME: self.core}
        files.update({f"{PIECES_FOLDER}{name}.zip": data for name, data in self.pieces.items()})
        if self.after_snapshot is not None and self.after_snapshot_name:
            files[self.after_snapshot_name] = self.after_snapshot
        return files


def top_level_name(path: str) -> str:
    """The importable top-level name a file of the zip belongs to.

    >>> top_level_name("email/mime/text.py"), top_level_name("typing.py"), top_level_name("README.txt")
    ('email', 'typing', 'README.txt')
    """
    first, slash, _ = path.partition("/")
    if slash:
        return first
    return first.removesuffix(".py")


def _folders_of(path: str) -> Iterable[str]:
    """'a/b/c.py' -> 'a/', 'a/b/'"""
    parts = path.split("/")[:-1]
    return ("/".join(parts[: index + 1]) + "/" for index in range(len(parts)))


def core_files(names: Collection[str], in_use: Collection[str]) -> list[str]:
    """The files of the core zip: the modules in use, the non-Python files of the packages
    they are in (data a module may read), and their folders' entries.

    >>> core_files(["a/", "a/__init__.py", "a/b.py", "a/c.py", "a/data.json", "d.py", "e.py"], ["a/__init__.py", "a/b.py", "d.py"])
    ['a/', 'a/__init__.py', 'a/b.py', 'a/data.json', 'd.py']
    """
    wanted = set(in_use) & set(names)
    packages = {folder for path in wanted for folder in _folders_of(path)}
    for name in names:
        folder = name.rpartition("/")[0] + "/"
        if not name.endswith((".py", "/")) and folder in packages:
            wanted.add(name)
    wanted |= packages & set(names)
    return [name for name in names if name in wanted]


def _zip_of(
    source: zipfile.ZipFile, names: Iterable[str], extra: dict[str, str] | None = None, *, stored: bool = False
) -> bytes:
    """A zip of these entries (and ``extra`` text files), compressed hard (it travels as it
    is: hosts do not gzip zips) unless ``stored``, with their original dates (the same
    input gives the same bytes)."""
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name, text in (extra or {}).items():
            target.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), text, method, 9)
        for name in names:
            original = source.getinfo(name)
            info = zipfile.ZipInfo(name, date_time=original.date_time)
            info.external_attr = original.external_attr
            target.writestr(info, source.read(name), zipfile.ZIP_STORED if name.endswith("/") else method, 9)
    return buffer.getvalue()


def _gzip_of_stored_zip(source: zipfile.ZipFile, names: Iterable[str], extra: dict[str, str]) -> bytes:
    return gzip.compress(_zip_of(source, names, extra, stored=True), compresslevel=9, mtime=0)


@functools.cache
def _pieces(full_zip: bytes) -> dict[str, bytes]:
    """One zip per top-level name (the same for every app: made once per process)."""
    with zipfile.ZipFile(io.BytesIO(full_zip)) as source:
        by_top_level: dict[str, list[str]] = {}
        for name in source.namelist():
            by_top_level.setdefault(top_level_name(name), []).append(name)
        return {
            top: _zip_of(source, members)
            for top, members in sorted(by_top_level.items())
            if any(member.endswith(".py") for member in members)
        }


def split_stdlib(
    full_zip: bytes, in_use: Collection[str], held_by_snapshot: Collection[str] | None = None
) -> StdlibSplit:
    """The core zip (the files in use, and the list of pieces), one piece per top-level
    name, and with a snapshot (``held_by_snapshot``: the files of the modules it holds)
    the zip a page restored from it needs."""
    with zipfile.ZipFile(io.BytesIO(full_zip)) as source:
        names = source.namelist()
        core = core_files(names, in_use)
        pieces = dict(_pieces(full_zip))
        piece_list = {PIECE_LIST_NAME: "\n".join(pieces)}
        core_zip = _gzip_of_stored_zip(source, core, piece_list)
        after_snapshot = None
        if held_by_snapshot is not None:
            held = set(held_by_snapshot)
            after_snapshot = _gzip_of_stored_zip(source, [name for name in core if name not in held], piece_list)
    return StdlibSplit(core_zip, pieces, after_snapshot)
