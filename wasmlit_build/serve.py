"""``--serve``: a local static server for the output folder, as a static host would.

With ``cross_origin_isolated`` it also sends the two headers that let the page share
memory with its worker (``SharedArrayBuffer``): then Stop and new clicks reach a busy
script at once. Static hosts that cannot send headers (GitHub Pages) still work: the
app falls back to queuing clicks and to replacing the worker on Stop.
"""

from __future__ import annotations

import errno
import functools
import http.server
import socketserver
import sys
from pathlib import Path
from typing import ClassVar

from wasmlit_build.errors import BuildError

_TYPES = {
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".wasm": "application/wasm",
    ".css": "text/css",
    ".json": "application/json",
    ".zip": "application/zip",
    ".woff2": "font/woff2",
}


ISOLATION_HEADERS = {
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Embedder-Policy": "require-corp",
    "Cross-Origin-Resource-Policy": "same-origin",
}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map: ClassVar[dict[str, str]] = {  # type: ignore[misc]
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        **_TYPES,
    }
    cross_origin_isolated = False

    def log_message(self, format: str, *args: object) -> None:
        """Keep the terminal for the URL and errors."""

    def end_headers(self) -> None:
        if self.cross_origin_isolated:
            for name, value in ISOLATION_HEADERS.items():
                self.send_header(name, value)
        super().end_headers()


class _IsolatingHandler(_QuietHandler):
    cross_origin_isolated = True


class StaticServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A tab closed mid-download (a reload, the service worker's precache cut short):
        expected, not worth a traceback. Anything else is still printed."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]

    @property
    def port(self) -> int:
        return int(self.server_address[1])


def make_server(
    folder: Path,
    port: int = 0,
    *,
    cross_origin_isolated: bool = False,
    handler_class: type[http.server.SimpleHTTPRequestHandler] | None = None,
) -> StaticServer:
    """A threaded static server on 127.0.0.1 (port 0 picks a free one); ``handler_class``
    replaces the plain one (the dev loop's, wasmlit_build/dev_server.py)."""
    if handler_class is None:
        handler_class = _IsolatingHandler if cross_origin_isolated else _QuietHandler
    handler = functools.partial(handler_class, directory=str(folder))
    return StaticServer(("127.0.0.1", port), handler)


def check_port(port: int) -> None:
    """``--port`` must be a TCP port (0 lets the system pick a free one).

    >>> check_port(70000)
    Traceback (most recent call last):
    wasmlit_build.errors.BuildError: --port 70000 is out of range: pass a port from 1 to 65535 (or 0 for any free one).
    """
    if not 0 <= port <= 65535:
        raise BuildError(f"--port {port} is out of range: pass a port from 1 to 65535 (or 0 for any free one).")


def open_server(
    folder: Path,
    port: int,
    *,
    cross_origin_isolated: bool = False,
    handler_class: type[http.server.SimpleHTTPRequestHandler] | None = None,
) -> StaticServer:
    """The ``--serve`` server, bound before the build starts, so that a port in use stops
    the build before it replaces anything."""
    check_port(port)
    try:
        return make_server(folder, port, cross_origin_isolated=cross_origin_isolated, handler_class=handler_class)
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            raise BuildError(f"port {port} on 127.0.0.1 is in use; pass another one with --port N.") from None
        raise BuildError(f"cannot serve on 127.0.0.1 port {port}: {error.strerror}.") from None


def serve_until_stopped(server: StaticServer, folder: Path, *, cross_origin_isolated: bool = False) -> None:
    with server:
        isolation = " with cross-origin isolation" if cross_origin_isolated else ""
        print(f"Serving {folder} at http://127.0.0.1:{server.port}/{isolation}  (Ctrl+C to stop)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            print("\nStopped.")


def serve(folder: Path, port: int, *, cross_origin_isolated: bool = False) -> None:
    server = open_server(folder, port, cross_origin_isolated=cross_origin_isolated)
    serve_until_stopped(server, folder, cross_origin_isolated=cross_origin_isolated)
