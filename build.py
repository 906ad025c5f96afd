#!/usr/bin/env python3
"""Build a Streamlit-style script into a static website.

    python build.py APP.py [--out DIR] [--serve] [--port N] [--cross-origin-isolated]
                    [--no-snapshot] [--no-prerender] [--no-offline] [--pyodide-dist DIR] [--include PATH ...]
                    [--keep NAME ...] [--section.option VALUE ...]
    python build.py APP.py --single-file [--out app.html] [...]
    python build.py APP.py --github-pages-workflow

The output folder (default ``dist/``) can be hosted on any static host, such as
GitHub Pages. Python packages come from ``requirements.txt`` next to the script.
Streamlit config options can be given as flags, as with ``streamlit run``:
``--runner.enforceSerializableSessionState true``.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import Any

from wasmlit_build import app_files, github_pages
from wasmlit_build.dev_loop import serve_and_watch
from wasmlit_build.dev_server import DevChannel, dev_handler_class
from wasmlit_build.errors import BuildError
from wasmlit_build.pipeline import BuildRequest, build
from wasmlit_build.runtime import runtime_config
from wasmlit_build.serve import open_server


def parse_arguments(argv: list[str]) -> tuple[argparse.Namespace, dict[str, Any]]:
    parser = argparse.ArgumentParser(
        prog="python build.py",
        description="Build a Streamlit-style Python script into a static website run by Pyodide.",
        epilog="Streamlit config options may be passed as flags, e.g. --runner.enforceSerializableSessionState true",
    )
    parser.add_argument("script", help="the app's Python script, e.g. app.py")
    parser.add_argument(
        "--out", help="output folder (default: dist), or with --single-file the file (default: app.html)"
    )
    parser.add_argument(
        "--serve",
        action="store_true",
        help="the dev loop: build (without pre-render), serve on 127.0.0.1, watch the app folder, rebuild on save;"
        " open pages rerun the saved script keeping Session State",
    )
    parser.add_argument("--port", type=int, default=8000, help="port for --serve (default: 8000)")
    parser.add_argument(
        "--github-pages-workflow",
        action="store_true",
        help="write .github/workflows/wasmlit-pages.yml into the app's git repository (it builds the app and"
        " publishes it with GitHub Pages on every push), then stop",
    )
    parser.add_argument(
        "--cross-origin-isolated",
        action="store_true",
        help="with --serve, send COOP/COEP headers so Stop and clicks interrupt a busy script at once",
    )
    parser.add_argument(
        "--no-snapshot",
        dest="snapshot",
        action="store_false",
        help="ship no Python memory snapshot: about 6 MB less to download, about a second slower to start",
    )
    parser.add_argument(
        "--no-prerender",
        dest="prerender",
        action="store_false",
        help="do not pre-render the first run into index.html (show a loading screen instead)",
    )
    parser.add_argument(
        "--no-offline",
        dest="offline",
        action="store_false",
        help="register no service worker: the site then needs its host on every visit (by default it works offline"
        " after the first one)",
    )
    parser.add_argument(
        "--single-file",
        action="store_true",
        help="write the whole app as one HTML file (--out app.html) that opens from file:// with no server and no"
        " network",
    )
    parser.add_argument(
        "--pyodide-dist",
        metavar="DIR",
        type=Path,
        help="an unpacked Pyodide release (holding pyodide-lock.json and its wheels): ship Pyodide's packages"
        " (numpy, pandas, ...) with the site instead of fetching them from Pyodide's CDN at run time (fully offline)",
    )
    parser.add_argument(
        "--include",
        metavar="PATH",
        action="append",
        default=[],
        help="ship this file of the app folder although it is hidden or looks like a secret (repeatable)",
    )
    parser.add_argument(
        "--keep",
        metavar="NAME",
        action="append",
        default=[],
        help="leave this entry of the output folder in place, e.g. --keep .git --keep CNAME (repeatable)",
    )
    arguments, rest = parser.parse_known_args(argv)
    if arguments.single_file and (arguments.serve or arguments.keep):
        parser.error("--single-file writes one file: --serve and --keep are for a site's folder")
    if arguments.out is None:
        arguments.out = "app.html" if arguments.single_file else "dist"
    flags: dict[str, Any] = {}
    index = 0
    while index < len(rest):
        item = rest[index]
        if not item.startswith("--") or "." not in item:
            parser.error(f"unrecognized argument: {item}")
        key, has_value, value = item[2:].partition("=")
        if not has_value:
            if index + 1 >= len(rest) or rest[index + 1].startswith("--"):
                value = "true"
            else:
                index += 1
                value = rest[index]
        if key not in runtime_config.known_option_names():
            parser.error(f'"{key}" is not a valid config option.')
        try:
            flags[key] = runtime_config.parse_flag_value(key, value)
        except runtime_config.ConfigError as error:
            parser.error(str(error))
        index += 1
    return arguments, flags


def _check_text_arguments(arguments: argparse.Namespace) -> None:
    """No file name holds a NUL byte: say so before anything reads or writes."""
    named = [("the script", arguments.script), ("--out", arguments.out), ("--pyodide-dist", arguments.pyodide_dist)]
    named += [("--include", value) for value in arguments.include] + [("--keep", value) for value in arguments.keep]
    for what, value in named:
        if value is not None and "\0" in str(value):
            raise BuildError(f"{what} {str(value)!r} contains a NUL byte, which no file name can hold.")


def _request(arguments: argparse.Namespace, flags: dict[str, Any]) -> BuildRequest:
    return BuildRequest(
        script=arguments.script,
        output=Path(arguments.out),
        config_flags=flags,
        snapshot=arguments.snapshot,
        # The dev loop rebuilds on every save: a pre-rendered first run would be stale at once.
        prerender=arguments.prerender and not arguments.serve,
        dev=arguments.serve,
        pyodide_dist=arguments.pyodide_dist,
        include=arguments.include,
        keep=arguments.keep,
        # A service worker would keep serving the version a dev page was loaded with.
        offline=arguments.offline and not arguments.serve,
        single_file=arguments.single_file,
    )


def write_pages_workflow(script: str) -> int:
    try:
        app_files.check_script(script)
        path = github_pages.write_workflow(Path(script))
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(
        f"Wrote {path}. Commit and push it; then, once, in the repository's Settings -> Pages -> Build and"
        " deployment, choose the source 'GitHub Actions'."
    )
    return 0


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB, {size:,} bytes"


def main(argv: list[str]) -> int:
    arguments, flags = parse_arguments(argv)
    if arguments.github_pages_workflow:
        return write_pages_workflow(arguments.script)
    with contextlib.ExitStack() as cleanup:
        try:
            _check_text_arguments(arguments)
            server = None
            channel = DevChannel()
            if arguments.serve:
                # Bound first: a port in use stops the build before it replaces the old site.
                isolated = arguments.cross_origin_isolated
                server = open_server(
                    Path(arguments.out).absolute(),
                    arguments.port,
                    cross_origin_isolated=isolated,
                    handler_class=dev_handler_class(channel, cross_origin_isolated=isolated),
                )
                cleanup.callback(server.server_close)
            request = _request(arguments, flags)
            result = build(request)
        except BuildError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        except OSError as error:  # the machine's, not the input's: still one line, not a traceback
            print(f"error: {error.strerror or error} ({error.filename or 'no file'}).", file=sys.stderr)
            return 1
        for warning in result.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        if arguments.single_file:
            print(f"Built {result.output} ({_megabytes(len(result.files[result.output.name]))}).")
        else:
            print(f"Built {result.output} ({len(result.files)} files).")
        if server is not None:
            cleanup.pop_all()
            serve_and_watch(request, result, server, channel)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
