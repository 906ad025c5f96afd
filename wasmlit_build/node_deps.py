"""Install the pinned JavaScript dependencies (``npm ci``) when they are missing or stale."""

from __future__ import annotations

import shutil
import subprocess

from wasmlit_build.errors import BuildError
from wasmlit_build.paths import NODE_MODULES, PACKAGE_LOCK, PROJECT_ROOT

MINIMUM_NODE_MAJOR = 20
_INSTALL_HINT = (
    "Install Node.js 20 or newer with npm (Debian/Ubuntu: `apt-get install nodejs npm`; or https://nodejs.org)."
)


def _installed_marker_time() -> float | None:
    marker = NODE_MODULES / ".package-lock.json"
    return marker.stat().st_mtime if marker.exists() else None


def node_modules_current() -> bool:
    installed = _installed_marker_time()
    return installed is not None and installed >= PACKAGE_LOCK.stat().st_mtime


def check_node() -> None:
    if shutil.which("node") is None:
        raise BuildError(f"Node.js is not installed; wasmlit needs it to bundle the page. {_INSTALL_HINT}")
    version = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    try:
        major = int(version.lstrip("v").split(".")[0])
    except ValueError:
        raise BuildError(f"could not read the Node.js version ({version!r}). {_INSTALL_HINT}") from None
    if major < MINIMUM_NODE_MAJOR:
        raise BuildError(f"Node.js {version} is too old; wasmlit needs 20 or newer. {_INSTALL_HINT}")


def ensure_node_modules(report: object = print) -> None:
    check_node()
    if node_modules_current():
        return
    if shutil.which("npm") is None:
        raise BuildError(
            f"npm is not installed; wasmlit needs it to install its JavaScript dependencies. {_INSTALL_HINT}"
        )
    if callable(report):
        report("Installing JavaScript dependencies (npm ci)...")
    completed = subprocess.run(
        ["npm", "ci", "--no-audit", "--no-fund"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
    )
    if completed.returncode != 0:
        output = (completed.stderr or completed.stdout).strip()
        raise BuildError(f"`npm ci` failed, so the page cannot be bundled:\n{output[-3000:]}")
