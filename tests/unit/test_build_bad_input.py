"""Every bad input the build knows, in one table: the message, the exit status, no
traceback, and nothing touched (the previous site, the app, everything beside them is
byte-identical afterwards, and no half-written folder is left behind)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import build as build_command
from tests.fake_pyodide_dist import write_fake_distribution
from wasmlit_build import app_files, output
from wasmlit_build.pipeline import BuildRequest, build

ROOT = Path(__file__).resolve().parents[2]
GOOD_SCRIPT = "import streamlit as st\nst.title('Previous')\n"

Prepare = Callable[[Path, pytest.MonkeyPatch], list[str]]


@dataclass(frozen=True)
class BadInput:
    name: str
    prepare: Prepare  # sets the scene under tmp_path, returns the command line
    message: str  # what the error says (a fragment of it)
    status: int = 1


def app(tmp_path: Path) -> Path:
    return tmp_path / "app" / "app.py"


def site(tmp_path: Path) -> str:
    return str(tmp_path / "site")


def write(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def script_with(text: str) -> Prepare:
    def prepare(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
        app(tmp_path).write_text(text)
        return [str(app(tmp_path)), "--out", site(tmp_path)]

    return prepare


def arguments(*extra: str) -> Prepare:
    """The good app built into the previous site, with ``extra`` ({app}, {site}, {tmp} filled in)."""

    def prepare(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
        values = {"app": str(app(tmp_path).parent), "site": site(tmp_path), "tmp": str(tmp_path)}
        return [str(app(tmp_path)), "--out", site(tmp_path), *(part.format(**values) for part in extra)]

    return prepare


def with_file(relative: str, text: str, *extra: str) -> Prepare:
    def prepare(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
        write(tmp_path / relative, text)
        return arguments(*extra)(tmp_path, monkeypatch)

    return prepare


def output_at(relative: str, setup: Callable[[Path], object] = lambda path: None) -> Prepare:
    def prepare(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
        setup(tmp_path)
        return [str(app(tmp_path)), "--out", str(tmp_path / relative)]

    return prepare


def not_a_python_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return [str(write(tmp_path / "app" / "notes.txt", "hi")), "--out", site(tmp_path)]


def not_utf8_script(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    app(tmp_path).write_bytes(b"x = '\xff'\n")
    return arguments()(tmp_path, monkeypatch)


def unreadable_script(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Root reads any file, so the refusal is staged."""
    real_read_bytes = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path.name == "app.py":
            raise PermissionError(13, "Permission denied")
        return real_read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    return arguments()(tmp_path, monkeypatch)


def unreadable_app_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    write(tmp_path / "app" / "data" / "table.csv")
    real_scandir = os.scandir

    def scandir(path: Path) -> object:
        if Path(path).name == "data":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(app_files.os, "scandir", scandir)
    return arguments()(tmp_path, monkeypatch)


def read_only_parent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    (tmp_path / "locked").mkdir()
    real_access = os.access
    monkeypatch.setattr(output.os, "access", lambda path, mode: Path(path).name != "locked" and real_access(path, mode))
    return output_at("locked/site")(tmp_path, monkeypatch)


def port_in_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    listener = socket.create_server(("127.0.0.1", 0))
    monkeypatch.setattr(sys.modules[__name__], "_listener", listener, raising=False)  # closed with the test
    return arguments("--serve", "--port", str(listener.getsockname()[1]))(tmp_path, monkeypatch)


def git_checkout_as_output(tmp_path: Path) -> None:
    write(tmp_path / "site" / ".git" / "HEAD", "ref: refs/heads/gh-pages\n")
    write(tmp_path / "site" / "CNAME", "apps.example.org\n")


def not_utf8_file_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    with open(os.path.join(os.fsencode(tmp_path / "app"), b"caf\xe9.csv"), "w") as data:
        data.write("x")
    return arguments()(tmp_path, monkeypatch)


def environment_value(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("STREAMLIT_RUNNER_ENFORCE_SERIALIZABLE_SESSION_STATE", "maybe")
    return arguments()(tmp_path, monkeypatch)


def other_pyodide(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    write(tmp_path / "app" / "requirements.txt", "wlfake-stats\n")
    dist = write_fake_distribution(tmp_path / "dist", version="0.27.0")
    return arguments("--pyodide-dist", str(dist))(tmp_path, monkeypatch)


BAD_INPUTS = [
    BadInput("missing script", lambda t, m: [str(t / "nope.py"), "--out", site(t)], "nope.py: no such file"),
    BadInput("not a .py file", not_a_python_file, "notes.txt is not a Python script (.py)"),
    BadInput("a folder instead of a script", lambda t, m: [str(t / "app"), "--out", site(t)], "is a folder"),
    BadInput("unreadable script", unreadable_script, "app.py cannot be read: Permission denied"),
    BadInput("script not UTF-8", not_utf8_script, "is not UTF-8 text (byte 5 is invalid)"),
    BadInput("syntax error", script_with("import streamlit as st\nst.write('x'))\n"), "has a syntax error"),
    BadInput("NUL byte in the script name", lambda t, m: ["app\0.py", "--out", site(t)], "contains a NUL byte"),
    BadInput("NUL byte in --out", lambda t, m: [str(app(t)), "--out", "si\0te"], "--out 'si\\x00te' contains a NUL"),
    BadInput("NUL byte in --include", arguments("--include", "a\0b"), "--include 'a\\x00b' contains a NUL byte"),
    BadInput("unreadable app folder", unreadable_app_folder, "data cannot be read: Permission denied"),
    BadInput("file name not UTF-8", not_utf8_file_name, "the file name is not valid UTF-8"),
    BadInput("output is the app folder", output_at("app"), "is the app folder itself"),
    BadInput("output inside the app folder", output_at("app/dist"), "is inside the app folder"),
    BadInput("output contains the app folder", output_at("."), "contains the app folder"),
    BadInput("output is a file", output_at("notes.txt", lambda t: write(t / "notes.txt")), "is not a folder"),
    BadInput(
        "output's parent is a file",
        output_at("notes.txt/site", lambda t: write(t / "notes.txt")),
        "is a file, not a folder",
    ),
    BadInput("output's parent is read-only", read_only_parent, "locked is read-only for this user"),
    BadInput(
        "output holds other files",
        output_at("documents", lambda t: write(t / "documents" / "thesis.txt", "years of work")),
        "holds files that wasmlit did not write (or that changed since it wrote them): thesis.txt. Refusing",
    ),
    BadInput(
        "output is a gh-pages checkout, nothing kept",
        output_at("site", git_checkout_as_output),
        "did not write (or that changed since it wrote them): .git, CNAME. Refusing to replace it; nothing was"
        " touched. Pass an empty or new folder with --out, or keep entries beside the site with --keep NAME (e.g."
        " --keep .git).",
    ),
    BadInput(
        "output is a gh-pages checkout, CNAME not kept",
        lambda t, m: [*output_at("site", git_checkout_as_output)(t, m), "--keep", ".git"],
        "did not write (or that changed since it wrote them): CNAME.",
    ),
    BadInput(
        "a built file was edited", with_file("site/index.html", "my edits"), "changed since it wrote them): index.html"
    ),
    BadInput("--keep a file the build writes", arguments("--keep", "index.html"), "the build writes index.html itself"),
    BadInput("--keep a path, not a name", arguments("--keep", "a/b"), "--keep 'a/b': name an entry directly in"),
    BadInput(
        "--include a missing file", arguments("--include", "key.pem"), "--include key.pem: no such file in the app"
    ),
    BadInput(
        "--include outside the app", arguments("--include", "../site/index.html"), "no such file in the app folder"
    ),
    BadInput("--port out of range", arguments("--serve", "--port", "70000"), "--port 70000 is out of range"),
    BadInput("--port negative", arguments("--serve", "--port", "-1"), "--port -1 is out of range"),
    BadInput("--port in use", port_in_use, "on 127.0.0.1 is in use; pass another one with --port N."),
    BadInput(
        "unknown config flag", arguments("--runner.noSuchOption", "true"), '"runner.noSuchOption" is not a valid', 2
    ),
    BadInput("bad config flag value", arguments("--runner.magicEnabled", "maybe"), "'maybe' is not a valid boolean", 2),
    BadInput(
        "config.toml not TOML", with_file("app/.streamlit/config.toml", "[runner\n"), "config.toml is not valid TOML"
    ),
    BadInput(
        "bad environment variable", environment_value, "environment variable STREAMLIT_RUNNER_ENFORCE_SERIALIZABLE"
    ),
    BadInput(
        "malformed requirement",
        with_file("app/requirements.txt", "humanize\nrequests>>=2\n"),
        "requirements.txt, line 2: `requests>>=2` is not a valid requirement",
    ),
    BadInput(
        "compiled package at a version Pyodide does not ship",
        with_file("app/requirements.txt", "numpy<2\n"),
        "`numpy<2` does not accept numpy",
    ),
    BadInput(
        "unresolvable requirement",
        with_file("app/requirements.txt", "--no-index\nwasmlit-no-such-package>=1\n"),
        "wasmlit-no-such-package>=1 has no wheel on the package index that runs in Pyodide",
    ),
    BadInput("distribution of another Pyodide", other_pyodide, "is Pyodide 0.27.0, but wasmlit runs Pyodide"),
    BadInput("--pyodide-dist missing", arguments("--pyodide-dist", "{tmp}/no-dist"), "no-dist"),
]


@pytest.fixture(scope="module")
def previous_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real previous build (no snapshot, no first paint: only its bytes matter here)."""
    folder = tmp_path_factory.mktemp("previous")
    script = write(folder / "app" / "app.py", GOOD_SCRIPT)
    build(
        BuildRequest(script=str(script), output=folder / "site", snapshot=False, prerender=False), report=lambda m: None
    )
    return folder / "site"


def tree(root: Path) -> dict[str, tuple[str, object]]:
    """Every entry under ``root``: files with their bytes and mode, links with their targets."""
    state: dict[str, tuple[str, object]] = {}
    for current, directories, files in os.walk(root):
        for name in directories + files:
            path = Path(current) / name
            key = os.fsdecode(path.relative_to(root))
            if path.is_symlink():
                state[key] = ("link", os.readlink(path))
            elif path.is_dir():
                state[key] = ("folder", path.stat().st_mode)
            else:
                with open(path, "rb") as file:  # not Path.read_bytes, which some cases replace
                    state[key] = ("file", (file.read(), path.stat().st_mode))
    return state


def run_main(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        status = build_command.main(argv)
    except SystemExit as exit_:  # argparse's usage errors
        status = int(exit_.code or 0)
    return status, capsys.readouterr().err


@pytest.fixture
def scene(tmp_path: Path, previous_site: Path) -> Iterator[Path]:
    write(app(tmp_path), GOOD_SCRIPT)
    shutil.copytree(previous_site, tmp_path / "site", symlinks=True)
    yield tmp_path
    listener = getattr(sys.modules[__name__], "_listener", None)
    if listener is not None:
        listener.close()


@pytest.mark.parametrize("bad", BAD_INPUTS, ids=[bad.name for bad in BAD_INPUTS])
def test_bad_input_fails_clearly_and_touches_nothing(
    bad: BadInput, scene: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(scene)
    argv = bad.prepare(scene, monkeypatch)
    before = tree(scene)
    status, stderr = run_main(argv, capsys)
    assert (status, "Traceback" not in stderr) == (bad.status, True), stderr
    error_lines = [line for line in stderr.splitlines() if "error: " in line]
    assert len(error_lines) == 1 and bad.message in stderr, stderr
    if bad.status == 1:
        assert error_lines[0].startswith("error: ")
    assert tree(scene) == before


def test_the_table_holds_every_bad_input_of_the_older_tests() -> None:
    """tests/unit/test_build_cli.py's bad inputs, by the message each one checks."""
    older = (ROOT / "tests" / "unit" / "test_build_cli.py").read_text()
    for fragment in (
        "nope.py: no such file",
        "is a folder",
        "cannot be read",
        "is not UTF-8 text",
        "has a syntax error",
    ):
        assert fragment in older and any(fragment in bad.message for bad in BAD_INPUTS), fragment
    for fragment in (
        "is inside the app folder",
        "is the app folder itself",
        "contains the app folder",
        "did not write",
    ):
        assert fragment in older and any(fragment in bad.message for bad in BAD_INPUTS), fragment


def test_build_py_runs_from_any_working_directory_and_accepts_a_byte_order_mark(tmp_path: Path) -> None:
    script = tmp_path / "app" / "app.py"
    script.parent.mkdir()
    script.write_bytes(b"\xef\xbb\xbfimport streamlit as st\nst.title('Saved with a BOM')\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    completed = subprocess.run(
        [sys.executable, str(ROOT / "build.py"), "../app/app.py", "--out", "../site"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    index = (tmp_path / "site" / "index.html").read_text()
    assert "Saved with a BOM" in index.split('<div id="root">')[1]  # the first run ran it, in Pyodide
