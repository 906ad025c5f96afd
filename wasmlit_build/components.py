"""Custom component frontends: every folder of the app that holds an ``index.html`` (a
component's built frontend, ``frontend/build``) is also served as plain files, so the page
can load it in an iframe. The runtime names the same place
(``wasmlit.components.v1.custom_component.SITE_FOLDER``)."""

from __future__ import annotations

import posixpath

from wasmlit_build.app_files import AppFile

SITE_FOLDER = "assets/components"


def frontend_folders(app: list[AppFile]) -> list[str]:
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
    folders = frontend_folders(app)
    files = {
        f"{SITE_FOLDER}/{file.relative_path}": file.data
        for file in app
        if any(file.relative_path.startswith(f"{folder}/") for folder in folders)
    }
    return files, folders
