"""``--serve``: a local static server for the output folder, as a static host would."""

from __future__ import annotations

import functools
import http.server
import socketserver
from pathlib import Path
from typing import ClassVar

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
    extensions_map: ClassVar[dict[str, str]] = {  # type: ignore[misc]
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        **_TYPES,
    }

    def log_message(self, format: str, *args: object) -> None:
        """Keep the terminal for the URL and errors."""


class StaticServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    @property
    def port(self) -> int:
        return int(self.server_address[1])


def make_server(folder: Path, port: int = 0) -> StaticServer:
    """A threaded static server on 127.0.0.1 (port 0 picks a free one)."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    return StaticServer(("127.0.0.1", port), handler)


def serve(folder: Path, port: int) -> None:
    with make_server(folder, port) as server:
        print(f"Serving {folder} at http://127.0.0.1:{server.port}/  (Ctrl+C to stop)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            print("\nStopped.")
