"""``--serve``: a local static server for the output folder, as a static host would."""

from __future__ import annotations

import functools
import http.server
import socketserver
from pathlib import Path

_TYPES = {
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".wasm": "application/wasm",
    ".css": "text/css",
    ".json": "application/json",
    ".zip": "application/zip",
    ".woff2": "font/woff2",
}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **_TYPES}

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        """Keep the terminal for the URL and errors."""


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def serve(folder: Path, port: int) -> None:
    handler = functools.partial(_QuietHandler, directory=str(folder))
    with _Server(("127.0.0.1", port), handler) as server:
        host, bound_port = server.server_address[:2]
        print(f"Serving {folder} at http://{host}:{bound_port}/  (Ctrl+C to stop)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            print("\nStopped.")
