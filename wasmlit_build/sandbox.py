"""The sandbox for the build's runs of app code in Pyodide under Node.

Two build steps run code the app chose: the pre-render runs the script's first run, and
the memory snapshot imports the app's pure-Python packages. The app may not be the
builder's own (a CI job building pull requests, a gallery of examples), so both run
with only the rights they need:

- Node's permission model: files readable only where the request lives (a temporary
  folder holding the copy of the app folder and its packages) and in the runtime's own
  files (Pyodide, the build's Node scripts), writable only in the request's output
  folder (none for the first run); no child processes, worker threads, addons or WASI.
- No code generation from strings (``eval``, ``Function``), and ``node/sandbox.mjs``
  removes the globals that reach the network, Node's modules and the process, and
  Pyodide's Node sockets, before app code runs.
- A fresh network and process namespace (``unshare``) where the machine allows one
  (root, or unprivileged user namespaces): no network at all, no other process visible.
- An empty environment, a memory limit (JavaScript heap and WebAssembly memory), a file
  size limit, and a wall-clock limit after which the whole process group is killed.

Where Node has no permission model the sandbox is unavailable and the build runs no app
code: the page shows its loading screen, and the snapshot holds no third-party packages.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from wasmlit_build.paths import NODE_SCRIPTS, PREPARE_PYTHON, PYODIDE_PACKAGE

JAVASCRIPT_HEAP_LIMIT_MIB = 1024
WEBASSEMBLY_MEMORY_LIMIT_MIB = 1024
# The largest file a sandboxed run may write (a memory snapshot is about 31 MB).
FILE_SIZE_LIMIT_BYTES = 512 * 1024 * 1024
_WEBASSEMBLY_PAGE_BYTES = 64 * 1024


@dataclass(frozen=True)
class Rights:
    """The files one sandboxed run may read and write, besides the runtime's own."""

    read: tuple[Path, ...]
    write: tuple[Path, ...] = ()


@dataclass(frozen=True)
class Sandbox:
    node: str
    permission_flag: str  # "--permission" (Node 22.13+) or "--experimental-permission"
    namespace_prefix: tuple[str, ...]  # the unshare command, or () when the machine gives none
    namespace_problem: str | None = None  # why there is no namespace

    def command(self, script: Path, rights: Rights) -> list[str]:
        return [*self.namespace_prefix, self.node, *node_sandbox_flags(self.permission_flag, rights), str(script)]


@dataclass(frozen=True)
class NoSandbox:
    reason: str


def runtime_read_paths() -> tuple[Path, ...]:
    """What every sandboxed run reads: the build's Node scripts, the pinned Pyodide, and
    the Python the worker runs after a start (shared with the first run)."""
    return (NODE_SCRIPTS.resolve(), PYODIDE_PACKAGE.resolve(), PREPARE_PYTHON.resolve())


def node_sandbox_flags(permission_flag: str, rights: Rights) -> list[str]:
    """Node's flags for a run with ``rights`` (the runtime's files are always readable).

    >>> flags = node_sandbox_flags("--permission", Rights(read=(Path("/tmp/in"),), write=(Path("/tmp/out"),)))
    >>> [flag for flag in flags if "fs" in flag][-2:]
    ['--allow-fs-read=/tmp/in', '--allow-fs-write=/tmp/out']
    >>> any(flag.startswith(("--allow-child", "--allow-worker", "--allow-addons", "--allow-wasi")) for flag in flags)
    False
    """
    reads = [*runtime_read_paths(), *rights.read]
    return [
        permission_flag,
        *(f"--allow-fs-read={path}" for path in reads),
        *(f"--allow-fs-write={path}" for path in rights.write),
        "--no-addons",
        "--disallow-code-generation-from-strings",
        f"--max-old-space-size={JAVASCRIPT_HEAP_LIMIT_MIB}",
        f"--wasm-max-mem-pages={WEBASSEMBLY_MEMORY_LIMIT_MIB * 1024 * 1024 // _WEBASSEMBLY_PAGE_BYTES}",
        "--disable-warning=ExperimentalWarning",
    ]


def permission_flag(node_help: str) -> str | None:
    """The flag that turns on Node's permission model, read from ``node --help``.

    >>> permission_flag("  --permission                enable the permission system")
    '--permission'
    >>> permission_flag("  --experimental-permission   enable the permission system")
    '--experimental-permission'
    >>> permission_flag("  --inspect") is None
    True
    """
    flags = {line.split()[0].split("=")[0] for line in node_help.splitlines() if line.strip().startswith("--")}
    for flag in ("--permission", "--experimental-permission"):
        if flag in flags:
            return flag
    return None


def namespace_prefixes(unshare: str, is_root: bool) -> list[tuple[str, ...]]:
    """The ``unshare`` commands to try, best first: a new network, process and IPC
    namespace (the process dies with its parent); without root, inside a user namespace.

    >>> namespace_prefixes("/usr/bin/unshare", is_root=False)[0][:3]
    ('/usr/bin/unshare', '--user', '--map-root-user')
    >>> len(namespace_prefixes("/usr/bin/unshare", is_root=True))
    2
    """
    isolation = ("--net", "--pid", "--ipc", "--fork", "--kill-child")
    as_user = (unshare, "--user", "--map-root-user", *isolation)
    return [(unshare, *isolation), as_user] if is_root else [as_user]


def _runs(command: Sequence[str]) -> str | None:
    """None when ``command`` exits 0, else why not."""
    try:
        completed = subprocess.run(list(command), capture_output=True, text=True, timeout=30, env={})
    except (OSError, subprocess.TimeoutExpired) as error:
        return str(error)
    if completed.returncode != 0:
        return completed.stderr.strip().splitlines()[-1] if completed.stderr.strip() else f"exit {completed.returncode}"
    return None


def _namespace(node: str) -> tuple[tuple[str, ...], str | None]:
    unshare = shutil.which("unshare")
    if unshare is None:
        return (), "no `unshare` command on this machine"
    problem = "unshare failed"
    for prefix in namespace_prefixes(unshare, is_root=os.geteuid() == 0):
        failure = _runs([*prefix, node, "--version"])
        if failure is None:
            return prefix, None
        problem = f"unshare failed: {failure}"
    return (), problem


@functools.cache
def detect() -> Sandbox | NoSandbox:
    """The sandbox this machine can give (probed once per build process)."""
    node = shutil.which("node")
    if node is None:
        return NoSandbox("Node.js is not installed")
    flag = permission_flag(subprocess.run([node, "--help"], capture_output=True, text=True).stdout)
    if flag is None:
        return NoSandbox("this Node.js has no permission model (Node 20 or newer has one)")
    prefix, problem = _namespace(node)
    return Sandbox(node=node, permission_flag=flag, namespace_prefix=prefix, namespace_problem=problem)


def describe(sandbox: Sandbox | NoSandbox) -> str | None:
    """A note for the build's output when app code runs less confined than it could."""
    if isinstance(sandbox, NoSandbox):
        return f"Note: the build cannot sandbox app code on this machine ({sandbox.reason}), so it runs none of it."
    if sandbox.namespace_problem:
        return (
            "Note: no network namespace for the build's sandbox "
            f"({sandbox.namespace_problem}); app code's network access is closed inside Node only."
        )
    return None
