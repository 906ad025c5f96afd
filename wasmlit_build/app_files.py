"""Check the app script and collect the files of its folder that the site ships."""

from __future__ import annotations

import codecs
import fnmatch
import os
from dataclasses import dataclass, field
from pathlib import Path

from wasmlit_build import output
from wasmlit_build.errors import BuildError

# Never shipped: version control, caches, environments, dependencies, and anything
# hidden (``.git``, ``.streamlit``): a static site is public.
_SKIPPED_DIRECTORY_NAMES = frozenset({"__pycache__", "node_modules", "site-packages"})
# Left out, and listed, unless named with --include: they look like secrets.
SECRET_FILE_PATTERNS = (
    *("id_rsa*", "id_dsa*", "id_ecdsa*", "id_ed25519*", "*.pem", "*.key", "*.p12", "*.pfx"),
    *("secrets.toml", ".env*", "credentials*.json", "*.kdbx"),
    *("*~", "*.bak", "*.swp", ".ds_store"),
)
_LARGE_APP_BYTES = 50_000_000


@dataclass(frozen=True)
class AppFile:
    relative_path: str  # POSIX, relative to the app folder
    data: bytes


@dataclass(frozen=True)
class AppSource:
    script: Path
    folder: Path
    source_text: str


def check_script(script_argument: str) -> AppSource:
    """The script must exist, be a readable ``.py`` file, and be UTF-8 text."""
    _check_no_nul(script_argument, "the script")
    script = Path(script_argument).expanduser()
    if not script.exists():
        raise BuildError(
            f"{script_argument}: no such file. Pass the path of your app's Python script, e.g. `python build.py app.py`."
        )
    if script.is_dir():
        raise BuildError(
            f"{script_argument} is a folder. Pass the app's Python script inside it, e.g. `{script / 'app.py'}`."
        )
    if script.suffix != ".py":
        raise BuildError(
            f"{script_argument} is not a Python script (.py). wasmlit builds Streamlit-style scripts such as `app.py`."
        )
    try:
        data = script.read_bytes()
    except OSError as error:
        raise BuildError(f"{script_argument} cannot be read: {error.strerror}. Check its permissions.") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BuildError(
            f"{script_argument} is not UTF-8 text (byte {error.start} is invalid). Save it as UTF-8."
        ) from None
    script = script.resolve()
    return AppSource(script=script, folder=script.parent, source_text=text)


def _is_virtualenv(directory: Path) -> bool:
    return (directory / "pyvenv.cfg").is_file() or (directory / "bin" / "activate").is_file()


def _is_wasmlit_output(directory: Path) -> bool:
    if (directory / output.RECORD_NAME).is_file():
        return True
    return (directory / ".nojekyll").is_file() and (directory / "index.html").is_file()


def looks_secret(name: str) -> bool:
    """Whether a file name looks like a secret: private keys, credentials, password
    databases, environment files, editor backups, Finder metadata.

    >>> [looks_secret(name) for name in ("id_rsa", "ID_ED25519", "server.pem", "secrets.toml", ".env.local")]
    [True, True, True, True, True]
    >>> [looks_secret(name) for name in ("credentials-prod.json", "app.py~", "data.csv", "app.py", "keys.py")]
    [True, True, False, False, False]
    """
    lowered = name.lower()
    return any(fnmatch.fnmatchcase(lowered, pattern) for pattern in SECRET_FILE_PATTERNS)


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def included_paths(folder: Path, arguments: list[str]) -> frozenset[str]:
    """``--include`` arguments as paths relative to the app folder; each must name a file
    or folder in it."""
    included: set[str] = set()
    for argument in arguments:
        _check_no_nul(argument, "--include")
        path = Path(os.path.normpath(folder / argument))
        if not _inside(path, folder) or path == folder or not (path.exists() or path.is_symlink()):
            raise BuildError(
                f"--include {argument}: no such file in the app folder {folder}. "
                "Name a file by its path inside the app folder, e.g. --include .well-known/security.txt."
            )
        included.add(path.relative_to(folder).as_posix())
    return frozenset(included)


def _check_no_nul(text: str, what: str) -> None:
    if "\0" in text:
        raise BuildError(f"{what} {text!r} contains a NUL byte, which no file name can hold.")


@dataclass
class _Collection:
    """One walk over the app folder: what ships, and what was left out and why."""

    folder: Path  # resolved
    excluded: Path | None
    included: frozenset[str]
    files: list[AppFile] = field(default_factory=list)
    left_out_secrets: list[str] = field(default_factory=list)
    outside_links: list[str] = field(default_factory=list)
    broken_links: list[str] = field(default_factory=list)

    def is_included(self, relative: str) -> bool:
        return any(relative == path or relative.startswith(f"{path}/") for path in self.included)

    def holds_included(self, relative: str) -> bool:
        return any(path.startswith(f"{relative}/") for path in self.included)

    def refusal(self, relative: str) -> str | None:
        """Why a file at ``relative`` does not ship ("hidden", "secret"), or None."""
        if self.is_included(relative):
            return None
        parts = relative.split("/")
        if any(part.startswith(".") or part in _SKIPPED_DIRECTORY_NAMES for part in parts[:-1]):
            return "hidden"
        if looks_secret(parts[-1]):
            return "secret"
        if parts[-1].startswith(".") or parts[-1].endswith((".pyc", ".pyo")):
            return "hidden"
        return None


def _sorted_entries(directory: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(directory) as scan:
            return sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        raise BuildError(f"{directory} cannot be read: {error.strerror}. Check its permissions.") from None


def _relative_name(path: Path, folder: Path) -> str:
    relative = path.relative_to(folder).as_posix()
    try:
        relative.encode("utf-8")
    except UnicodeEncodeError:
        raise BuildError(
            f"{os.fsdecode(path)!r}: the file name is not valid UTF-8, so a browser cannot ask for it. Rename it."
        ) from None
    return relative


def _link_target(path: Path, relative: str, collection: _Collection) -> Path | None:
    """Where a symbolic link leads, if the site may follow it: it must exist and stay
    inside the app folder (a link is copied as the file it names)."""
    try:
        target = path.resolve()
    except (OSError, RuntimeError):  # a loop of links
        target = None
    if target is None or not target.exists():
        collection.broken_links.append(relative)
        return None
    if not _inside(target, collection.folder):
        collection.outside_links.append(f"{relative} -> {os.readlink(path)}")
        return None
    return target


def _skip_directory(path: Path, relative: str, collection: _Collection) -> bool:
    name = path.name
    hidden = name.startswith(".") or name in _SKIPPED_DIRECTORY_NAMES
    if hidden and not (collection.is_included(relative) or collection.holds_included(relative)):
        return True
    resolved = path.resolve()
    return _is_virtualenv(path) or _is_wasmlit_output(path) or resolved == collection.excluded


def _link_leads_to_hidden(target: Path, relative: str, collection: _Collection) -> bool:
    """A link to a file or folder the site would not ship (hidden, secret-looking) ships
    nothing either, unless the link itself is named with --include."""
    if collection.is_included(relative):
        return False
    target_relative = target.relative_to(collection.folder).as_posix()
    refusal = collection.refusal(f"{target_relative}/file" if target.is_dir() else target_relative)
    if refusal == "secret":
        collection.left_out_secrets.append(relative)
    return refusal is not None


def _walk(directory: Path, collection: _Collection, ancestors: frozenset[Path]) -> None:
    for entry in _sorted_entries(directory):
        path = Path(entry.path)
        relative = _relative_name(path, collection.folder)
        target = path
        if entry.is_symlink():
            followed = _link_target(path, relative, collection)
            if followed is None or _link_leads_to_hidden(followed, relative, collection):
                continue
            target = followed
        if not target.is_dir():
            _collect_file(path, relative, collection)
        elif not _skip_directory(path, relative, collection) and target.resolve() not in ancestors:
            _walk(path, collection, ancestors | {target.resolve()})


def _collect_file(path: Path, relative: str, collection: _Collection) -> None:
    refusal = collection.refusal(relative)
    if refusal == "secret":
        collection.left_out_secrets.append(relative)
    if refusal:
        return
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BuildError(f"{path} cannot be read: {error.strerror}.") from None
    collection.files.append(AppFile(relative, without_byte_order_mark(relative, data)))


def without_byte_order_mark(relative: str, data: bytes) -> bytes:
    """A Python file without its UTF-8 byte order mark: Python's importer accepts one,
    but the page's runner reads the script as text and would see U+FEFF as its first
    character (a syntax error). The mark means UTF-8, which a Python file is anyway.

    >>> without_byte_order_mark("app.py", b"\\xef\\xbb\\xbfimport streamlit")
    b'import streamlit'
    >>> without_byte_order_mark("data.csv", b"\\xef\\xbb\\xbfa,b")
    b'\\xef\\xbb\\xbfa,b'
    """
    if relative.endswith(".py") and data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :]
    return data


def _collection_warnings(collection: _Collection) -> list[str]:
    warnings = [f"skipped {relative}: broken symbolic link" for relative in collection.broken_links]
    if collection.outside_links:
        warnings.append(
            "skipped symbolic links that point outside the app folder (never followed): "
            + ", ".join(collection.outside_links)
        )
    secrets = collection.left_out_secrets
    if secrets:
        warnings.append(
            f"left out {len(secrets)} file{'s' if len(secrets) > 1 else ''} that look like secrets "
            f"(everything in a static site is public): {', '.join(secrets)}. "
            f"To ship one anyway, name it: --include {secrets[0]}"
        )
    total = sum(len(item.data) for item in collection.files)
    if total > _LARGE_APP_BYTES:
        warnings.append(
            f"the app folder holds {total / 1e6:.0f} MB; every visitor downloads all of it. "
            "Move files the app does not need out of its folder."
        )
    return warnings


def collect_app_files(
    folder: Path, excluded: Path | None = None, included: frozenset[str] = frozenset()
) -> tuple[list[AppFile], list[str]]:
    """Every shippable file under ``folder`` in a stable order, plus warnings: what was
    left out (secret-looking files, links out of the folder) and how to ship it anyway."""
    collection = _Collection(folder.resolve(), excluded, included)
    _walk(collection.folder, collection, frozenset({collection.folder}))
    secrets_file = ".streamlit/secrets.toml"
    if (collection.folder / secrets_file).exists() and not collection.is_included(secrets_file):
        collection.left_out_secrets.append(secrets_file)
    return collection.files, _collection_warnings(collection)


def check_output_location(output_folder: Path, app_folder: Path, keep: tuple[str, ...] = ()) -> None:
    """The output must not be, contain, or sit inside the app folder, nor hold other data."""
    _check_no_nul(str(output_folder), "the output folder")
    resolved = output_folder.resolve()
    if resolved == app_folder:
        raise BuildError(f"the output folder {resolved} is the app folder itself; pass another one with --out.")
    if app_folder in resolved.parents:
        raise BuildError(
            f"the output folder {resolved} is inside the app folder {app_folder}, so the next build "
            "would ship the last one. Pass a folder outside it, e.g. --out ../dist."
        )
    if resolved in app_folder.parents:
        raise BuildError(
            f"the output folder {resolved} contains the app folder {app_folder}; replacing it would "
            "delete your sources. Pass another folder with --out."
        )
    output.check_output_folder(output_folder, keep)
