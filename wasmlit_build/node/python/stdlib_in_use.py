"""Run by ``make_snapshot.mjs`` and ``first_run.mjs``: the standard library's files in use.

The build ships only these in the page's standard-library zip (``stdlib_split.py``); the
worker downloads any other module the first time it is imported. Also: forget the zip's
directory, which a memory snapshot would otherwise carry into a page whose zip differs.
"""

import json
import sys
import zipimport


def _stdlib_zip() -> str:
    return next(entry for entry in sys.path if entry.endswith(".zip"))


def stdlib_files_in_use() -> str:
    """JSON: the paths, inside the standard-library zip, of every module imported from it."""
    prefix = _stdlib_zip() + "/"
    files = set()
    for module in list(sys.modules.values()):
        origin = getattr(getattr(module, "__spec__", None), "origin", None)
        if isinstance(origin, str) and origin.startswith(prefix):
            files.add(origin[len(prefix) :])
    return json.dumps(sorted(files))


def forget_stdlib_directory() -> None:
    """Drop the zip's cached directory: the restored interpreter then reads the directory
    of the zip the page ships (a smaller one) instead of offsets into this one."""
    zipimport._zip_directory_cache.pop(_stdlib_zip(), None)  # type: ignore[attr-defined]
