"""Turn what ``st.image`` accepts into a URL the page can show, without PIL or numpy.

URLs (http, https, data) pass through: the browser fetches them only because the app
asked. Files of the app folder, bytes, file-like objects, PIL-like objects (anything
with ``save(fp, format=...)``) and array-likes (``tolist()``: grey, RGB or RGBA pixels)
become ``data:`` URLs, because the app's files live in the worker, not on a server.
"""

from __future__ import annotations

import base64
import os
import re
import struct
import zlib
from io import BytesIO
from pathlib import Path
from typing import Any

from wasmlit.errors import StreamlitAPIException

_SVG_MARKUP = re.compile(r"(^\s?(<\?xml[\s\S]*<svg\s)|^\s?<svg\s|^\s?<svg>\s)")
_URL_SCHEMES = ("http://", "https://", "data:")
# Leading bytes -> MIME type.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"\x00\x00\x01\x00", "image/x-icon"),
)


class MediaFileStorageError(StreamlitAPIException):
    """A file the script named cannot be read (Streamlit's text)."""


MediaFileStorageError.__module__ = "wasmlit.errors"


def sniff_mime_type(data: bytes) -> str | None:
    """The image type from the first bytes, or None.

    >>> sniff_mime_type(b"\\x89PNG\\r\\n\\x1a\\n..."), sniff_mime_type(b"RIFF0000WEBPVP8 "), sniff_mime_type(b"hi")
    ('image/png', 'image/webp', None)
    """
    for signature, mime_type in _SIGNATURES:
        if data.startswith(signature):
            return mime_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[4:12] in (b"ftypavif", b"ftypavis"):
        return "image/avif"
    head = data[:1024].decode("utf-8", "ignore")
    if _SVG_MARKUP.search(head) or "<svg" in head:
        return "image/svg+xml"
    return None


def _data_url(data: bytes, mime_type: str) -> str:
    return f"data:{mime_type};base64,{base64.b64encode(data).decode('ascii')}"


def svg_url(markup: str) -> str:
    """An SVG string as a data URL; an ``<svg>`` without ``xmlns`` gets it (an ``<img>`` needs it)."""
    if "xmlns" not in markup:
        markup = markup.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    return _data_url(markup.encode("utf-8"), "image/svg+xml")


def bytes_url(data: bytes) -> str:
    mime_type = sniff_mime_type(data)
    if mime_type is None:
        raise StreamlitAPIException(
            f"st.image cannot identify the image data ({len(data)} bytes, starting with {data[:8]!r}). "
            "wasmlit shows PNG, JPEG, GIF, WebP, AVIF, BMP, ICO and SVG images, URLs, and pixel arrays."
        )
    return _data_url(data, mime_type)


def _path_url(path: str) -> str:
    if path.endswith(".svg") and os.path.isfile(path):
        with open(path, encoding="utf-8") as svg_file:
            return svg_url(svg_file.read())
    try:
        with open(path, "rb") as image_file:
            return bytes_url(image_file.read())
    except OSError:
        raise MediaFileStorageError(f"Error opening '{path}'") from None


def _pil_like_url(image: Any, output_format: str) -> str:
    fmt = output_format.upper() if output_format.upper() in ("PNG", "JPEG", "GIF", "WEBP") else None
    fmt = fmt or getattr(image, "format", None) or "PNG"
    buffer = BytesIO()
    image.save(buffer, format=fmt)
    return bytes_url(buffer.getvalue())


def image_url(image: Any, *, clamp: bool = False, channels: str = "RGB", output_format: str = "auto") -> str:
    """A URL for one image, whatever form the script gave it in."""
    if isinstance(image, Path):
        image = str(image)
    if isinstance(image, str):
        if not os.path.isfile(image) and image.startswith(_URL_SCHEMES):
            return image
        if _SVG_MARKUP.search(image):
            return svg_url(image)
        return _path_url(image)
    if isinstance(image, bytes | bytearray | memoryview):
        return bytes_url(bytes(image))
    if hasattr(image, "save") and hasattr(image, "size"):
        return _pil_like_url(image, output_format)
    if hasattr(image, "getvalue"):
        return bytes_url(bytes(image.getvalue()))
    if hasattr(image, "read"):
        return bytes_url(bytes(image.read()))
    if hasattr(image, "tolist") or _is_nested_list(image):
        pixels = image.tolist() if hasattr(image, "tolist") else image
        return _data_url(encode_png(pixels, clamp=clamp, bgr=channels.upper() == "BGR"), "image/png")
    raise StreamlitAPIException(
        f"st.image cannot show an object of type `{type(image).__name__}`. Pass a URL, a file path, bytes, "
        "a file-like object, a PIL image or an array of pixels."
    )


def _is_nested_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and isinstance(value[0], list)


def _channel_byte(value: Any, clamp: bool, is_float: bool) -> int:
    number = float(value) * 255 if is_float else float(value)
    if clamp:
        number = min(255.0, max(0.0, number))
    elif not 0 <= number <= 255:
        raise RuntimeError(
            "Data is outside [0.0, 1.0] and clamp is not set." if is_float else "Data is outside [0, 255]."
        )
    return int(number)


def encode_png(rows: list[Any], *, clamp: bool = False, bgr: bool = False) -> bytes:
    """Rows of pixels (numbers, or lists of 1, 3 or 4 channels) as a PNG file.

    Floats are 0.0-1.0, as Streamlit takes them; ints 0-255.

    >>> encode_png([[0, 255], [255, 0]])[:8]
    b'\\x89PNG\\r\\n\\x1a\\n'
    """
    first = rows[0][0] if rows and rows[0] else 0
    channels = len(first) if isinstance(first, list) else 1
    if channels not in (1, 3, 4):
        raise StreamlitAPIException(f"Image arrays need 1, 3 or 4 channels per pixel, not {channels}.")
    flat = [value for row in rows for pixel in row for value in (pixel if isinstance(pixel, list) else [pixel])]
    is_float = any(isinstance(value, float) for value in flat)
    raw = bytearray()
    for row in rows:
        raw.append(0)  # filter type: none
        for pixel in row:
            values = pixel if isinstance(pixel, list) else [pixel]
            if bgr and channels >= 3:
                values = [values[2], values[1], values[0], *values[3:]]
            raw.extend(_channel_byte(value, clamp, is_float) for value in values)
    color_type = {1: 0, 3: 2, 4: 6}[channels]
    header = struct.pack(">IIBBBBB", len(rows[0]), len(rows), 8, color_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(bytes(raw)))
        + _chunk(b"IEND", b"")
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
