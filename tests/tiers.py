"""Markers that say what a test needs beyond CPython, so a missing piece skips the test
with the reason instead of failing it.

The unit tier runs on plain CPython; tests that build a site or run Pyodide under Node
need the pinned npm packages (``npm ci``, which ``./run-tests`` runs first).
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NODE_PACKAGES = ROOT / "node_modules" / ".package-lock.json"

needs_node_modules = pytest.mark.skipif(
    not NODE_PACKAGES.exists(),
    reason="needs the pinned npm packages (Pyodide, esbuild): run `npm ci`, as ./run-tests does",
)
