"""The standard-library modules the page's zip lacks, downloaded when first imported.

The build ships only the stdlib files the app imported when Node ran it
(wasmlit_build/stdlib_split.py); every top-level module or package also has a zip of its
own. This finder, last on ``sys.meta_path``, is asked only when no other finder found a
module: for a name of the standard library it downloads that zip once (a synchronous
request: a worker may make one), unpacks it into ``ON_DEMAND_FOLDER``, adds the folder to
the ``__path__`` of the package's modules already imported, and finds the module there.

Run by the worker with ``pyodide.runPython`` right after Python starts, with the
namespace holding ``read_piece(name)``: the piece's bytes, None when the site has none.
"""

import io
import linecache
import os
import sys
import zipfile
from importlib.machinery import FileFinder, PathFinder

ON_DEMAND_FOLDER = "/lib/python-stdlib-on-demand"
PIECE_LIST_NAME = "wasmlit-stdlib-pieces.txt"


class StdlibOnDemand:
    def __init__(self, read_piece, stdlib_zip, folder):
        self._read_piece = read_piece
        self._stdlib_zip = stdlib_zip
        self._folder = folder
        self._pieces = None
        self._unpacked = set()

    def _piece_names(self):
        if self._pieces is None:
            with zipfile.ZipFile(self._stdlib_zip) as archive:
                self._pieces = frozenset(archive.read(PIECE_LIST_NAME).decode().split("\n"))
        return self._pieces

    def source_lines(self, filename):
        """The lines of a stdlib file the page's zip lacks (a module a memory snapshot
        holds), from its piece: for tracebacks and inspect, as if the file were there."""
        prefix = self._stdlib_zip + "/"
        if not filename.startswith(prefix):
            return []
        relative = filename[len(prefix) :]
        top = relative.partition("/")[0].removesuffix(".py")
        if top not in self._piece_names():
            return []
        try:
            if top not in self._unpacked:
                self._unpack(top)
        except ImportError:
            return []
        unpacked = f"{self._folder}/{relative}"
        return linecache.getlines(unpacked) if os.path.exists(unpacked) else []

    def find_spec(self, fullname, path=None, target=None):
        top = fullname.partition(".")[0]
        if top not in self._piece_names():
            return None
        if top not in self._unpacked:
            self._unpack(top)
        if "." not in fullname:
            return PathFinder.find_spec(fullname, [self._folder])
        parent = sys.modules.get(fullname.rpartition(".")[0])
        return PathFinder.find_spec(fullname, getattr(parent, "__path__", None) or [])

    def _unpack(self, top):
        try:
            data = self._read_piece(top)
        except Exception as error:
            # An ImportError, so code that tries an optional import goes on without it.
            raise ImportError(
                f"the standard library module {top!r} could not be downloaded: {error}", name=top
            ) from error
        if data is None:
            raise ImportError(f"the standard library module {top!r} is not on this site", name=top)
        with zipfile.ZipFile(io.BytesIO(data.to_bytes())) as archive:
            archive.extractall(self._folder)
        self._unpacked.add(top)
        for finder in sys.path_importer_cache.values():
            if isinstance(finder, FileFinder) and finder.path.startswith(self._folder):
                finder.invalidate_caches()
        self._extend_imported_packages(top)

    def _extend_imported_packages(self, top):
        """A package imported from the page's zip gets the unpacked folder on its path, so
        its other modules are found there."""
        prefix = self._stdlib_zip + "/"
        for name, module in list(sys.modules.items()):
            if name != top and not name.startswith(top + "."):
                continue
            search = getattr(module, "__path__", None)
            if isinstance(search, list):
                for entry in list(search):
                    if entry.startswith(prefix):
                        search.append(f"{self._folder}/{entry[len(prefix) :]}")


def install(read_piece, stdlib_zip=None, folder=ON_DEMAND_FOLDER):
    """Put the finder last on sys.meta_path (the arguments other than read_piece are for tests)."""
    stdlib_zip = stdlib_zip or next(entry for entry in sys.path if entry.endswith(".zip"))
    finder = StdlibOnDemand(read_piece, stdlib_zip, folder)
    sys.meta_path.append(finder)
    find_lines = linecache.updatecache

    def updatecache(filename, module_globals=None):
        lines = find_lines(filename, module_globals)
        if lines:
            return lines
        lines = finder.source_lines(filename)
        if lines:
            linecache.cache[filename] = (sum(map(len, lines)), None, lines, filename)
        return lines

    linecache.updatecache = updatecache
    return finder
