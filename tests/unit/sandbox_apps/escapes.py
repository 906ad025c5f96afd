"""Every way out of the build's sandbox the tests know, tried from app code.

``attempt_all(params)`` tries each one and returns what happened to it; whether it
worked is judged from outside, by its effect: a file read into the page, a file written,
a process or thread started (each writes a marker file), a connection to the test's
server. Some start asynchronous work (promises, tasks): its effects happen before
Node exits. ``params``: secret_file, outside_file, spawn_marker, worker_marker, port,
environment_variable.
"""

from __future__ import annotations

import asyncio
import os
import pathlib
import socket
import subprocess
import urllib.request
from collections.abc import Callable
from typing import Any

try:
    import js
    import pyodide_js
    from pyodide.ffi import create_proxy, to_js
except ImportError:  # plain CPython: nothing to try
    js = pyodide_js = None


def _node_module(name: str) -> Any:
    return js.process.getBuiltinModule(name)


def _shell_command(params: dict[str, Any]) -> str:
    return f"touch {params['spawn_marker']}"


def _url(params: dict[str, Any], path: str) -> str:
    return f"http://127.0.0.1:{params['port']}/{path}"


def _mount_and_read(params: dict[str, Any], mount: Callable[[str, str], Any]) -> str:
    folder, name = os.path.split(params["secret_file"])
    mount("/mnt_read", folder)
    with open(f"/mnt_read/{name}") as secret:
        return secret.read()


def _mount_and_write(params: dict[str, Any], mount: Callable[[str, str], Any]) -> str:
    folder, name = os.path.split(params["outside_file"])
    mount("/mnt_write", folder)
    with open(f"/mnt_write/{name}", "w") as outside:
        outside.write("written by app code")
    return "written"


def _emscripten_mount(target: str, host_folder: str) -> None:
    fs = pyodide_js.FS
    fs.mkdirTree(target)
    fs.mount(fs.filesystems.NODEFS, to_js({"root": host_folder}, dict_converter=js.Object.fromEntries), target)


def _python_socket(params: dict[str, Any]) -> str:
    connection = socket.create_connection(("127.0.0.1", params["port"]), timeout=3)
    connection.sendall(b"GET /python-socket HTTP/1.0\r\n\r\n")
    return "connected"


def _after(promise: Any, then: Callable[[Any], Any]) -> str:
    promise.then(create_proxy(then))
    return "started"


def _node_sockets_then_connect(params: dict[str, Any], start: Callable[[], Any]) -> str:
    return _after(start(), lambda _: _python_socket(params))


def _worker_code(params: dict[str, Any]) -> str:
    return f"require('fs').writeFileSync({params['worker_marker']!r}, 'worker ran')"


def _run_js(code: str) -> Any:
    from pyodide.code import run_js

    return run_js(code)


def _emscripten_eval(code: str) -> Any:
    module = pyodide_js._module
    return module._emscripten_run_script(module.stringToNewUTF8(code))


_SCHEDULED: list[Any] = []


def _schedule(coroutine: Any) -> str:
    _SCHEDULED.append(asyncio.ensure_future(coroutine))
    return "started"


def _pyfetch(params: dict[str, Any]) -> str:
    from pyodide.http import pyfetch

    return _schedule(pyfetch(_url(params, "pyfetch")))


SPAWN = "spawn a process"
READ = "read a file outside the app"
WRITE = "write a file outside the temporary folder"
CONNECT = "open a network connection"
WORKER = "start a worker thread"
ENVIRONMENT = "read the build's environment"

# (what it tries, how)
ATTEMPTS: list[tuple[str, Callable[[dict[str, Any]], Any]]] = [
    (SPAWN, lambda p: _node_module("child_process").execSync(_shell_command(p))),
    (SPAWN, lambda p: js.require("child_process").execSync(_shell_command(p))),
    (SPAWN, lambda p: os.system(_shell_command(p))),
    (SPAWN, lambda p: subprocess.run(["touch", p["spawn_marker"]], check=True)),
    (SPAWN, lambda p: _run_js(f"process.getBuiltinModule('child_process').execSync({_shell_command(p)!r})")),
    (READ, lambda p: _node_module("fs").readFileSync(p["secret_file"], "utf8")),
    (READ, lambda p: js.require("fs").readFileSync(p["secret_file"], "utf8")),
    (READ, lambda p: pathlib.Path(p["secret_file"]).read_text()),
    (READ, lambda p: _mount_and_read(p, pyodide_js.mountNodeFS)),
    (READ, lambda p: _mount_and_read(p, _emscripten_mount)),
    (WRITE, lambda p: _node_module("fs").writeFileSync(p["outside_file"], "written by app code")),
    (WRITE, lambda p: js.require("fs").writeFileSync(p["outside_file"], "written by app code")),
    (WRITE, lambda p: _mount_and_write(p, pyodide_js.mountNodeFS)),
    (WRITE, lambda p: _mount_and_write(p, _emscripten_mount)),
    (CONNECT, _python_socket),
    (CONNECT, lambda p: urllib.request.urlopen(_url(p, "urllib"), timeout=3).read()),
    (CONNECT, lambda p: _after(js.fetch(_url(p, "fetch")), lambda response: response)),
    (CONNECT, _pyfetch),
    (CONNECT, lambda p: _node_module("net").connect(p["port"], "127.0.0.1")),
    (CONNECT, lambda p: _node_module("http").get(_url(p, "node-http"))),
    (CONNECT, lambda p: js.process.binding("tcp_wrap")),
    (CONNECT, lambda p: _node_sockets_then_connect(p, pyodide_js.useNodeSockFS)),
    (CONNECT, lambda p: _node_sockets_then_connect(p, pyodide_js._api.initializeNodeSockFS)),
    (CONNECT, lambda p: _after(pyodide_js.loadPackage(_url(p, "package.whl")), lambda _: None)),
    (CONNECT, lambda p: _after(pyodide_js._api.loadBinaryFile(_url(p, "binary-file")), lambda _: None)),
    (CONNECT, lambda p: js.eval(f"fetch({_url(p, 'eval')!r})")),
    (CONNECT, lambda p: js.Function.new(f"return fetch({_url(p, 'function')!r})")()),
    (CONNECT, lambda p: _run_js(f"fetch({_url(p, 'run-js')!r})")),
    (CONNECT, lambda p: _emscripten_eval(f"fetch({_url(p, 'emscripten-eval')!r})")),
    (WORKER, lambda p: _node_module("worker_threads").Worker.new(_worker_code(p), to_js({"eval": True}))),
    (WORKER, lambda p: js.require("worker_threads").Worker.new(_worker_code(p), to_js({"eval": True}))),
    (ENVIRONMENT, lambda p: getattr(js.process.env, p["environment_variable"])),
    (ENVIRONMENT, lambda p: os.environ[p["environment_variable"]]),
]


def attempt_all(params: dict[str, Any]) -> list[tuple[str, str]]:
    """What each attempt gave (its value, or the error that stopped it)."""
    outcomes = []
    for goal, attempt in ATTEMPTS:
        try:
            outcome = f"gave {attempt(params)!r}"
        except BaseException as error:
            outcome = f"stopped by {type(error).__name__}"
        outcomes.append((goal, outcome[:300]))
    return outcomes
