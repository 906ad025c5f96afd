"""The pre-rendered first paint: the script's first run, rendered to HTML at build time.

Node runs the first run in Pyodide (``node/first_run.mjs``, from the snapshot when the
build has one, so the run happens exactly as in the page) and renders its tree with the
page's own components (``web/prerender.jsx`` through preact-render-to-string). The page
shows that HTML at once, with widgets inert until Python is ready, then hydrates it.

No first paint (the page keeps its loading screen) when the first run depends on the
visitor's browser, shows different output on two runs (time, randomness), does not
complete, takes longer than ``SLOW_FIRST_RUN_SECONDS``, or fails in Node.

The first run is app code: it runs in the build's sandbox (``sandbox.py``), reading only
this step's temporary folder (the app's files in the bundle, its packages, the renderer)
and the snapshot, writing nothing.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wasmlit_build import bundle
from wasmlit_build.node_scripts import Confinement, NodeScriptError, run_node_script
from wasmlit_build.packages import NO_PACKAGES, SitePackages
from wasmlit_build.sandbox import Sandbox

# A first run slower than this is not baked in: its final screen would appear before
# the work that produces it, so the page shows the run happening instead.
SLOW_FIRST_RUN_SECONDS = 60


@dataclass(frozen=True)
class FirstPaint:
    html: str  # the app's DOM inside #root
    message: str  # the run_finished message the page's store adopts
    # The stdlib zip's files the interpreter had imported after the runs (stdlib_split.py).
    stdlib_files: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Skipped:
    reason: str
    stdlib_files: tuple[str, ...] | None = None  # as FirstPaint's, when Node got that far


def render_first_paint(
    *,
    bundle_zip: bytes,
    entry: str,
    config: dict[str, Any],
    snapshot_path: Path | None,
    sandbox: Sandbox,
    packages: SitePackages = NO_PACKAGES,
) -> FirstPaint | Skipped:
    with tempfile.TemporaryDirectory(prefix="wasmlit-first-paint-") as temporary:
        folder = Path(temporary)
        (folder / "bundle.zip").write_bytes(bundle_zip)
        renderer = bundle.bundle_prerenderer(folder / "prerender.mjs")
        request = {
            "snapshot": str(snapshot_path) if snapshot_path else None,
            "bundleZip": str(folder / "bundle.zip"),
            "entry": entry,
            "config": config,
            "renderer": str(renderer),
            # Installed after the app files are unpacked, as the worker does.
            "packages": packages.write_for_node(folder / "packages") if packages.packages else None,
        }
        readable = (folder, snapshot_path) if snapshot_path else (folder,)
        confinement = Confinement.reading(sandbox, *readable)
        try:
            result = run_node_script(
                "first_run.mjs", request, timeout_seconds=SLOW_FIRST_RUN_SECONDS, confinement=confinement
            )
        except NodeScriptError as error:
            return Skipped(str(error))
    in_use = result.get("stdlibFiles")
    stdlib_files = tuple(str(path) for path in in_use) if isinstance(in_use, list) else None
    if result.get("status") != "ok":
        return Skipped(str(result.get("reason", "unknown")), stdlib_files)
    return FirstPaint(html=str(result["html"]), message=str(result["message"]), stdlib_files=stdlib_files)
