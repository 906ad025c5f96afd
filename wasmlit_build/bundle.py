"""Bundle ``web/`` with esbuild: the page script, the worker, styles and fonts.

Output names carry content hashes (esbuild's ``[hash]``), and esbuild's output is the
same for the same input, so builds are reproducible.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

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


@dataclass(frozen=True)
class WebBundle:
    files: dict[str, bytes]  # path under the output folder -> content
    main_script: str
    worker_script: str
    stylesheet: str | None
    preload_scripts: tuple[str, ...]
    # name -> the script's text, for index.html to inline (web/inline/).
    inline_scripts: dict[str, str]


def _esbuild_command(output_folder: Path, metafile: Path) -> list[str]:
    return [
        str(NODE_MODULES / ".bin" / "esbuild"),
        *(str(path) for path in ENTRY_POINTS.values()),
        "--bundle",
        "--format=esm",
        "--splitting",
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
        "--charset=utf8",
        "--log-level=warning",
        f"--outdir={output_folder}",
        f"--metafile={metafile}",
    ]


def bundle_web() -> WebBundle:
    with tempfile.TemporaryDirectory(prefix="wasmlit-esbuild-") as temporary:
        output_folder = Path(temporary) / "assets"
        metafile = Path(temporary) / "meta.json"
        completed = subprocess.run(
            _esbuild_command(output_folder, metafile), cwd=PROJECT_ROOT, capture_output=True, text=True
        )
        if completed.returncode != 0:
            raise BuildError(f"esbuild could not bundle web/:\n{completed.stderr.strip()}")
        meta = json.loads(metafile.read_text())
        files: dict[str, bytes] = {}
        entries: dict[str, str] = {}
        stylesheet = None
        static_imports: dict[str, list[str]] = {}
        for output_path, info in sorted(meta["outputs"].items()):
            # esbuild's metafile names paths relative to its working directory, PROJECT_ROOT:
            # resolved against the build's own working directory they would name nothing.
            relative = _relative(output_path, temporary)
            if relative.endswith(".map"):
                continue
            files[relative] = (Path(temporary) / relative).read_bytes()
            static_imports[relative] = [
                _relative(imported["path"], temporary)
                for imported in info.get("imports", [])
                if imported.get("kind") == "import-statement" and not imported.get("external")
            ]
            entry = info.get("entryPoint")
            if entry:
                for name, source in ENTRY_POINTS.items():
                    if (PROJECT_ROOT / entry).resolve() == source.resolve():
                        entries[name] = relative
                        css = info.get("cssBundle")
                        if css and name == "main":
                            stylesheet = _relative(css, temporary)
    return WebBundle(
        files=files,
        main_script=entries["main"],
        worker_script=entries["worker"],
        stylesheet=stylesheet,
        preload_scripts=_static_closure(entries["main"], static_imports),
        inline_scripts=bundle_inline_scripts(),
    )


def _relative(output_path: str, temporary: str) -> str:
    return (PROJECT_ROOT / output_path).resolve().relative_to(Path(temporary).resolve()).as_posix()


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
    with tempfile.TemporaryDirectory(prefix="wasmlit-esbuild-inline-") as temporary:
        completed = subprocess.run(_inline_command(Path(temporary)), cwd=PROJECT_ROOT, capture_output=True, text=True)
        if completed.returncode != 0:
            raise BuildError(f"esbuild could not bundle web/inline/:\n{completed.stderr.strip()}")
        scripts = {name: (Path(temporary) / f"{name}.js").read_text().strip() for name in INLINE_SCRIPTS}
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
