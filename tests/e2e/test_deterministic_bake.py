"""The bake step is deterministic: a memory snapshot made afresh, and the pre-rendered
page, are the same bytes on every build (no browser; needs Node and Pyodide)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wasmlit_build import snapshot
from wasmlit_build.pipeline import BuildRequest, build

COUNTER = Path(__file__).resolve().parents[2] / "examples" / "counter.py"


def _build_with_fresh_snapshot(folder: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    monkeypatch.setattr(snapshot, "CACHE_FOLDER", folder / "cache")
    result = build(BuildRequest(script=str(COUNTER), output=folder / "site"), report=lambda message: None)
    assert not result.warnings, result.warnings
    return result.files


# Every file compared, the bundles too: each build runs esbuild itself.
@pytest.mark.usefixtures("fresh_bundles")
def test_two_builds_make_the_same_snapshot_and_first_paint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _build_with_fresh_snapshot(tmp_path / "one", monkeypatch)
    second = _build_with_fresh_snapshot(tmp_path / "two", monkeypatch)
    assert any(name.endswith(".snapshot") for name in first)
    assert b'id="wasmlit-first-paint"' in first["index.html"]
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []
