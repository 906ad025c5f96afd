"""Content hashes for cache-safe file names."""

from __future__ import annotations

import hashlib


def content_hash(data: bytes, length: int = 10) -> str:
    """A short, stable name part for ``data``.

    >>> content_hash(b"wasmlit")
    '5d77f2cbda'
    """
    return hashlib.sha256(data).hexdigest()[:length]
