"""``sw.js``: the service worker that keeps a site working offline after the first visit.

The build writes the list of every file the page needs, each with its SHA-256, in front
of the service worker's code (``web/offline/service_worker.js``), together with the
site's *version*: a hash of all of those files, ``index.html`` included. A new
deployment is therefore a new ``sw.js``; the browser installs it beside the old one,
and it caches the new version's files in a cache of their own, each checked against
its hash, before it serves any of them. A tab keeps the version it was loaded with.

``index.html`` carries the version in its boot manifest (the page compares it with the
service worker's), and the version covers ``index.html``: the page is hashed with a
placeholder in the version's place, then the placeholder is replaced.

``--no-offline`` still writes a ``sw.js``: one that removes the service worker and the
caches an earlier offline build of the same site left in visitors' browsers (without
it, they would keep serving that build, since a missing ``sw.js`` does not unregister
one).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from wasmlit_build.output import RECORD_NAME, SERVICE_WORKER_NAME

SERVICE_WORKER = SERVICE_WORKER_NAME
# Stands for the version in index.html while the version is computed.
VERSION_PLACEHOLDER = "wasmlit-site-version-placeholder"
# Files of the site that no page asks for.
_NOT_PRECACHED = frozenset({".nojekyll", RECORD_NAME, SERVICE_WORKER})


# What in an app's files shows that it may draw with a chart library (wasmlit_build.bundle's
# CHART_LIBRARIES). A false match only costs the bytes of precaching the library.
_LIBRARY_MENTIONS: dict[str, re.Pattern[str]] = {
    "vega": re.compile(r"(line|area|bar|scatter|vega_lite|altair)_chart|altair|vega"),
    "plotly": re.compile(r"plotly"),
    "graphviz": re.compile(r"graphviz"),
    "leaflet": re.compile(r"\bmap\b"),
}


def on_demand_files(library_files: Mapping[str, Iterable[str]], app_texts: Iterable[str]) -> frozenset[str]:
    """The chart libraries' files the app's source never names: the service worker caches
    them when a page first asks (checked against their hash) instead of downloading
    megabytes of chart code on every first visit to an app that draws no chart.

    >>> sorted(on_demand_files({"plotly": ["p.js"], "vega": ["v.js"]}, ["st.line_chart(data)"]))
    ['p.js']
    """
    text = "\n".join(app_texts)
    return frozenset(
        path
        for library, paths in library_files.items()
        if not _LIBRARY_MENTIONS[library].search(text)
        for path in paths
    )


def manifest_entry(offline: bool) -> dict[str, str] | None:
    """The boot manifest's ``offline`` field: where the service worker is, and the version."""
    return {"serviceWorker": SERVICE_WORKER, "version": VERSION_PLACEHOLDER} if offline else None


def precached_files(files: Mapping[str, bytes], on_demand: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """Every file a page of this site may ask for, with its SHA-256 and size, by name;
    ``onDemand`` marks the ones cached when first asked for rather than on install.

    >>> precached_files({"index.html": b"", ".nojekyll": b"", "sw.js": b""})[0]["path"]
    'index.html'
    >>> precached_files({"a.js": b""}, frozenset({"a.js"}))[0]["onDemand"]
    True
    """
    return [
        {"path": name, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
        | ({"onDemand": True} if name in on_demand else {})
        for name, data in sorted(files.items())
        if name not in _NOT_PRECACHED
    ]


def site_version(files: Mapping[str, bytes]) -> str:
    """A hash of every precached file (``index.html`` with the placeholder in it).

    >>> site_version({"index.html": b"a"}) == site_version({"index.html": b"b"})
    False
    """
    listing = json.dumps(precached_files(files), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(listing.encode()).hexdigest()[:16]


def stamp_version(index_html: bytes, version: str) -> bytes:
    """``index.html`` with its version in place of the placeholder (which occurs once)."""
    placeholder = VERSION_PLACEHOLDER.encode()
    if index_html.count(placeholder) != 1:
        raise AssertionError("index.html must hold the version placeholder exactly once")
    return index_html.replace(placeholder, version.encode())


def cdn_files(packages_entry: Mapping[str, Any] | None) -> list[dict[str, str]]:
    """The files the page fetches from Pyodide's CDN, with the pinned SHA-256 of each."""
    if not packages_entry:
        return []
    return [{"url": item["path"], "sha256": item["sha256"]} for item in packages_entry["files"] if item.get("cdn")]


def service_worker_script(
    code: str,
    files: Mapping[str, bytes],
    cdn: Iterable[dict[str, str]],
    version: str,
    on_demand: frozenset[str] = frozenset(),
) -> bytes:
    """``sw.js`` for an offline site: its file list, then the service worker's code."""
    offline = {"version": version, "files": precached_files(files, on_demand), "cdn": list(cdn)}
    return _with_data(code, offline)


def retiring_service_worker(code: str) -> bytes:
    """``sw.js`` for a ``--no-offline`` site: it removes an earlier build's service worker."""
    return _with_data(code, None)


def _with_data(code: str, offline: dict[str, Any] | None) -> bytes:
    data = json.dumps(offline, sort_keys=True, separators=(",", ":"))
    return f"const WASMLIT_OFFLINE = {data};\n{code}\n".encode()
