"""Custom component frontends: every folder of the app that holds an ``index.html`` (a
component's built frontend, ``frontend/build``), and every such folder inside a wheel the
site installs from PyPI (a component library's frontend), is also served as plain files,
so the page can load it in an iframe. The runtime names the same places
(``wasmlit.components.v1.custom_component``: ``SITE_FOLDER``, ``PACKAGES_FOLDER``)."""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterable

from wasmlit_build.app_files import AppFile

SITE_FOLDER = "assets/components"
# Frontends inside installed packages: under here, by their path in site-packages.
PACKAGES_FOLDER = f"{SITE_FOLDER}/site-packages"


def frontend_folders(app: Iterable[AppFile]) -> list[str]:
    """The outermost folders (relative, POSIX) that hold an ``index.html``; not the app folder.

    >>> files = [AppFile(name, b"") for name in ("index.html", "a/build/index.html", "a/build/x/index.html", "b.py")]
    >>> frontend_folders(files)
    ['a/build']
    """
    folders = sorted(
        posixpath.dirname(file.relative_path)
        for file in app
        if posixpath.basename(file.relative_path) == "index.html" and "/" in file.relative_path
    )
    outermost: list[str] = []
    for folder in folders:
        if not any(folder.startswith(f"{kept}/") for kept in outermost):
            outermost.append(folder)
    return outermost


def component_files(app: list[AppFile]) -> tuple[dict[str, bytes], list[str]]:
    """The site files of the app's component frontends, and the folders they come from."""
    return _frontend_files(app, SITE_FOLDER)


def _frontend_files(files: list[AppFile], site_folder: str) -> tuple[dict[str, bytes], list[str]]:
    folders = frontend_folders(files)
    served = {
        f"{site_folder}/{file.relative_path}": file.data
        for file in files
        if any(file.relative_path.startswith(f"{folder}/") for folder in folders)
    }
    return served, folders


def wheel_component_files(wheels: Iterable[bytes]) -> tuple[dict[str, bytes], list[str]]:
    """The site files of the component frontends inside wheels (their paths in site-packages)."""
    files: dict[str, bytes] = {}
    folders: list[str] = []
    for wheel in wheels:
        with zipfile.ZipFile(io.BytesIO(wheel)) as archive:
            names = [name for name in archive.namelist() if not name.endswith("/") and ".dist-info/" not in name]
            # Most wheels hold no frontend: their files are not even read.
            wanted = frontend_folders(AppFile(name, b"") for name in names)
            members = [
                AppFile(name, archive.read(name))
                for name in names
                if any(name.startswith(f"{folder}/") for folder in wanted)
            ]
        served, found = _frontend_files(members, PACKAGES_FOLDER)
        files.update(served)
        folders.extend(found)
    return files, folders
