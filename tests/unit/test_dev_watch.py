"""The dev loop's watcher (what counts as a change, and what each change needs) and its
event channel."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wasmlit_build.dev_server import DevChannel
from wasmlit_build.dev_watch import Change, classify, compare, scan


def _touch(path: Path, text: str = "x", *, mtime_ns: int | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    if mtime_ns is not None:
        os.utime(path, ns=(mtime_ns, mtime_ns))


@pytest.mark.parametrize(
    ("change", "kind"),
    [
        (Change(), None),
        (Change(modified=("app.py",)), "scripts"),
        (Change(modified=("app.py", "pages/2_Report.py", "lib/util.py")), "scripts"),
        (Change(added=("pages/3_New.py",)), "reload"),
        (Change(removed=("lib/util.py",)), "reload"),
        (Change(modified=("app.py", "data/prices.csv")), "reload"),
        (Change(modified=("requirements.txt",)), "full"),
        (Change(added=(".streamlit/config.toml",)), "full"),
        (Change(modified=("app.py",), removed=(".streamlit/config.toml",)), "full"),
    ],
)
def test_classify(change: Change, kind: str | None) -> None:
    assert classify(change) == kind


def test_scan_sees_app_files_and_config_but_not_caches_backups_or_the_output(tmp_path: Path) -> None:
    for relative in ("app.py", "pages/a.py", "data.csv", ".streamlit/config.toml", "requirements.txt"):
        _touch(tmp_path / relative)
    for relative in ("__pycache__/app.cpython-312.pyc", ".git/HEAD", ".app.py.swp", "app.py~", ".env"):
        _touch(tmp_path / relative)
    _touch(tmp_path / "dist" / "index.html")
    _touch(tmp_path / "venv" / "pyvenv.cfg")
    _touch(tmp_path / "other-site" / ".wasmlit-output.json")
    found = scan(tmp_path, excluded=tmp_path / "dist")
    assert sorted(found) == [".streamlit/config.toml", "app.py", "data.csv", "pages/a.py", "requirements.txt"]


def test_a_save_with_the_same_size_is_a_change(tmp_path: Path) -> None:
    _touch(tmp_path / "app.py", "a = 1", mtime_ns=1_000_000_000)
    before = scan(tmp_path)
    _touch(tmp_path / "app.py", "a = 2", mtime_ns=2_000_000_000)
    assert compare(before, scan(tmp_path)) == Change(modified=("app.py",))
    assert classify(compare(before, scan(tmp_path))) == "scripts"


def test_the_channel_hands_every_newer_event_in_order() -> None:
    channel = DevChannel()
    channel.publish("scripts", files={"a.py": "1"})
    channel.publish("scripts", files={"b.py": "2"})
    assert [event["files"] for event in channel.wait_after(0, 0)] == [{"a.py": "1"}, {"b.py": "2"}]
    assert channel.wait_after(2, 0) == []
    channel.close()
    assert channel.wait_after(0, 0) == []
