"""A real download from PyPI: humanize, resolved by pip for Pyodide, shipped, installed in
Pyodide (in Node) and used by the app's build-time first run. Needs the network; without
it the test is skipped and says why."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from wasmlit_build import pip_resolve
from wasmlit_build.pipeline import BuildRequest, build

APP = """\
import streamlit as st
import humanize

st.write(f"Size: {humanize.naturalsize(123456789)}")
st.write(f"Words: {humanize.intword(1200000)}")
"""


def test_a_pure_python_package_from_pypi_is_shipped_and_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = tmp_path / "app"
    app.mkdir()
    (app / "app.py").write_text(APP)
    (app / "requirements.txt").write_text("humanize>=4.9,<5\nstreamlit\n")
    # A cache of its own: this test must really run pip against the index.
    monkeypatch.setattr(pip_resolve, "CACHE_FOLDER", tmp_path / "package-cache")
    notes: list[str] = []
    try:
        result = build(BuildRequest(script=str(app / "app.py"), output=tmp_path / "site"), report=notes.append)
    except pip_resolve.PackageIndexUnreachableError as error:
        pytest.skip(f"PyPI is not reachable from this machine: {error}")
    assert "Downloading Python packages (pip)..." in notes
    assert "Note: streamlit is skipped: wasmlit provides `import streamlit` in the page." in notes
    [wheel] = [name for name in result.files if name.startswith("assets/packages/")]
    assert wheel.endswith("-py3-none-any.whl") and "/humanize-4." in wheel
    assert "humanize/__init__.py" in zipfile.ZipFile(tmp_path / "site" / wheel).namelist()
    assert not result.warnings, result.warnings  # snapshot (with humanize imported) and first paint both made
    page = result.files["index.html"].decode()
    assert "Size: 123.5 MB" in page and "Words: 1.2 million" in page  # humanize ran in Pyodide at build time
