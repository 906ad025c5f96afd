"""The build as a straight line of small steps, each one testable on its own."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from wasmlit_build import (
    app_files,
    app_imports,
    archive,
    bundle,
    bytecode,
    components,
    icons,
    math_assets,
    node_deps,
    offline,
    output,
    packages,
    page,
    page_scripts,
    pyodide_files,
    sandbox,
    single_file,
    site_config,
    snapshot,
    stdlib_split,
    stylesheet,
    syntax,
    theme,
)
from wasmlit_build.errors import BuildError
from wasmlit_build.first_paint import FirstPaint, render_first_paint
from wasmlit_build.hashing import content_hash
from wasmlit_build.runtime import runtime_config


@dataclass
class BuildRequest:
    script: str
    output: Path
    config_flags: dict[str, Any] = field(default_factory=dict)
    # --no-snapshot: the worker boots Python from scratch (about 6 MB less to download).
    snapshot: bool = True
    # --no-prerender: the page shows its loading screen until the first run.
    prerender: bool = True
    # --pyodide-dist: a Pyodide release's folder: its packages ship with the site instead of coming from its CDN.
    pyodide_dist: Path | None = None
    # --include: files of the app folder to ship although they are hidden or look secret.
    include: list[str] = field(default_factory=list)
    # --keep: entries of the output folder that the build leaves in place (.git, CNAME).
    keep: list[str] = field(default_factory=list)
    # --no-offline: no service worker (sw.js then only removes one an earlier build left).
    offline: bool = True
    # --single-file: `output` is one HTML file holding the whole app (wasmlit_build/single_file.py).
    single_file: bool = False
    # --serve: the page connects to the dev loop's event stream (wasmlit_build/dev_loop.py).
    dev: bool = False
    # The dev loop's change count when this build starts (a page of an older one reloads).
    dev_version: int = 0


@dataclass(frozen=True)
class SiteParts:
    """What a build made, kept by the dev loop to rebuild only the app's files."""

    checked: CheckedInput
    web: bundle.WebBundle
    runtime: list[app_files.AppFile]
    manifest: dict[str, Any]
    baked: Baked
    css: bytes | None


@dataclass
class BuildResult:
    output: Path
    files: dict[str, bytes]
    warnings: list[str]
    parts: SiteParts | None = None


Report = Callable[[str], None]
# The dev loop's event stream, relative to the site (wasmlit_build/dev_server.py serves it).
DEV_EVENTS_PATH = "__wasmlit/events"


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def resolve_config(
    app_folder: Path, flags: dict[str, Any], environ: Mapping[str, str] | None = None
) -> tuple[dict[str, Any], list[str]]:
    """config.toml in the app folder, then ``STREAMLIT_*`` variables, then flags; only the
    options the page uses (it is public), and warnings for those it leaves out."""
    try:
        environment = runtime_config.environment_options(os.environ if environ is None else environ)
        options = runtime_config.resolve(str(app_folder), {**environment, **flags})
    except runtime_config.ConfigError as error:
        raise BuildError(str(error)) from None
    warnings = runtime_config.unknown_option_warnings(options) + site_config.ignored_option_warnings(options)
    return site_config.page_options(options), warnings


def runtime_for_site(request: BuildRequest, report: Report) -> tuple[list[app_files.AppFile], list[str]]:
    """The runtime's files: source with a snapshot (it is imported already), bytecode in
    place of the source when the page will boot Python without one."""
    runtime = archive.runtime_files()
    if request.snapshot:
        return runtime, []
    report("Compiling the runtime to bytecode (Pyodide in Node)...")
    try:
        compiled = bytecode.runtime_bytecode(archive.build_archive(runtime, []))
    except BuildError as error:
        return runtime, [f"the runtime ships as source only (a slower start): {error}"]
    return [item for item in runtime if not item.relative_path.endswith(".py")] + compiled, []


# The build runs the script in Node, where it cannot (and should not) reach the CDN.
PRERENDER_NEEDS_CDN = (
    "no pre-rendered first paint (the page shows a loading screen until the first run): the build cannot run the"
    " script without its packages from Pyodide's CDN, which only the page fetches. With --pyodide-dist DIR the"
    " build has them and pre-renders the first run."
)


@dataclass(frozen=True)
class Baked:
    snapshot: snapshot.Snapshot | None
    first_paint: FirstPaint | None
    # The stdlib zip's files the page needs at boot, as Node saw them; None: all of them.
    stdlib_files: tuple[str, ...] | None = None


def bake(
    request: BuildRequest,
    *,
    source: app_files.AppSource,
    bundle_bytes: bytes,
    config: dict[str, Any],
    site_packages: packages.SitePackages,
    report: Report,
) -> tuple[Baked, list[str]]:
    """Run Pyodide in Node: the memory snapshot, then the first run for the first paint.

    Both are optimizations: when one cannot be made the site still works, and the
    build says why in a warning. Both run app code (its packages, its script) only in
    the build's sandbox; without one, the first run is skipped.
    """
    warnings: list[str] = []
    confinement = sandbox.detect()
    note = sandbox.describe(confinement)
    if note and (request.snapshot or request.prerender):
        report(note)
    made_snapshot = None
    if request.snapshot:
        report("Baking the Python memory snapshot (Pyodide in Node)...")
        runtime_zip = archive.build_archive(archive.runtime_files(), [])
        made_snapshot, snapshot_warnings = snapshot.make_app_snapshot(
            runtime_zip, source.source_text, site_packages, confinement
        )
        warnings += snapshot_warnings
    first_paint = None
    stdlib_files = None
    if request.prerender and site_packages.from_cdn:
        report(f"Note: {PRERENDER_NEEDS_CDN}")
    elif request.prerender:
        first_paint, paint_warnings, stdlib_files = _prerender(
            source, bundle_bytes, config, made_snapshot, site_packages, confinement, report
        )
        warnings += paint_warnings
    # Without a first run, the snapshot's modules are the boot's, unless packages (which
    # import much of the stdlib when installed) come in the page.
    if stdlib_files is None and made_snapshot and not site_packages.packages:
        stdlib_files = made_snapshot.stdlib_files
    return Baked(made_snapshot, first_paint, stdlib_files), warnings


def _prerender(
    source: app_files.AppSource,
    bundle_bytes: bytes,
    config: dict[str, Any],
    made_snapshot: snapshot.Snapshot | None,
    site_packages: packages.SitePackages,
    confinement: sandbox.Sandbox | sandbox.NoSandbox,
    report: Report,
) -> tuple[FirstPaint | None, list[str], tuple[str, ...] | None]:
    """The first paint, made in the sandbox, never without one; and the stdlib's files
    the interpreter had imported after the runs."""
    skipped = "no pre-rendered first paint (the page shows a loading screen)"
    if isinstance(confinement, sandbox.NoSandbox):
        reason = f"{skipped}: the build runs the app's script only in a sandbox, and {confinement.reason}"
        return None, [reason], None
    report("Pre-rendering the first run (Pyodide in Node, sandboxed)...")
    outcome = render_first_paint(
        bundle_zip=bundle_bytes,
        entry=archive.app_entry_path(source.script.relative_to(source.folder).as_posix()),
        config=config,
        snapshot_path=made_snapshot.raw_path if made_snapshot else None,
        sandbox=confinement,
        packages=site_packages,
    )
    if isinstance(outcome, FirstPaint):
        return outcome, [], outcome.stdlib_files
    return None, [f"{skipped}: {outcome.reason}"], outcome.stdlib_files


def _site_packages(
    request: BuildRequest,
    source: app_files.AppSource,
    scripts: list[Path],
    app: list[app_files.AppFile],
    report: Report,
) -> packages.SitePackages:
    """Packages from requirements.txt, and from the imports of ``scripts`` (main script and
    pages) and of the app's modules they import."""
    roots = [script.relative_to(source.folder).as_posix() for script in scripts if script.is_relative_to(source.folder)]
    python_sources = app_imports.reachable_sources(app_imports.python_sources(app), roots)
    site_packages = packages.site_packages(
        source.folder, request.pyodide_dist, report=report, python_sources=python_sources
    )
    if site_packages.packages:
        report(f"Python packages: {packages.describe(site_packages)}")
    return site_packages


@dataclass(frozen=True)
class CheckedInput:
    """Everything read from the user's files, checked before any long step runs."""

    source: app_files.AppSource
    keep: tuple[str, ...]
    config: dict[str, Any]
    # The main script's pages (pages/ and the scripts st.navigation names).
    pages: list[Path]
    app: list[app_files.AppFile]
    warnings: list[str]


def check_input(request: BuildRequest) -> CheckedInput:
    """The script, the output folder, --include and --keep, the config and the app's files:
    a problem with any of them stops the build before it starts its long steps."""
    source = app_files.check_script(request.script)
    keep = output.check_keep_names(request.keep)
    if request.single_file:
        single_file.check_output_file(request.output)
    else:
        app_files.check_output_location(request.output, source.folder, keep)
    included = app_files.included_paths(source.folder, request.include)
    syntax.check_syntax(source.source_text, request.script)
    config, warnings = resolve_config(source.folder, request.config_flags)
    pages, page_warnings = page_scripts.check_page_scripts(source.script, source.folder)
    excluded = request.output.resolve()
    app, app_warnings = app_files.collect_app_files(source.folder, excluded=excluded, included=included)
    return CheckedInput(source, keep, config, pages, app, warnings + page_warnings + app_warnings)


def build(request: BuildRequest, report: Report = _stderr) -> BuildResult:
    checked = check_input(request)
    source, config, warnings = checked.source, checked.config, list(checked.warnings)

    node_deps.ensure_node_modules(report)
    app = checked.app
    site_packages = _site_packages(request, source, [source.script, *checked.pages], app, report)
    if request.single_file and site_packages.from_cdn:
        raise BuildError(
            f"a one-file app holds all of its packages, and {packages.describe_cdn(site_packages)} would come from"
            " Pyodide's CDN at run time: pass --pyodide-dist DIR (Pyodide's full release) to ship them in the file."
        )
    report("Bundling the page (esbuild)...")
    web = bundle.bundle_web(single_file=request.single_file)

    runtime, runtime_warnings = runtime_for_site(request, report)
    warnings += runtime_warnings
    bundle_bytes = archive.build_archive(runtime, app, compress=False)
    shipped_bundle = archive.site_bundle(bundle_bytes)
    bundle_name = archive.site_bundle_name(shipped_bundle)

    files: dict[str, bytes] = dict(web.files)
    report("Cutting the icon font down to the app's Material icons...")
    icon_fonts = icons.icon_fonts(file.data for file in app)
    files.update(icon_fonts.files)
    math_files, math_entry = math_assets.math_assets()
    files.update(math_files)
    files.update(pyodide_files.pyodide_files())
    frontend_files, frontend_folders = components.component_files(app)
    wheel_files, wheel_folders = components.wheel_component_files(
        package.data for package in site_packages.shipped if package.file_name.endswith(".whl")
    )
    if frontend_folders or wheel_folders:
        report(f"Serving the component frontends in {', '.join(frontend_folders + wheel_folders)} as site files...")
    files.update(frontend_files)
    files.update(wheel_files)
    files[bundle_name] = shipped_bundle
    files.update(site_packages.files())
    baked, bake_warnings = bake(
        request, source=source, bundle_bytes=bundle_bytes, config=config, site_packages=site_packages, report=report
    )
    warnings += bake_warnings
    if baked.snapshot:
        files[baked.snapshot.file_name] = baked.snapshot.compressed
    split = None
    # A one-file app holds every file anyway: the whole zip, once, is smaller than core + pieces.
    if baked.stdlib_files is not None and not request.single_file:
        held = baked.snapshot.stdlib_files if baked.snapshot else None
        split = stdlib_split.split_stdlib(pyodide_files.full_stdlib(), baked.stdlib_files, held)
        del files[pyodide_files.STDLIB_PATH]
        files.update(split.site_files())
    manifest = _manifest(source, web, files, bundle_name, config, baked, site_packages)
    # Where the stdlib modules the page's zip lacks are (stdlib_split.py), if it lacks any.
    manifest["stdlibPieces"] = stdlib_split.PIECES_FOLDER if split else None
    if split and split.after_snapshot_name and manifest["snapshot"]:
        # A page restored from the snapshot boots with this zip (a plain boot, with the core).
        manifest["snapshot"]["stdlib"] = split.after_snapshot_name
        manifest["snapshot"]["stdlibBytes"] = len(files[split.after_snapshot_name])
    manifest["offline"] = offline.manifest_entry(request.offline and not request.single_file)
    manifest["icons"] = icon_fonts.manifest
    manifest["math"] = math_entry
    if request.dev:
        manifest["dev"] = {"events": DEV_EVENTS_PATH, "version": request.dev_version}
    # The stylesheet is inlined in index.html (first paint waits for no request): the file goes.
    css = files.pop(web.stylesheet) if web.stylesheet else None
    # The theme last: its variables override the stylesheet's light ones (no flash, no script).
    themed = theme.theme_css(config)
    warnings += themed.warnings
    css = icon_fonts.css.encode("utf-8") + (css or b"") + themed.css.encode("utf-8")
    if request.single_file:
        page_bytes = _single_file_page(source, web, files, manifest, baked, css.decode("utf-8"))
        report(f"Writing {request.output}...")
        single_file.write_output_file(request.output, page_bytes)
        return BuildResult(request.output.resolve(), {request.output.name: page_bytes}, warnings)
    files["index.html"] = _index_html(source, web, files, manifest, baked, css)
    on_demand = offline.on_demand_files(web.library_files, _app_texts(app))
    files.update(_offline_files(request.offline, web, files, manifest, on_demand))
    files[".nojekyll"] = b""
    files[output.RECORD_NAME] = output.output_record(files)
    report(f"Writing {request.output}...")
    output.write_output_atomically(request.output, files, checked.keep)
    parts = SiteParts(checked, web, runtime, manifest, baked, css)
    return BuildResult(request.output.resolve(), files, warnings, parts)


def collect_app(request: BuildRequest, previous: BuildResult) -> tuple[list[app_files.AppFile], list[str]]:
    """The app folder's files as the build ships them (hidden and secret-looking ones left out)."""
    if previous.parts is None:
        raise BuildError("the dev loop needs a full build first")
    folder = previous.parts.checked.source.folder
    included = app_files.included_paths(folder, request.include)
    return app_files.collect_app_files(folder, excluded=request.output.resolve(), included=included)


def rebuild_app_files(
    request: BuildRequest, previous: BuildResult, version: int, app: list[app_files.AppFile]
) -> BuildResult:
    """The dev loop's fast path: the app's files (``app``, from collect_app) in a new app
    zip, with the rest of the last build (no bundling, no snapshot, no icon subset: the
    page falls back to the full icon font for names the subset lacks). Only the zip,
    index.html and the output record are written."""
    parts = previous.parts
    if parts is None:
        raise BuildError("the dev loop needs a full build first")
    bundle_bytes = archive.site_bundle(archive.build_archive(parts.runtime, app, compress=False))
    bundle_name = archive.site_bundle_name(bundle_bytes)
    # Earlier app zips stay (and in the output record): an open page that replaces its
    # worker (Stop) boots from the zip its manifest names, then gets the saved files again.
    files = dict(previous.files)
    files[bundle_name] = bundle_bytes
    manifest = {
        **parts.manifest,
        "bundle": bundle_name,
        "sizes": {**parts.manifest["sizes"], "bundle": len(bundle_bytes)},
    }
    manifest["dev"] = {**manifest["dev"], "version": version}
    source = parts.checked.source
    files["index.html"] = _index_html(source, parts.web, files, manifest, parts.baked, parts.css)
    files[output.RECORD_NAME] = output.output_record(files)
    # The zip before the page that names it.
    changed = {name: files[name] for name in (bundle_name, "index.html", output.RECORD_NAME)}
    output.update_files(request.output, changed)
    new_parts = SiteParts(replace(parts.checked, app=app), parts.web, parts.runtime, manifest, parts.baked, parts.css)
    return BuildResult(previous.output, files, [], new_parts)


def _manifest(
    source: app_files.AppSource,
    web: bundle.WebBundle,
    files: dict[str, bytes],
    bundle_name: str,
    config: dict[str, Any],
    baked: Baked,
    site_packages: packages.SitePackages,
) -> dict[str, Any]:
    """What the page and the worker need to boot (inlined in index.html)."""
    return {
        "entry": source.script.relative_to(source.folder).as_posix(),
        "worker": web.worker_script,
        "pyodide": f"{pyodide_files.PYODIDE_FOLDER}/",
        "stdlib": _stdlib_path(files),
        "bundle": bundle_name,
        "pyodideVersion": pyodide_files.pyodide_version(),
        "lock": packages.lock_file_contents(site_packages),
        "config": config,
        "sizes": {
            "pyodide.asm.wasm": len(files[f"{pyodide_files.PYODIDE_FOLDER}/pyodide.asm.wasm"]),
            "python_stdlib.zip": len(files[_stdlib_path(files)]),
            "bundle": len(files[bundle_name]),
        },
        "title": source.script.stem,
        "snapshot": snapshot.manifest_entry(baked.snapshot) if baked.snapshot else None,
        "packages": site_packages.manifest_entry(),
        "offline": None,
    }


def _stdlib_path(files: dict[str, bytes]) -> str:
    """The stdlib zip a plain boot mounts: the build's cut (stdlib_split.py), or Pyodide's whole."""
    return stdlib_split.CORE_NAME if stdlib_split.CORE_NAME in files else pyodide_files.STDLIB_PATH


def _app_texts(app: Iterable[app_files.AppFile]) -> list[str]:
    """The app's Python files as text (for what they name)."""
    return [file.data.decode("utf-8", "replace") for file in app if file.relative_path.endswith(".py")]


def _offline_files(
    enabled: bool,
    web: bundle.WebBundle,
    files: dict[str, bytes],
    manifest: dict[str, Any],
    on_demand: frozenset[str],
) -> dict[str, bytes]:
    """sw.js, and index.html with the site's version in it (the version covers index.html:
    it is hashed with a placeholder in the version's place)."""
    if not enabled:
        return {offline.SERVICE_WORKER: offline.retiring_service_worker(web.service_worker)}
    version = offline.site_version(files)
    index_html = offline.stamp_version(files["index.html"], version)
    stamped = {**files, "index.html": index_html}
    cdn = offline.cdn_files(manifest["packages"])
    return {
        "index.html": index_html,
        offline.SERVICE_WORKER: offline.service_worker_script(web.service_worker, stamped, cdn, version, on_demand),
    }


def _single_file_page(
    source: app_files.AppSource,
    web: bundle.WebBundle,
    files: dict[str, bytes],
    manifest: dict[str, Any],
    baked: Baked,
    css: str,
) -> bytes:
    """The one-file app: the page's shell, and every other file packed inside it. The
    fonts' rules go with the files (the loader gives them their blob: addresses)."""
    page_css, font_css = single_file.split_font_faces(css)
    packed = single_file.packed_files(files)
    fonts_path = f"assets/fonts-{content_hash(font_css.encode())}.css"
    packed[fonts_path] = font_css.encode("utf-8")
    shell = page.render_index_html(
        title=source.script.stem,
        manifest=manifest,
        main_script=None,
        stylesheet=web.stylesheet,
        preload_scripts=(),
        first_paint_html=baked.first_paint.html if baked.first_paint else None,
        first_paint_message=baked.first_paint.message if baked.first_paint else None,
        inline_style=stylesheet.inline_style_tag(page_css, web.stylesheet or "assets/main.css"),
        script_failure_watch=web.inline_scripts["script_failure_watch"],
    )
    return single_file.render_page(
        shell_html=shell,
        payload=single_file.pack(packed),
        loader=web.single_file_loader,
        main_script=web.main_script,
        fonts=fonts_path,
    )


def _index_html(
    source: app_files.AppSource,
    web: bundle.WebBundle,
    files: dict[str, bytes],
    manifest: dict[str, Any],
    baked: Baked,
    css: bytes | None,
) -> bytes:
    inline_style = None
    if css is not None and web.stylesheet:
        inline_style = stylesheet.inline_style_tag(css.decode("utf-8"), web.stylesheet)
    return page.render_index_html(
        title=source.script.stem,
        manifest=manifest,
        main_script=web.main_script,
        stylesheet=web.stylesheet,
        preload_scripts=web.preload_scripts,
        first_paint_html=baked.first_paint.html if baked.first_paint else None,
        first_paint_message=baked.first_paint.message if baked.first_paint else None,
        inline_style=inline_style,
        font_preload=stylesheet.text_font_preload(files),
        script_failure_watch=web.inline_scripts["script_failure_watch"],
        early_worker=web.inline_scripts["early_worker"],
        early_input=web.inline_scripts["early_input"],
    ).encode("utf-8")
