"""The spinner a cached function shows while it computes a missing value.

It is transient, as in Streamlit: it appears where the call writes (the innermost
``with`` block, or the main area), is flushed to the page at once so a slow computation
shows it, and leaves the element tree when the value is ready. The page renders the
``cache_spinner`` type with Streamlit's ``stSpinner`` test id.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from wasmlit.catalogue import CACHE_SPINNER
from wasmlit.runtime import context


@contextmanager
def cache_spinner(message: str) -> Iterator[None]:
    from wasmlit import _dispatch

    node = _dispatch._emit(CACHE_SPINNER, {"text": message})
    context.yield_point(force=True)
    try:
        yield
    finally:
        tree = context.current().tree
        if tree.nodes.get(node.id) is node:
            tree.remove(node)
