"""Write small multipage apps into a folder for AppTest."""

from __future__ import annotations

import textwrap
from pathlib import Path

from wasmlit.testing import AppTest


def write_app(folder: Path, files: dict[str, str]) -> Path:
    """Write ``{relative path: source}``; returns the path of ``app.py``."""
    for name, source in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source), encoding="utf-8")
    return folder / "app.py"


def run_app(folder: Path, files: dict[str, str]) -> AppTest:
    return AppTest.from_file(str(write_app(folder, files))).run()


def titles(at: AppTest) -> list[str]:
    return [element.value for element in at.title]


def texts(at: AppTest) -> list[str]:
    """The ``st.text`` elements of the main area."""
    return [element.value for element in at.main if element.type == "text"]


def page_list(at: AppTest) -> list[tuple[str, str, str, bool]]:
    navigation = at.page.extras.navigation
    assert navigation is not None, "the run sent no page list"
    return [(page["title"], page["icon"], page["urlPath"], page["default"]) for page in navigation["pages"]]
