"""Run one of the build's Node scripts (``wasmlit_build/node/``): JSON in, JSON out."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wasmlit_build.errors import BuildError
from wasmlit_build.paths import NODE_SCRIPTS, PROJECT_ROOT
from wasmlit_build.sandbox import FILE_SIZE_LIMIT_BYTES, Rights, Sandbox


class NodeScriptError(BuildError):
    """A bake script failed; the build may go on without what it would have made."""


@dataclass(frozen=True)
class Confinement:
    """Run the script in ``sandbox`` with ``rights``: it runs app code."""

    sandbox: Sandbox
    rights: Rights

    @classmethod
    def reading(cls, available: Sandbox, *paths: Path, writing: tuple[Path, ...] = ()) -> Confinement:
        """Read ``paths`` (and the runtime's files), write only ``writing``."""
        resolved_reads = tuple(path.resolve() for path in paths)
        return cls(available, Rights(read=resolved_reads, write=tuple(path.resolve() for path in writing)))


def _limit_file_sizes() -> None:
    """In the child, before Node starts: no core dumps, no file larger than the limit."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT_BYTES, FILE_SIZE_LIMIT_BYTES))


def _run(command: list[str], request_text: str, timeout_seconds: float, confined: bool) -> tuple[int, str, str]:
    """Run ``command`` in its own process group; past the deadline the whole group is killed."""
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=PROJECT_ROOT,
        # The build's environment may hold tokens: app code gets none of it.
        env={} if confined else None,
        start_new_session=True,
        preexec_fn=_limit_file_sizes if confined else None,
    )
    try:
        stdout, stderr = process.communicate(request_text, timeout=timeout_seconds)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise
    return process.returncode, stdout, stderr


def run_node_script(
    name: str, request: dict[str, Any], *, timeout_seconds: float, confinement: Confinement | None = None
) -> dict[str, Any]:
    script = NODE_SCRIPTS / name
    if confinement is None:
        command = ["node", str(script)]
    else:
        command = confinement.sandbox.command(script, confinement.rights)
        request = {**request, "sandboxed": True}
    try:
        returncode, stdout, stderr = _run(command, json.dumps(request), timeout_seconds, confinement is not None)
    except subprocess.TimeoutExpired:
        raise NodeScriptError(f"{name} took longer than {timeout_seconds:.0f} s") from None
    except OSError as error:
        raise NodeScriptError(f"could not run {name} with Node: {error}") from None
    if returncode != 0:
        raise NodeScriptError(f"{name} failed:\n{stderr.strip()[-3000:]}")
    try:
        result: dict[str, Any] = json.loads(stdout)
    except ValueError:
        raise NodeScriptError(f"{name} printed something that is not JSON: {stdout[:200]!r}") from None
    return result
