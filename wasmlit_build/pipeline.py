"""The build as a straight line of small steps, each one testable on its own."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wasmlit_build import app_files, archive, bundle, node_deps, output, page, page_scripts, pyodide_files, syntax
from wasmlit_build.errors import BuildError
from wasmlit_build.hashing import content_hash
from wasmlit_build.paths import RUNTIME_SOURCE

sys.path.insert(0, str(RUNTIME_SOURCE))
from wasmlit import config as runtime_config


@dataclass
class BuildRequest:
    script: str
    output: Path
    config_flags: dict[str, Any] = field(default_factory=dict)


@dataclass
class BuildResult:
    output: Path
    files: dict[str, bytes]
    warnings: list[str]


Report = Callable[[str], None]


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def resolve_config(
    app_folder: Path, flags: dict[str, Any], environ: Mapping[str, str] | None = None
) -> tuple[dict[str, Any], list[str]]:
    """config.toml in the app folder, then ``STREAMLIT_*`` variables, then flags."""
    try:
        environment = runtime_config.environment_options(os.environ if environ is None else environ)
        options = runtime_config.resolve(str(app_folder), {**environment, **flags})
    except runtime_config.ConfigError as error:
        raise BuildError(str(error)) from None
    return options, runtime_config.unknown_option_warnings(options)


def build(request: BuildRequest, report: Report = _stderr) -> BuildResult:
    source = app_files.check_script(request.script)
    app_files.check_output_location(request.output, source.folder)
    syntax.check_syntax(source.source_text, request.script)
    config, warnings = resolve_config(source.folder, request.config_flags)
    _, page_warnings = page_scripts.check_page_scripts(source.script, source.folder)
    warnings += page_warnings

    node_deps.ensure_node_modules(report)
    report("Bundling the page (esbuild)...")
    web = bundle.bundle_web()

    app, app_warnings = app_files.collect_app_files(source.folder, excluded=request.output.resolve())
    warnings += app_warnings
    bundle_bytes = archive.build_archive(archive.runtime_files(), app)
    bundle_name = f"assets/app-{content_hash(bundle_bytes)}.zip"

    files: dict[str, bytes] = dict(web.files)
    files.update(pyodide_files.pyodide_files())
    files[bundle_name] = bundle_bytes
    manifest = {
        "entry": source.script.relative_to(source.folder).as_posix(),
        "worker": web.worker_script,
        "pyodide": f"{pyodide_files.PYODIDE_FOLDER}/",
        "stdlib": f"{pyodide_files.PYODIDE_FOLDER}/python_stdlib.zip",
        "bundle": bundle_name,
        "pyodideVersion": pyodide_files.pyodide_version(),
        "lock": pyodide_files.minimal_lock_file(),
        "config": config,
        "sizes": {
            "pyodide.asm.wasm": len(files[f"{pyodide_files.PYODIDE_FOLDER}/pyodide.asm.wasm"]),
            "python_stdlib.zip": len(files[f"{pyodide_files.PYODIDE_FOLDER}/python_stdlib.zip"]),
            "bundle": len(bundle_bytes),
        },
        "title": source.script.stem,
    }
    files["index.html"] = page.render_index_html(
        title=source.script.stem,
        manifest=manifest,
        main_script=web.main_script,
        stylesheet=web.stylesheet,
        preload_scripts=web.preload_scripts,
    ).encode("utf-8")
    files[".nojekyll"] = b""
    report(f"Writing {request.output}...")
    output.write_output_atomically(request.output, files)
    return BuildResult(request.output.resolve(), files, warnings)
