"""Check the app script and collect the files of its folder that the site ships."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from wasmlit_build.errors import BuildError

# Never shipped: version control, caches, environments, dependencies, and anything
# hidden (``.env``, ``.streamlit/secrets.toml``): a static site is public.
_SKIPPED_DIRECTORY_NAMES = frozenset({"__pycache__", "node_modules", "site-packages"})
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
    return (directory / ".nojekyll").is_file() and (directory / "index.html").is_file()


def _skip_directory(directory: Path) -> bool:
    name = directory.name
    return (
        name.startswith(".")
        or name in _SKIPPED_DIRECTORY_NAMES
        or _is_virtualenv(directory)
        or _is_wasmlit_output(directory)
    )


def collect_app_files(folder: Path, excluded: Path | None = None) -> tuple[list[AppFile], list[str]]:
    """Every shippable file under ``folder`` in a stable order, plus warnings."""
    files: list[AppFile] = []
    warnings: list[str] = []
    total = 0
    for current, directory_names, file_names in os.walk(folder):
        current_path = Path(current)
        directory_names[:] = sorted(
            name
            for name in directory_names
            if not _skip_directory(current_path / name)
            and (excluded is None or (current_path / name).resolve() != excluded)
        )
        for name in sorted(file_names):
            if name.startswith(".") or name.endswith((".pyc", ".pyo")):
                continue
            path = current_path / name
            if path.is_symlink() and not path.exists():
                warnings.append(f"skipped {path.relative_to(folder)}: broken symbolic link")
                continue
            try:
                data = path.read_bytes()
            except OSError as error:
                raise BuildError(f"{path} cannot be read: {error.strerror}.") from None
            total += len(data)
            files.append(AppFile(path.relative_to(folder).as_posix(), data))
    if (folder / ".streamlit" / "secrets.toml").exists():
        warnings.append(".streamlit/secrets.toml is not shipped: everything in a static site is public.")
    if total > _LARGE_APP_BYTES:
        warnings.append(
            f"the app folder holds {total / 1e6:.0f} MB; every visitor downloads all of it. "
            "Move files the app does not need out of its folder."
        )
    return files, warnings


def check_output_location(output: Path, app_folder: Path) -> None:
    """The output must not be, contain, or sit inside the app folder, nor hold other data."""
    output = output.resolve()
    if output == app_folder:
        raise BuildError(f"the output folder {output} is the app folder itself; pass another one with --out.")
    if app_folder in output.parents:
        raise BuildError(
            f"the output folder {output} is inside the app folder {app_folder}, so the next build "
            "would ship the last one. Pass a folder outside it, e.g. --out ../dist."
        )
    if output in app_folder.parents:
        raise BuildError(
            f"the output folder {output} contains the app folder {app_folder}; replacing it would "
            "delete your sources. Pass another folder with --out."
        )
    if output.exists() and not output.is_dir():
        raise BuildError(f"the output path {output} is a file, not a folder.")
    if output.is_dir() and any(output.iterdir()) and not _is_wasmlit_output(output):
        raise BuildError(
            f"the output folder {output} already holds files that wasmlit did not write; "
            "refusing to replace it. Pass an empty or new folder with --out."
        )
