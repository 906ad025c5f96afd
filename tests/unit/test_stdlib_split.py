"""The stdlib split (wasmlit_build/stdlib_split.py) and the worker's finder that downloads
the missing modules (web/worker/stdlib_on_demand.py), run on CPython with a small zip."""

from __future__ import annotations

import gzip
import importlib
import io
import linecache
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from wasmlit_build import stdlib_split
from wasmlit_build.pyodide_files import full_stdlib

FINDER_SOURCE = Path(__file__).resolve().parents[2] / "web" / "worker" / "stdlib_on_demand.py"
FILES = {
    "wlpkg/": "",
    "wlpkg/__init__.py": "",
    "wlpkg/used.py": "VALUE = 'used'\n",
    "wlpkg/later.py": "from wlpkg import used\nVALUE = used.VALUE + ' then later'\n",
    "wlpkg/sub/__init__.py": "",
    "wlpkg/sub/deep.py": "VALUE = 'deep'\n",
    "wlpkg/grammar.txt": "data a module reads",
    "wlmod.py": "VALUE = 'module'\n",
    "wlcore.py": "VALUE = 'core'\n",
}
IN_USE = ["wlpkg/__init__.py", "wlpkg/used.py", "wlcore.py"]


def _zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


class _Bytes:
    """What the worker hands Python: a JS typed array, read with to_bytes()."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def to_bytes(self) -> bytes:
        return self._data


def test_the_core_holds_the_modules_in_use_and_the_pieces_the_rest() -> None:
    split = stdlib_split.split_stdlib(_zip(FILES), IN_USE)
    with zipfile.ZipFile(io.BytesIO(gzip.decompress(split.core))) as core:
        # Stored: the zip travels as one gzip stream.
        assert {info.compress_type for info in core.infolist()} == {zipfile.ZIP_STORED}
        assert sorted(core.namelist()) == sorted(
            [
                stdlib_split.PIECE_LIST_NAME,
                "wlpkg/",
                "wlpkg/__init__.py",
                "wlpkg/used.py",
                "wlpkg/grammar.txt",
                "wlcore.py",
            ]
        )
        # Every top-level name has a piece: the core's too (their source, for a page
        # restored from a snapshot, whose zip lacks them).
        assert core.read(stdlib_split.PIECE_LIST_NAME).decode().split("\n") == ["wlcore", "wlmod", "wlpkg"]
    with zipfile.ZipFile(io.BytesIO(split.pieces["wlpkg"])) as piece:
        assert sorted(piece.namelist()) == sorted(name for name in FILES if name.startswith("wlpkg/"))
    assert set(split.site_files()) == {
        "pyodide/python_stdlib.zip.gz",
        "pyodide/stdlib/wlcore.zip",
        "pyodide/stdlib/wlmod.zip",
        "pyodide/stdlib/wlpkg.zip",
    }
    assert split.after_snapshot is None


def test_a_snapshot_page_boots_with_the_core_minus_what_the_snapshot_holds() -> None:
    split = stdlib_split.split_stdlib(_zip(FILES), IN_USE, held_by_snapshot=["wlpkg/__init__.py", "wlcore.py"])
    assert split.after_snapshot is not None and split.after_snapshot_name
    with zipfile.ZipFile(io.BytesIO(gzip.decompress(split.after_snapshot))) as after_snapshot:
        assert sorted(after_snapshot.namelist()) == sorted(
            [stdlib_split.PIECE_LIST_NAME, "wlpkg/", "wlpkg/used.py", "wlpkg/grammar.txt"]
        )
    assert split.site_files()[split.after_snapshot_name] == split.after_snapshot


def test_pyodides_stdlib_splits_into_a_much_smaller_core() -> None:
    full = full_stdlib()
    split = stdlib_split.split_stdlib(full, ["encodings/__init__.py", "encodings/utf_8.py", "json/__init__.py"])
    assert len(split.core) < len(full) / 20
    assert {"encodings", "json", "email", "asyncio", "difflib"} <= set(split.pieces)
    # The same input gives the same bytes (the site's files are content-checked).
    again = stdlib_split.split_stdlib(full, ["encodings/__init__.py", "encodings/utf_8.py", "json/__init__.py"])
    assert again.core == split.core and again.pieces == split.pieces


@pytest.fixture
def split_on_path(tmp_path: Path) -> Iterator[tuple[Any, list[str]]]:
    split = stdlib_split.split_stdlib(_zip(FILES), IN_USE)
    core = tmp_path / "python_stdlib.zip"
    core.write_bytes(gzip.decompress(split.core))
    downloads: list[str] = []

    def read_piece(name: str) -> _Bytes | None:
        downloads.append(name)
        return _Bytes(split.pieces[name]) if name in split.pieces else None

    namespace: dict[str, Any] = {}
    exec(compile(FINDER_SOURCE.read_text(), str(FINDER_SOURCE), "exec"), namespace)
    sys.path.insert(0, str(core))
    original_updatecache = linecache.updatecache
    finder = namespace["install"](read_piece, str(core), str(tmp_path / "on-demand"))
    try:
        yield finder, downloads
    finally:
        linecache.updatecache = original_updatecache  # type: ignore[assignment]
        sys.meta_path.remove(finder)
        sys.path.remove(str(core))
        for name in [name for name in sys.modules if name.split(".")[0] in {"wlpkg", "wlmod", "wlcore"}]:
            del sys.modules[name]
        sys.path_importer_cache.clear()


def _value(name: str) -> str:
    module: ModuleType = importlib.import_module(name)
    return str(module.VALUE)


def test_modules_in_the_core_import_without_a_download(split_on_path: tuple[Any, list[str]]) -> None:
    _, downloads = split_on_path
    assert (_value("wlpkg.used"), _value("wlcore")) == ("used", "core")
    assert downloads == []


def test_missing_modules_are_downloaded_once_on_first_import(split_on_path: tuple[Any, list[str]]) -> None:
    _, downloads = split_on_path
    assert _value("wlpkg.used") == "used"
    # A module of a package imported from the core, then one of its subpackages.
    assert _value("wlpkg.later") == "used then later"
    assert _value("wlpkg.sub.deep") == "deep"
    assert _value("wlmod") == "module"
    assert downloads == ["wlpkg", "wlmod"]


def test_a_name_outside_the_stdlib_is_not_downloaded(split_on_path: tuple[Any, list[str]]) -> None:
    _, downloads = split_on_path
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("wl_nowhere")
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("wlpkg.nowhere")
    assert downloads == ["wlpkg"]


def test_the_source_of_a_file_the_zip_lacks_comes_from_its_piece(
    split_on_path: tuple[Any, list[str]], tmp_path: Path
) -> None:
    """As for a module a snapshot holds: its file is not in the page's zip."""
    finder, downloads = split_on_path
    filename = f"{tmp_path / 'python_stdlib.zip'}/wlmod.py"
    assert linecache.getline(filename, 1) == "VALUE = 'module'\n"
    assert downloads == ["wlmod"]
    assert finder.source_lines(f"{tmp_path / 'python_stdlib.zip'}/wl_nowhere.py") == []


def test_a_failed_download_is_an_import_error(split_on_path: tuple[Any, list[str]]) -> None:
    finder, _ = split_on_path

    def offline(name: str) -> None:
        raise OSError("the network is down")

    finder._read_piece = offline
    with pytest.raises(ImportError, match="'wlmod' could not be downloaded: the network is down"):
        importlib.import_module("wlmod")
