"""The build runs app code (the first run, the packages the snapshot imports) only in its
sandbox: an app that tries to get out still builds, and nothing it tried happened."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import shutil
import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fake_pyodide_dist import make_wheel, wheel_file_name
from wasmlit_build import first_paint, sandbox
from wasmlit_build.pipeline import BuildRequest, BuildResult, build

ROOT = Path(__file__).resolve().parents[2]
SANDBOX_APPS = Path(__file__).resolve().parent / "sandbox_apps"
ENVIRONMENT_VARIABLE = "WASMLIT_TEST_BUILD_TOKEN"
ENVIRONMENT_SECRET = "token-from-the-build-environment-31337"
FILE_SECRET = "secret-of-the-build-machine-4711"
ESCAPES = re.findall(
    r"^    \((SPAWN|READ|WRITE|CONNECT|WORKER|ENVIRONMENT), ", (SANDBOX_APPS / "escapes.py").read_text(), re.M
)


class ConnectionLog:
    """A TCP server on 127.0.0.1 that records every connection it accepts."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            with connection:
                connection.settimeout(2)
                try:
                    self.connections.append(connection.recv(200) or b"(connected)")
                    connection.sendall(b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok")
                except OSError:
                    self.connections.append(b"(connected)")

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def connection_log() -> Iterator[ConnectionLog]:
    log = ConnectionLog()
    yield log
    log.close()


@dataclasses.dataclass
class EscapeApp:
    script: Path
    outside: Path  # where the app must not reach
    params: dict[str, object]

    def effects(self) -> list[str]:
        """What the app's escapes left behind outside the app folder."""
        return sorted(path.name for path in self.outside.iterdir() if path.name != "secret.txt")


def escape_app(tmp_path: Path, port: int) -> EscapeApp:
    app, outside = tmp_path / "app", tmp_path / "outside"
    app.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text(FILE_SECRET)
    params = {
        "secret_file": str(outside / "secret.txt"),
        "outside_file": str(outside / "written.txt"),
        "spawn_marker": str(outside / "spawned"),
        "worker_marker": str(outside / "worker-ran"),
        "port": port,
        "environment_variable": ENVIRONMENT_VARIABLE,
    }
    (app / "params.json").write_text(json.dumps(params))
    shutil.copy(SANDBOX_APPS / "escapes.py", app / "escapes.py")
    shutil.copy(SANDBOX_APPS / "app.py", app / "app.py")
    return EscapeApp(app / "app.py", outside, params)


def site_text(result: BuildResult) -> str:
    return "\n".join(data.decode("latin-1") for data in result.files.values())


def first_paint_lines(result: BuildResult) -> list[str]:
    """The text of the pre-rendered first run's elements (none without a first paint)."""
    index = result.files["index.html"].decode("utf-8")
    inlined = re.search(r'<script id="wasmlit-first-paint" type="application/json">(.*?)</script>', index)
    if inlined is None:
        return []
    elements = json.loads(inlined.group(1))["elements"].values()
    return [str(element["props"].get("body")) for element in elements]


def assert_nothing_escaped(app: EscapeApp, result: BuildResult, connection_log: ConnectionLog) -> None:
    assert FILE_SECRET not in site_text(result)
    assert ENVIRONMENT_SECRET not in site_text(result)
    assert app.effects() == []  # no file written, no process or worker thread started
    assert connection_log.connections == []


def without_network_namespace(available: sandbox.Sandbox) -> sandbox.Sandbox:
    return dataclasses.replace(available, namespace_prefix=(), namespace_problem="turned off by the test")


@pytest.mark.parametrize("namespace", ["network namespace", "Node only"])
def test_app_code_cannot_leave_the_build_sandbox(
    tmp_path: Path, connection_log: ConnectionLog, monkeypatch: pytest.MonkeyPatch, namespace: str
) -> None:
    available = sandbox.detect()
    if isinstance(available, sandbox.NoSandbox) or (
        namespace == "network namespace" and not available.namespace_prefix
    ):
        pytest.skip(f"this machine has no {namespace} sandbox: {sandbox.describe(available)}")
    if namespace == "Node only":
        node_only = without_network_namespace(available)
        monkeypatch.setattr(sandbox, "detect", lambda: node_only)
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, ENVIRONMENT_SECRET)
    app = escape_app(tmp_path, connection_log.port)
    result = build(BuildRequest(script=str(app.script), output=tmp_path / "site"), report=lambda message: None)
    assert_nothing_escaped(app, result, connection_log)
    # The escapes did run: their outcomes are the first paint, every one stopped.
    outcomes = first_paint_lines(result)
    assert len(outcomes) == len(ESCAPES), result.warnings
    assert [line for line in outcomes if "stopped by" not in line] == [
        "spawn a process: gave 32512",  # os.system: "command not found" (127 << 8)
        "open a network connection: gave 'started'",  # promises, which then failed
        "open a network connection: gave 'started'",
        "open a network connection: gave 'started'",
    ]


def test_the_same_escapes_work_without_the_sandbox(tmp_path: Path, connection_log: ConnectionLog) -> None:
    """The control: in Pyodide under Node without the sandbox, each kind of escape works."""
    app = escape_app(tmp_path, connection_log.port)
    command = [
        "node",
        str(SANDBOX_APPS / "unconfined.mjs"),
        str(SANDBOX_APPS / "escapes.py"),
        str(app.script.parent / "params.json"),
    ]
    completed = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, ENVIRONMENT_VARIABLE: ENVIRONMENT_SECRET},
    )
    assert completed.returncode == 0, completed.stderr
    outcomes = json.loads(completed.stdout)
    assert ["read a file outside the app", f"gave {FILE_SECRET!r}"] in outcomes
    assert app.effects() == ["spawned", "worker-ran", "written.txt"]
    assert len(connection_log.connections) >= 5


def test_packages_imported_into_the_snapshot_run_in_the_sandbox(
    tmp_path: Path, connection_log: ConnectionLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Importing a package runs its code: the snapshot's imports are app code too."""
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, ENVIRONMENT_SECRET)
    app = escape_app(tmp_path, connection_log.port)
    package_source = (SANDBOX_APPS / "escapes.py").read_text() + f"\nOUTCOMES = attempt_all({app.params!r})\n"
    wheels = app.script.parent / "wheels"  # requirements may name files of the app folder only
    wheels.mkdir()
    wheel = make_wheel("wlescape", "1.0.0", {"wlescape/__init__.py": package_source})
    (wheels / wheel_file_name("wlescape", "1.0.0")).write_bytes(wheel)
    (app.script.parent / "requirements.txt").write_text(f"--no-index\n--find-links {wheels}\nwlescape\n")
    app.script.write_text("import streamlit as st\nimport wlescape\nst.write(len(wlescape.OUTCOMES))\n")
    reports: list[str] = []
    result = build(BuildRequest(script=str(app.script), output=tmp_path / "site"), report=reports.append)
    assert "Baking the Python memory snapshot (Pyodide in Node)..." in reports
    # The bake imported it (its escapes left JavaScript objects the snapshot cannot hold).
    assert any(warning.startswith("the memory snapshot leaves out wlescape") for warning in result.warnings)
    assert_nothing_escaped(app, result, connection_log)


def test_without_a_sandbox_the_build_runs_no_app_code(
    tmp_path: Path, connection_log: ConnectionLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sandbox, "detect", lambda: sandbox.NoSandbox("this Node.js has no permission model"))
    calls: list[str] = []
    monkeypatch.setattr(first_paint, "run_node_script", lambda name, *args, **kwargs: calls.append(name))
    app = escape_app(tmp_path, connection_log.port)
    reports: list[str] = []
    result = build(BuildRequest(script=str(app.script), output=tmp_path / "site"), report=reports.append)
    assert calls == []
    assert first_paint_lines(result) == []
    assert (
        "no pre-rendered first paint (the page shows a loading screen): the build runs the app's script only in"
        " a sandbox, and this Node.js has no permission model"
    ) in result.warnings
    assert "Note: the build cannot sandbox app code on this machine (this Node.js has no permission model)," in "".join(
        reports
    )
    assert_nothing_escaped(app, result, connection_log)


def _processes_mentioning(text: str) -> list[str]:
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if text in cmdline.read_bytes().decode("utf-8", "replace"):
                found.append(cmdline.parent.name)
        except OSError:
            continue
    return found


def test_a_first_run_that_never_ends_is_killed_at_the_time_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(first_paint, "SLOW_FIRST_RUN_SECONDS", 5)
    folders: list[str] = []
    real_confinement = first_paint.Confinement.reading

    def recording(available: sandbox.Sandbox, *paths: Path, writing: tuple[Path, ...] = ()) -> object:
        folders.append(str(paths[0]))
        return real_confinement(available, *paths, writing=writing)

    monkeypatch.setattr(first_paint.Confinement, "reading", recording)
    script = tmp_path / "app" / "app.py"
    script.parent.mkdir()
    script.write_text("import streamlit as st\nst.write('start')\nwhile True:\n    pass\n")
    result = build(BuildRequest(script=str(script), output=tmp_path / "site"), report=lambda message: None)
    assert "no pre-rendered first paint (the page shows a loading screen): first_run.mjs took longer than 5 s" in (
        result.warnings
    )
    assert folders and _processes_mentioning(folders[0]) == []  # Node and unshare are gone


def test_a_first_run_gets_at_most_the_memory_limit(tmp_path: Path) -> None:
    script = tmp_path / "app" / "app.py"
    script.parent.mkdir()
    script.write_text(
        "import streamlit as st\nchunks = []\ntry:\n    while True:\n        chunks.append(bytearray(64 << 20))\n"
        "except MemoryError:\n    pass\nst.write(f'allocated {len(chunks) * 64} MiB')\n"
    )
    result = build(BuildRequest(script=str(script), output=tmp_path / "site"), report=lambda message: None)
    [shown] = first_paint_lines(result)
    allocated = int(shown.removeprefix("allocated ").removesuffix(" MiB"))
    assert 0 < allocated < sandbox.WEBASSEMBLY_MEMORY_LIMIT_MIB


def test_the_sandboxed_command_grants_only_the_listed_files() -> None:
    available = sandbox.Sandbox(
        node="/usr/bin/node", permission_flag="--experimental-permission", namespace_prefix=("unshare", "--net")
    )
    rights = sandbox.Rights(read=(Path("/tmp/request"),), write=(Path("/tmp/request/output"),))
    command = available.command(Path("/x/first_run.mjs"), rights)
    assert command[:3] == ["unshare", "--net", "/usr/bin/node"] and command[-1] == "/x/first_run.mjs"
    grants = [flag for flag in command if flag.startswith("--allow-")]
    assert grants == [
        *(f"--allow-fs-read={path}" for path in sandbox.runtime_read_paths()),
        "--allow-fs-read=/tmp/request",
        "--allow-fs-write=/tmp/request/output",
    ]
    assert "--experimental-permission" in command and "--disallow-code-generation-from-strings" in command
