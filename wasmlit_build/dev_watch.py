"""The dev loop's watcher: which files of the app folder changed, and what that needs.

It polls ``os.stat`` (no dependency, works on every file system): a fingerprint is each
file's modification time and size. A change is classified by what it needs:

- ``scripts``: only Python files changed in place: the page swaps them and reruns,
  keeping Session State (as ``streamlit run`` with "run on save");
- ``reload``: files were added or removed, or data files changed: the app's files are
  rebuilt and the page reloads;
- ``full``: ``requirements.txt`` or ``.streamlit/config.toml`` changed: the whole site
  is rebuilt (packages, page options) and the page reloads.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Fingerprint = dict[str, tuple[int, int]]
ChangeKind = Literal["scripts", "reload", "full"]

# Their change rebuilds the whole site.
FULL_REBUILD_FILES = frozenset({"requirements.txt", ".streamlit/config.toml"})
_SKIPPED_DIRECTORIES = frozenset({"__pycache__", "node_modules", "site-packages"})


@dataclass(frozen=True)
class Change:
    modified: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(sorted(self.modified + self.added + self.removed))


def _watched_file(relative: str) -> bool:
    """Editors' backups and hidden files are no change to the app (config.toml aside)."""
    name = relative.rsplit("/", 1)[-1]
    if relative in FULL_REBUILD_FILES:
        return True
    return not (name.startswith(".") or name.endswith(("~", ".swp", ".pyc")))


def _skipped_directory(path: str, name: str, excluded: str) -> bool:
    if name == ".streamlit":
        return False
    if name.startswith(".") or name in _SKIPPED_DIRECTORIES or path == excluded:
        return True
    # A virtualenv, or a wasmlit output folder (another --out): never the app's files.
    return os.path.exists(os.path.join(path, "pyvenv.cfg")) or os.path.exists(
        os.path.join(path, ".wasmlit-output.json")
    )


def scan(folder: Path, excluded: Path | None = None) -> Fingerprint:
    """Every watched file under ``folder`` (posix path relative to it) -> (mtime_ns, size)."""
    root = str(folder)
    skip = str(excluded) if excluded is not None else ""
    found: Fingerprint = {}
    for directory, subdirectories, names in os.walk(root):
        subdirectories[:] = sorted(
            name for name in subdirectories if not _skipped_directory(os.path.join(directory, name), name, skip)
        )
        for name in names:
            path = os.path.join(directory, name)
            relative = os.path.relpath(path, root).replace(os.sep, "/")
            if not _watched_file(relative):
                continue
            try:
                status = os.stat(path)
            except OSError:  # removed between the listing and the stat
                continue
            found[relative] = (status.st_mtime_ns, status.st_size)
    return found


def compare(before: Fingerprint, after: Fingerprint) -> Change:
    """What differs between two scans.

    >>> compare({"a.py": (1, 5), "b.csv": (1, 2)}, {"a.py": (2, 5), "c.py": (1, 1)})
    Change(modified=('a.py',), added=('c.py',), removed=('b.csv',))
    """
    modified = tuple(sorted(path for path in before.keys() & after.keys() if before[path] != after[path]))
    added = tuple(sorted(after.keys() - before.keys()))
    removed = tuple(sorted(before.keys() - after.keys()))
    return Change(modified, added, removed)


def classify(change: Change) -> ChangeKind | None:
    """What a change needs (None: nothing changed).

    >>> classify(Change(modified=("app.py", "lib/util.py")))
    'scripts'
    >>> classify(Change(modified=("data.csv",)))
    'reload'
    >>> classify(Change(modified=("app.py",), added=(".streamlit/config.toml",)))
    'full'
    """
    if not change.paths:
        return None
    if any(path in FULL_REBUILD_FILES for path in change.paths):
        return "full"
    if change.added or change.removed or not all(path.endswith(".py") for path in change.modified):
        return "reload"
    return "scripts"
