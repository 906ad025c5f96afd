"""Run one of the build's Node scripts (``wasmlit_build/node/``): JSON in, JSON out."""

from __future__ import annotations

import json
import subprocess
from typing import Any

from wasmlit_build.errors import BuildError
from wasmlit_build.paths import NODE_SCRIPTS, PROJECT_ROOT


class NodeScriptError(BuildError):
    """A bake script failed; the build may go on without what it would have made."""


def run_node_script(name: str, request: dict[str, Any], *, timeout_seconds: float) -> dict[str, Any]:
    script = NODE_SCRIPTS / name
    try:
        completed = subprocess.run(
            ["node", str(script)],
            input=json.dumps(request),
            capture_output=True,
            text=True,
            cwd=PROJECT_ROOT,
            timeout=timeout_seconds,
        )
    except subprocess.TimeoutExpired:
        raise NodeScriptError(f"{name} took longer than {timeout_seconds:.0f} s") from None
    except OSError as error:
        raise NodeScriptError(f"could not run {name} with Node: {error}") from None
    if completed.returncode != 0:
        raise NodeScriptError(f"{name} failed:\n{completed.stderr.strip()[-3000:]}")
    try:
        result: dict[str, Any] = json.loads(completed.stdout)
    except ValueError:
        raise NodeScriptError(f"{name} printed something that is not JSON: {completed.stdout[:200]!r}") from None
    return result
