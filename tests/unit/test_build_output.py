"""The output folder: replaced only when it holds a previous build's files (or nothing),
kept entries survive, and a failed swap leaves everything where it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wasmlit_build import output
from wasmlit_build.errors import BuildError


def site_files(title: str, asset: str) -> dict[str, bytes]:
    files = {"index.html": title.encode(), ".nojekyll": b"", f"assets/{asset}": b"js", "pyodide/pyodide.mjs": b"py"}
    files[output.RECORD_NAME] = output.output_record(files)
    return files


def contents(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()
    }


def test_a_previous_build_is_replaced_whole(tmp_path: Path) -> None:
    site = tmp_path / "site"
    output.write_output_atomically(site, site_files("v1", "main-AAAA.js"))
    output.write_output_atomically(site, site_files("v2", "main-BBBB.js"))
    assert contents(site) == site_files("v2", "main-BBBB.js")  # main-AAAA.js was the last build's: it went
    assert sorted(path.name for path in tmp_path.iterdir()) == ["site"]


def test_missing_and_empty_folders_are_written(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    for folder in (tmp_path / "empty", tmp_path / "new" / "nested"):
        output.write_output_atomically(folder, site_files("v1", "a.js"))
        assert contents(folder) == site_files("v1", "a.js")


def test_kept_entries_stay_across_builds(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / ".git").mkdir(parents=True)
    (site / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n")
    (site / "CNAME").write_text("apps.example.org\n")
    for version in ("v1", "v2"):
        output.write_output_atomically(site, site_files(version, f"{version}.js"), keep=(".git", "CNAME"))
    assert contents(site) == {
        **site_files("v2", "v2.js"),
        ".git/HEAD": b"ref: refs/heads/gh-pages\n",
        "CNAME": b"apps.example.org\n",
    }


def test_a_site_from_before_the_record_is_recognised_by_its_names(tmp_path: Path) -> None:
    site = tmp_path / "site"
    output.write_tree(site, {"index.html": b"old", ".nojekyll": b"", "assets/old.js": b"x"})
    output.write_output_atomically(site, site_files("v2", "v2.js"))
    assert contents(site) == site_files("v2", "v2.js")
    (site / "notes.txt").write_text("mine")
    with pytest.raises(BuildError, match=r"did not write .*: notes\.txt\. Refusing"):
        output.write_output_atomically(site, site_files("v3", "v3.js"))


def test_a_link_in_a_previous_build_is_not_ours(tmp_path: Path) -> None:
    site = tmp_path / "site"
    output.write_output_atomically(site, site_files("v1", "a.js"))
    (site / "assets" / "a.js").unlink()
    (site / "assets" / "a.js").symlink_to(tmp_path)
    with pytest.raises(BuildError, match=r"assets/a\.js"):
        output.write_output_atomically(site, site_files("v2", "b.js"))


def test_a_failed_swap_puts_the_kept_entries_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site"
    output.write_output_atomically(site, site_files("v1", "a.js"))
    (site / "CNAME").write_text("apps.example.org\n")
    before = contents(site)
    real_rename = os.rename

    def failing_rename(source: Path, destination: Path) -> None:
        if Path(source).name.startswith(".site.building-") and Path(destination) == site:
            raise OSError(28, "No space left on device")
        real_rename(source, destination)

    monkeypatch.setattr(output.os, "rename", failing_rename)
    with pytest.raises(BuildError, match=r"could not write the output folder .*: No space left on device\."):
        output.write_output_atomically(site, site_files("v2", "b.js"), keep=("CNAME",))
    assert contents(site) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["site"]
