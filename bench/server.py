"""A static server that compresses like a static host (GitHub Pages, a CDN) would.

Text types and WebAssembly go out gzip-compressed when the browser accepts it; files
that are already compressed (zip, woff2, the snapshot) go out as they are. HTTP/1.1
keep-alive, as real hosts. Compressed bodies are made once and kept in memory.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import socketserver
import threading
from pathlib import Path
from typing import ClassVar

COMPRESSED_TYPES = ("text/", "application/javascript", "application/json", "application/wasm", "image/svg+xml")
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".css": "text/css",
    ".json": "application/json",
    ".wasm": "application/wasm",
    ".zip": "application/zip",
    ".woff2": "font/woff2",
    ".svg": "image/svg+xml",
}


class _Compressed:
    """Gzip bodies by path, made on first request (level 6, as hosts commonly use)."""

    def __init__(self) -> None:
        self._bodies: dict[tuple[str, float], bytes] = {}
        self._lock = threading.Lock()

    def body(self, path: Path) -> bytes:
        key = (str(path), path.stat().st_mtime)
        with self._lock:
            if key not in self._bodies:
                self._bodies[key] = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
            return self._bodies[key]


class ByteCounter:
    """Bytes the server sent (status line, headers and body), since the last reset."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sent: dict[str, int] = {}

    def add(self, path: str, count: int) -> None:
        with self._lock:
            self._sent[path] = self._sent.get(path, 0) + count

    def take(self) -> dict[str, int]:
        with self._lock:
            sent, self._sent = self._sent, {}
            return sent


class _StaticHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    compressed: ClassVar[_Compressed] = _Compressed()
    counter: ClassVar[ByteCounter] = ByteCounter()

    def __init__(self, *args: object, root: Path, **kwargs: object) -> None:
        self.root = root
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def _file_for(self, url_path: str) -> Path | None:
        relative = url_path.split("?", 1)[0].lstrip("/")
        candidate = (self.root / relative).resolve()
        if not str(candidate).startswith(str(self.root.resolve())):
            return None
        if candidate.is_dir():
            candidate = candidate / "index.html"
        return candidate if candidate.is_file() else None

    def do_GET(self) -> None:
        path = self._file_for(self.path)
        if path is None:
            self.send_error(404)
            return
        content_type = CONTENT_TYPES.get(path.suffix, "application/octet-stream")
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if accepts_gzip and content_type.startswith(COMPRESSED_TYPES):
            body = self.compressed.body(path)
            encoding: str | None = "gzip"
        else:
            body = path.read_bytes()
            encoding = None
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Cache-Control", "max-age=600")
        header_bytes = sum(len(line) for line in getattr(self, "_headers_buffer", [])) + 2
        self.end_headers()
        self.wfile.write(body)
        self.counter.add(self.path, header_bytes + len(body))

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the bench prints its own table."""


class BenchServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A browser context closed mid-download: expected, not worth a traceback."""

    @property
    def bytes_sent(self) -> ByteCounter:
        return _StaticHandler.counter

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"


def start_server(root: Path) -> BenchServer:
    handler = functools.partial(_StaticHandler, root=root)
    server = BenchServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
