"""Bundle ``web/`` with esbuild: the page script, the worker, styles and fonts.

Output names carry content hashes (esbuild's ``[hash]``), and esbuild's output is the
same for the same input, so builds are reproducible.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wasmlit_build.errors import BuildError
from wasmlit_build.paths import NODE_MODULES, PROJECT_ROOT, WEB_SOURCE

ENTRY_POINTS = {"main": WEB_SOURCE / "main.jsx", "worker": WEB_SOURCE / "worker" / "worker.js"}
# Build-time only: renders the first run to HTML with the page's components (web/prerender.jsx).
PRERENDER_ENTRY = WEB_SOURCE / "prerender.jsx"
# Small scripts index.html carries inline (web/inline/): bundled as plain scripts, no hashes.
INLINE_SCRIPTS = {
    "script_failure_watch": WEB_SOURCE / "inline" / "script_failure_watch.js",
    "early_worker": WEB_SOURCE / "inline" / "early_worker.js",
    "early_input": WEB_SOURCE / "inline" / "early_input.js",
}
# A one-file app's loader (wasmlit_build/single_file.py inlines it at the end of the page).
SINGLE_FILE_LOADER = WEB_SOURCE / "inline" / "single_file_loader.js"
# sw.js's code (wasmlit_build/offline.py puts the site's file list in front of it): a plain script.
SERVICE_WORKER_ENTRY = WEB_SOURCE / "offline" / "service_worker.js"


@dataclass(frozen=True)
class WebBundle:
    files: dict[str, bytes]  # path under the output folder -> content
    main_script: str
    worker_script: str
    stylesheet: str | None
    preload_scripts: tuple[str, ...]
    # name -> the script's text, for index.html to inline (web/inline/).
    inline_scripts: dict[str, str]
    # The service worker's code, without the site's file list.
    service_worker: str
    # A one-file app's loader.
    single_file_loader: str
    # Library name (CHART_LIBRARIES) -> the outputs made mostly of its code.
    library_files: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Run:
    """One esbuild run: its entry points and how it bundles them."""

    entries: dict[str, Path]
    format: str = "esm"
    # Shared code in chunks loaded by relative URL (a site); none in a one-file app, whose
    # scripts load from blob: URLs that cannot resolve relative imports.
    splitting: bool = True
    # A one-file app is decoded as windows-1252 (wasmlit_build/single_file.py): ASCII only.
    utf8: bool = True


def _esbuild_command(run: _Run, output_folder: Path, metafile: Path) -> list[str]:
    return [
        str(NODE_MODULES / ".bin" / "esbuild"),
        *(str(path) for path in run.entries.values()),
        "--bundle",
        f"--format={run.format}",
        *(["--splitting"] if run.splitting else []),
        "--platform=browser",
        "--target=es2022",
        "--minify",
        "--legal-comments=none",
        "--jsx=automatic",
        "--jsx-import-source=preact",
        "--loader:.woff2=file",
        # Python that the worker runs lives in real .py files (web/worker/prepare_python.py).
        "--loader:.py=text",
        "--external:node:*",
        "--external:ws",
        "--entry-names=[name]-[hash]",
        "--chunk-names=chunk-[hash]",
        "--asset-names=[name]-[hash]",
        *(["--charset=utf8"] if run.utf8 else []),
        # A classic (iife) worker has no import.meta; Pyodide's loader reads it only when
        # it is not told where its files are, and the worker always tells it.
        *(["--log-override:empty-import-meta=silent"] if run.format == "iife" else []),
        "--log-level=warning",
        f"--outdir={output_folder}",
        f"--metafile={metafile}",
    ]


@dataclass
class _Outputs:
    files: dict[str, bytes] = field(default_factory=dict)
    entries: dict[str, str] = field(default_factory=dict)
    stylesheet: str | None = None
    # Each output's static imports (not import()): the page preloads main's closure of them.
    static_imports: dict[str, list[str]] = field(default_factory=dict)
    library_files: dict[str, list[str]] = field(default_factory=dict)


def _run_esbuild(run: _Run, outputs: _Outputs) -> None:
    with tempfile.TemporaryDirectory(prefix="wasmlit-esbuild-") as temporary:
        output_folder = Path(temporary) / "assets"
        metafile = Path(temporary) / "meta.json"
        completed = subprocess.run(
            _esbuild_command(run, output_folder, metafile), cwd=PROJECT_ROOT, capture_output=True, text=True
        )
        if completed.returncode != 0:
            raise BuildError(f"esbuild could not bundle web/:\n{completed.stderr.strip()}")
        meta = json.loads(metafile.read_text())
        for output_path, info in sorted(meta["outputs"].items()):
            _read_output(run, Path(temporary), output_path, info, outputs)


def _site_path(temporary: Path, esbuild_path: str) -> str:
    # esbuild's metafile names paths relative to its working directory, PROJECT_ROOT:
    # resolved against the build's own working directory they would name nothing.
    return (PROJECT_ROOT / esbuild_path).resolve().relative_to(temporary.resolve()).as_posix()


def _read_output(run: _Run, temporary: Path, output_path: str, info: dict[str, Any], outputs: _Outputs) -> None:
    relative = _site_path(temporary, output_path)
    if relative.endswith(".map"):
        return
    outputs.files[relative] = (temporary / relative).read_bytes()
    outputs.static_imports[relative] = [
        _site_path(temporary, imported["path"])
        for imported in info.get("imports", [])
        if imported.get("kind") == "import-statement" and not imported.get("external")
    ]
    library = library_of_output(info.get("inputs", {}))
    if library:
        outputs.library_files.setdefault(library, []).append(relative)
    entry = info.get("entryPoint")
    if not entry:
        return
    for name, source in run.entries.items():
        if (PROJECT_ROOT / entry).resolve() == source.resolve():
            outputs.entries[name] = relative
            css = info.get("cssBundle")
            if css and name == "main":
                outputs.stylesheet = _site_path(temporary, css)


def _runs(single_file: bool) -> list[_Run]:
    if not single_file:
        return [_Run(ENTRY_POINTS)]
    # A one-file app's scripts start from blob: URLs, where browsers refuse module workers
    # to file:// pages: both are classic scripts.
    return [
        _Run({"main": ENTRY_POINTS["main"]}, format="iife", splitting=False, utf8=False),
        _Run({"worker": ENTRY_POINTS["worker"]}, format="iife", splitting=False, utf8=False),
    ]


def bundle_web(single_file: bool = False) -> WebBundle:
    """The page and its worker: for a site (shared chunks, by relative URL), or for a one-file
    app (``single_file``: one self-contained script each, ASCII only)."""
    outputs = _Outputs()
    for run in _runs(single_file):
        _run_esbuild(run, outputs)
    scripts = _bundle_classic_scripts()
    return WebBundle(
        files=outputs.files,
        main_script=outputs.entries["main"],
        worker_script=outputs.entries["worker"],
        stylesheet=outputs.stylesheet,
        preload_scripts=_static_closure(outputs.entries["main"], outputs.static_imports),
        inline_scripts={name: text for name, text in scripts.items() if name in INLINE_SCRIPTS},
        service_worker=scripts["service_worker"],
        single_file_loader=scripts[SINGLE_FILE_LOADER.stem],
        library_files={name: tuple(paths) for name, paths in outputs.library_files.items()},
    )


# The large chart libraries, by the npm packages their code comes from. A site's service
# worker precaches one only when the app's files name it (wasmlit_build/offline.py).
CHART_LIBRARIES: dict[str, tuple[str, ...]] = {
    "vega": ("vega", "vega-", "d3-"),
    "plotly": ("plotly.js-dist-min",),
    "graphviz": ("@viz-js/",),
    "leaflet": ("leaflet",),
}


def library_of_output(inputs: dict[str, Any]) -> str | None:
    """The chart library that makes up most of an output's bytes, if one does.

    >>> library_of_output({"node_modules/plotly.js-dist-min/plotly.min.js": {"bytesInOutput": 90},
    ...                    "web/charts/plotly_view.js": {"bytesInOutput": 10}})
    'plotly'
    >>> library_of_output({"web/main.jsx": {"bytesInOutput": 10}}) is None
    True
    """
    total = sum(item.get("bytesInOutput", 0) for item in inputs.values()) or 1
    for library, prefixes in CHART_LIBRARIES.items():
        mine = sum(
            item.get("bytesInOutput", 0)
            for path, item in inputs.items()
            if "node_modules/" in path and path.split("node_modules/")[-1].startswith(prefixes)
        )
        if mine * 2 > total:
            return library
    return None


def _static_closure(entry: str, static_imports: dict[str, list[str]]) -> tuple[str, ...]:
    """The chunks the page script imports statically, directly or not: the ones to preload.
    Chunks reached only through ``import()`` (chart libraries, DOMPurify, Prism's
    languages) load on first use and are not preloaded.

    >>> _static_closure("main.js", {"main.js": ["a.js"], "a.js": ["b.js"], "lazy.js": ["c.js"]})
    ('a.js', 'b.js')
    """
    found: set[str] = set()
    pending = [entry]
    while pending:
        for imported in static_imports.get(pending.pop(), []):
            if imported not in found and imported != entry:
                found.add(imported)
                pending.append(imported)
    return tuple(sorted(path for path in found if path.endswith(".js")))


def _inline_command(output_folder: Path) -> list[str]:
    return [
        str(NODE_MODULES / ".bin" / "esbuild"),
        *(str(path) for path in INLINE_SCRIPTS.values()),
        str(SERVICE_WORKER_ENTRY),
        str(SINGLE_FILE_LOADER),
        "--bundle",
        "--format=iife",
        "--platform=browser",
        "--target=es2022",
        "--minify",
        "--legal-comments=none",
        "--charset=utf8",
        "--log-level=warning",
        "--entry-names=[name]",
        f"--outdir={output_folder}",
    ]


def bundle_inline_scripts() -> dict[str, str]:
    """The scripts index.html carries inline, minified; each must not end its ``<script>``."""
    return {name: text for name, text in _bundle_classic_scripts().items() if name in INLINE_SCRIPTS}


def _bundle_classic_scripts() -> dict[str, str]:
    """The inline scripts, the service worker's code (``service_worker``) and the one-file
    app's loader (``single_file_loader``), in one esbuild run."""
    with tempfile.TemporaryDirectory(prefix="wasmlit-esbuild-inline-") as temporary:
        completed = subprocess.run(_inline_command(Path(temporary)), cwd=PROJECT_ROOT, capture_output=True, text=True)
        if completed.returncode != 0:
            raise BuildError(f"esbuild could not bundle web/inline/:\n{completed.stderr.strip()}")
        names = [*INLINE_SCRIPTS, SERVICE_WORKER_ENTRY.stem, SINGLE_FILE_LOADER.stem]
        scripts = {name: (Path(temporary) / f"{name}.js").read_text().strip() for name in names}
    for name, text in scripts.items():
        if "</script" in text.lower() or "<!--" in text:
            raise BuildError(f"web/inline/{name}.js would end its inline <script> early")
    return scripts


def _prerenderer_command(output_file: Path) -> list[str]:
    return [
        str(NODE_MODULES / ".bin" / "esbuild"),
        str(PRERENDER_ENTRY),
        "--bundle",
        "--format=esm",
        "--platform=node",
        "--target=node20",
        "--jsx=automatic",
        "--jsx-import-source=preact",
        # Styles and fonts mean nothing to an HTML string.
        "--loader:.css=empty",
        "--loader:.woff2=empty",
        "--log-level=warning",
        f"--outfile={output_file}",
    ]


def bundle_prerenderer(output_file: Path) -> Path:
    """Bundle the page's components into one Node module exporting ``renderFirstPaint``."""
    completed = subprocess.run(_prerenderer_command(output_file), cwd=PROJECT_ROOT, capture_output=True, text=True)
    if completed.returncode != 0:
        raise BuildError(f"esbuild could not bundle the pre-renderer (web/prerender.jsx):\n{completed.stderr.strip()}")
    return output_file
