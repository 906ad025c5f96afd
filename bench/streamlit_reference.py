"""Real Streamlit, the same script, started on 127.0.0.1: what users would pick instead.

The bench installs Streamlit into its own virtualenv (``bench/.venv-streamlit``) the
first time, with pip from PyPI.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

STREAMLIT_VERSION = "1.67.0"
BENCH_FOLDER = Path(__file__).resolve().parent
DEFAULT_VIRTUALENV = BENCH_FOLDER / ".venv-streamlit"
_START_TIMEOUT_SECONDS = 90


def _installed_version(python: Path) -> str | None:
    completed = subprocess.run(
        [str(python), "-c", "import streamlit; print(streamlit.__version__)"], capture_output=True, text=True
    )
    return completed.stdout.strip() if completed.returncode == 0 else None


def ensure_streamlit(virtualenv: Path = DEFAULT_VIRTUALENV) -> Path:
    """The virtualenv's Python, with Streamlit installed (pip, once)."""
    python = virtualenv / "bin" / "python"
    if not python.exists():
        print(f"Creating {virtualenv} for real Streamlit...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(virtualenv)], check=True)
    if _installed_version(python) != STREAMLIT_VERSION:
        print(f"Installing streamlit=={STREAMLIT_VERSION} (pip, once; a few minutes)...", flush=True)
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                f"streamlit=={STREAMLIT_VERSION}",
            ],
            check=True,
        )
    return python


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_healthy(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + _START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {process.returncode} before it was ready")
        try:
            with urllib.request.urlopen(f"{url}_stcore/health", timeout=2) as response:
                if response.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"streamlit did not answer {url}_stcore/health within {_START_TIMEOUT_SECONDS} s")


@contextmanager
def running_streamlit(python: Path, script: Path) -> Iterator[str]:
    """Serve ``script`` with ``streamlit run`` on 127.0.0.1; yields its URL."""
    port = _free_port()
    command = [
        str(python),
        "-m",
        "streamlit",
        "run",
        str(script),
        "--server.headless=true",
        "--server.address=127.0.0.1",
        f"--server.port={port}",
        "--server.fileWatcherType=none",
        "--browser.gatherUsageStats=false",
        "--global.developmentMode=false",
    ]
    process = subprocess.Popen(command, cwd=script.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_healthy(url, process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
