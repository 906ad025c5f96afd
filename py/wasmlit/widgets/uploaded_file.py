"""``UploadedFile`` and how uploaded bytes travel from the page to Python.

Transport: the file uploader's widget value *is* the upload. The page reads each chosen
file and sends a JSON list of ``{"fileId", "name", "type", "size", "data"}`` objects, where
``data`` is the file's bytes in base64, inside the ordinary rerun message. Limits: base64
adds a third; the page, the worker message and Python each hold a copy while a run is
being planned, so files of a few tens of MB are comfortable and hundreds of MB are not
(``max_upload_size``, default 200 MB as in Streamlit, is enforced in the page).

Decoded bytes are remembered per ``fileId`` while a widget still holds the file, so later
runs do not decode them again.
"""

from __future__ import annotations

import base64
import binascii
import io
import weakref
from typing import Any

# fileId -> the stored UploadedFile holding its bytes; entries go when Session State drops them.
_decoded: weakref.WeakValueDictionary[str, UploadedFile] = weakref.WeakValueDictionary()


class UploadedFile(io.BytesIO):
    """A file uploaded by a user: an ``io.BytesIO`` with ``file_id``, ``name``, ``type`` and ``size``.

    >>> upload = UploadedFile("f1", "a.csv", "text/csv", b"a,b")
    >>> upload.read(), upload.getvalue(), upload.size
    (b'a,b', b'a,b', 3)
    >>> upload == UploadedFile("f1", "other.csv", "text/csv", b"")
    True
    """

    def __init__(self, file_id: str, name: str, type: str, data: bytes) -> None:
        super().__init__(data)
        self.file_id = file_id
        self.name = name
        self.type = type
        self.size = len(data)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UploadedFile):
            return NotImplemented
        return self.file_id == other.file_id

    def __hash__(self) -> int:
        return hash(self.file_id)

    def __repr__(self) -> str:
        return f"UploadedFile(file_id={self.file_id!r}, name={self.name!r}, type={self.type!r}, size={self.size!r})"

    def __deepcopy__(self, memo: dict[int, Any]) -> UploadedFile:
        """Each run's copy starts at position 0 and shares the (immutable) bytes."""
        return UploadedFile(self.file_id, self.name, self.type, self.getvalue())

    def __copy__(self) -> UploadedFile:
        return self.__deepcopy__({})

    def __reduce__(self) -> tuple[Any, ...]:
        return (UploadedFile, (self.file_id, self.name, self.type, self.getvalue()))


def file_from_browser(record: Any) -> UploadedFile | None:
    """One file record from the page; None when it is malformed or its bytes are gone."""
    if not isinstance(record, dict):
        return None
    file_id = record.get("fileId")
    name = record.get("name")
    if not isinstance(file_id, str) or not isinstance(name, str):
        return None
    mime = record.get("type")
    mime = mime if isinstance(mime, str) and mime else "application/octet-stream"
    known = _decoded.get(file_id)
    if known is not None:
        # The same object goes back into Session State, which keeps the cache entry alive;
        # the script always gets a copy of it.
        return known
    encoded = record.get("data")
    if not isinstance(encoded, str):
        return None
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        return None
    upload = UploadedFile(file_id, name, mime, data)
    _decoded[file_id] = upload
    return upload


def file_to_browser(upload: UploadedFile, *, with_data: bool = True) -> dict[str, Any]:
    """The page's record of a file; ``with_data=False`` for the element props (names only)."""
    record: dict[str, Any] = {"fileId": upload.file_id, "name": upload.name, "type": upload.type, "size": upload.size}
    if with_data:
        record["data"] = base64.b64encode(upload.getvalue()).decode("ascii")
    return record
