"""Write the site atomically, and never delete what the build did not write.

The build writes ``.wasmlit-output.json`` into the site: every file it wrote, with its
hash. It replaces an output folder only when the folder is missing, empty, or holds
exactly a previous build's files (per that record), plus the top-level entries the user
asked to keep (``--keep .git --keep CNAME``: a gh-pages checkout, a host's files), which
move into the new site unchanged. Anything else stops the build before it touches the
folder. The new site is written in a sibling folder and swapped into place, so a build
that fails at any step leaves the previous output exactly as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from wasmlit_build.errors import BuildError
from wasmlit_build.pyodide_files import PYODIDE_FOLDER

RECORD_NAME = ".wasmlit-output.json"
# The service worker (wasmlit_build/offline.py): at the site's root, so that its scope is the site.
SERVICE_WORKER_NAME = "sw.js"
# The top-level names a site holds (packages and the app's files go under assets/).
SITE_TOP_LEVEL = frozenset({"index.html", ".nojekyll", "assets", PYODIDE_FOLDER, RECORD_NAME, SERVICE_WORKER_NAME})
_LISTED_AT_MOST = 8


def output_record(files: dict[str, bytes]) -> bytes:
    """The record of what the build wrote: each file's SHA-256 (the record itself excepted).

    >>> sorted(json.loads(output_record({"index.html": b"", RECORD_NAME: b"old"}))["files"])
    ['index.html']
    """
    hashes = {name: hashlib.sha256(data).hexdigest() for name, data in sorted(files.items()) if name != RECORD_NAME}
    return (json.dumps({"builtBy": "wasmlit", "files": hashes}, indent=1, sort_keys=True) + "\n").encode()


def check_keep_names(keep: Iterable[str], site_names: Iterable[str] = SITE_TOP_LEVEL) -> tuple[str, ...]:
    """``--keep`` names: entries directly in the output folder that the site does not write.

    >>> check_keep_names([".git", "CNAME", ".git"])
    ('.git', 'CNAME')
    """
    names: list[str] = []
    for name in keep:
        if "\0" in name or "/" in name.strip("/") or name.strip("/") in ("", ".", ".."):
            raise BuildError(f"--keep {name!r}: name an entry directly in the output folder, such as CNAME or .git.")
        if name.strip("/") in site_names:
            raise BuildError(f"--keep {name}: the build writes {name} itself, so it cannot be kept.")
        if name.strip("/") not in names:
            names.append(name.strip("/"))
    return tuple(names)


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _entries_below(folder: Path) -> list[tuple[str, Path]]:
    """Every file, link and folder under ``folder`` (links not followed), as relative names."""
    found: list[tuple[str, Path]] = []
    for current, directories, files in os.walk(folder, onerror=_raise_unreadable):
        for name in sorted(directories + files):
            path = Path(current) / name
            found.append((path.relative_to(folder).as_posix(), path))
    return found


def _raise_unreadable(error: OSError) -> None:
    raise BuildError(f"{error.filename} cannot be read: {error.strerror}.")


def _recorded_files(output: Path) -> dict[str, str] | None:
    """The previous build's record, or None when there is none (or it is not one)."""
    try:
        record = json.loads((output / RECORD_NAME).read_text())
    except (OSError, ValueError):
        return None
    files = record.get("files") if isinstance(record, dict) and record.get("builtBy") == "wasmlit" else None
    return files if isinstance(files, dict) else None


def _is_ours(relative: str, path: Path, recorded: dict[str, str] | None) -> bool:
    """Whether a previous build wrote this entry, unchanged since."""
    if recorded is None:  # a site from before the record: only the names a build writes
        return relative.split("/")[0] in SITE_TOP_LEVEL and not path.is_symlink()
    if relative == RECORD_NAME:
        return True
    if path.is_symlink():
        return False
    if path.is_dir():
        return any(name.startswith(f"{relative}/") for name in recorded)
    return recorded.get(relative) == _hash_file(path)


def foreign_entries(output: Path, keep: tuple[str, ...]) -> list[str]:
    """What in ``output`` the build did not write (or that changed since) and was not kept."""
    if not output.is_dir():
        return []
    recorded = _recorded_files(output)
    foreign = []
    for relative, path in _entries_below(output):
        if relative.split("/")[0] in keep:
            continue
        if not _is_ours(relative, path, recorded):
            foreign.append(relative)
    # A folder that is foreign makes everything in it foreign: name the folder only.
    return [name for name in foreign if not any(name.startswith(f"{other}/") for other in foreign)]


def check_output_folder(output: Path, keep: tuple[str, ...]) -> None:
    """Refuse, before touching anything, an output folder that holds what the build did not write."""
    output = output.absolute()
    if output.is_symlink() or (output.exists() and not output.is_dir()):
        raise BuildError(f"the output path {output} is not a folder; pass a folder with --out.")
    _check_parent(output.parent)
    foreign = foreign_entries(output, keep)
    if foreign:
        listed = ", ".join(foreign[:_LISTED_AT_MOST]) + (" ..." if len(foreign) > _LISTED_AT_MOST else "")
        raise BuildError(
            f"the output folder {output} holds files that wasmlit did not write (or that changed since it wrote "
            f"them): {listed}. Refusing to replace it; nothing was touched. Pass an empty or new folder with --out, "
            f"or keep entries beside the site with --keep NAME (e.g. --keep {foreign[0].split('/')[0]})."
        )


def _check_parent(parent: Path) -> None:
    """The folder that will hold the output must be (or become) a writable folder."""
    existing = parent
    while not existing.exists():
        if existing.is_symlink() or existing.parent == existing:
            break
        existing = existing.parent
    if not existing.is_dir():
        raise BuildError(f"the output folder cannot be created: {existing} is a file, not a folder.")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise BuildError(f"the output folder cannot be written: {existing} is read-only for this user.")


def write_tree(folder: Path, files: dict[str, bytes]) -> None:
    for relative, data in sorted(files.items()):
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def _move_kept(source: Path, destination: Path, keep: tuple[str, ...]) -> list[str]:
    moved = []
    for name in keep:
        if (source / name).exists() or (source / name).is_symlink():
            os.rename(source / name, destination / name)
            moved.append(name)
    return moved


def write_output_atomically(output: Path, files: dict[str, bytes], keep: tuple[str, ...] = ()) -> None:
    """Replace ``output`` with ``files`` (plus the kept entries of the old output), or fail
    with a BuildError and leave it exactly as it was."""
    output = output.absolute()
    check_output_folder(output, keep)
    try:
        _swap_in(output, files, keep)
    except OSError as error:
        raise BuildError(f"could not write the output folder {output}: {error.strerror or error}.") from None


def update_files(output: Path, changed: dict[str, bytes], removed: Iterable[str] = ()) -> None:
    """The dev loop's small rebuilds: each changed file replaced by a rename (a reader sees
    the old file or the new one, never half of one), in the given order, then the removed
    ones deleted."""
    try:
        for relative, data in changed.items():
            path = output / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{path.name}.new")
            temporary.write_bytes(data)
            os.replace(temporary, path)
        for relative in removed:
            (output / relative).unlink(missing_ok=True)
    except OSError as error:
        raise BuildError(f"could not update the output folder {output}: {error.strerror or error}.") from None


def _swap_in(output: Path, files: dict[str, bytes], keep: tuple[str, ...]) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.building-", dir=output.parent))
    moved: list[str] = []
    try:
        write_tree(staging, files)
        os.chmod(staging, 0o755)
        if not output.exists():
            os.rename(staging, output)
            return
        moved = _move_kept(output, staging, keep)
        retired = Path(tempfile.mkdtemp(prefix=f".{output.name}.old-", dir=output.parent))
        retired.rmdir()
        os.rename(output, retired)
        try:
            os.rename(staging, output)
        except OSError:
            os.rename(retired, output)
            raise
        moved = []
        shutil.rmtree(retired, ignore_errors=True)
    finally:
        if moved:  # the swap failed: the kept entries go back where they were
            _move_kept(staging, output, tuple(moved))
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
