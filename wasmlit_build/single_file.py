"""``--single-file``: the whole app in one HTML file that opens from ``file://``, offline.

The page's shell (the inline stylesheet, the boot manifest, the first paint) stays HTML;
every other file of the site (the page and worker scripts, Pyodide's wasm and standard
library, the runtime and app archive, the wheels, the fonts) goes into one gzip stream
inside the page, as raw bytes rather than base64 (which would cost a third more):

- the file is declared ``windows-1252``, a charset in which every byte is one character,
  so the page's script gets the bytes back one character each (``web/single_file/
  loader.js``);
- the HTML parser would change four bytes inside a ``<script>``: NUL, CR, and ``<``
  (which could end the element), so those, and the escape byte itself, are written as
  the escape byte followed by a letter (1.6 % more bytes on compressed data);
- the rest of the page is ASCII: non-ASCII characters are written as character
  references in HTML, ``\\uXXXX`` in scripts and JSON, ``\\XXXXXX`` in CSS.

The archive is a JSON list of ``{path, size}``, then the files' bytes one after the
other, preceded by the list's length (4 bytes, little-endian).
"""

from __future__ import annotations

import gzip
import html
import json
import re
import struct
from collections.abc import Mapping
from pathlib import Path

from wasmlit_build.errors import BuildError

# The escape byte, and the bytes it stands for (by the letter after it).
ESCAPE = 0x01
ESCAPED = {0x00: ord("a"), 0x0D: ord("b"), 0x3C: ord("c"), ESCAPE: ord("d")}
# Marks a file as a one-file app this build may overwrite (in the first bytes of the file).
GENERATOR = '<meta name="generator" content="wasmlit --single-file">'
# The site's files a one-file app does not need: it has no service worker, and the shell is inline.
NOT_PACKED = frozenset({"index.html", ".nojekyll", ".wasmlit-output.json", "sw.js"})
_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}")


def pack(files: Mapping[str, bytes]) -> bytes:
    """The archive of ``files``, gzip-compressed (deterministic: no time, no name).

    >>> import gzip; unpacked = gzip.decompress(pack({"a": b"xy"}))
    >>> unpacked[4:4 + int.from_bytes(unpacked[:4], "little")]
    b'[{"path":"a","size":2}]'
    """
    names = sorted(files)
    listing = json.dumps([{"path": name, "size": len(files[name])} for name in names], separators=(",", ":"))
    header = listing.encode("ascii")
    body = b"".join([struct.pack("<I", len(header)), header, *(files[name] for name in names)])
    return gzip.compress(body, compresslevel=9, mtime=0)


_ESCAPE_TABLE = {byte: bytes([ESCAPE, letter]) for byte, letter in ESCAPED.items()}


def escape_bytes(data: bytes) -> bytes:
    """Bytes that survive inside a ``<script>`` of a windows-1252 page.

    >>> escape_bytes(b"a<\\x00\\r\\x01b")
    b'a\\x01c\\x01a\\x01b\\x01db'
    """
    # bytes.translate maps byte to byte: split on the escape byte first, then the others.
    parts = data.split(bytes([ESCAPE]))
    escaped_parts = []
    for part in parts:
        for byte in (0x00, 0x0D, 0x3C):
            part = part.replace(bytes([byte]), _ESCAPE_TABLE[byte])
        escaped_parts.append(part)
    return _ESCAPE_TABLE[ESCAPE].join(escaped_parts)


def _ascii_script(text: str) -> str:
    r"""JavaScript or JSON with every non-ASCII character as a ``\u`` escape (UTF-16 units).

    >>> _ascii_script('"é😀"')
    '"\\u00e9\\ud83d\\ude00"'
    """

    def escape(match: re.Match[str]) -> str:
        encoded = match.group(0).encode("utf-16-le")
        return "".join(f"\\u{int.from_bytes(encoded[i : i + 2], 'little'):04x}" for i in range(0, len(encoded), 2))

    return re.sub(r"[^\x00-\x7f]", escape, text)


def _ascii_css(text: str) -> str:
    r"""CSS with every non-ASCII character as a ``\XXXXXX`` escape.

    >>> _ascii_css('a::before{content:"→"}')
    'a::before{content:"\\002192"}'
    """
    return re.sub(r"[^\x00-\x7f]", lambda match: f"\\{ord(match.group(0)):06x}", text)


def _ascii_html(text: str) -> str:
    """HTML text and attributes with every non-ASCII character as a character reference."""
    return re.sub(r"[^\x00-\x7f]", lambda match: f"&#x{ord(match.group(0)):x};", text)


_RAW_TEXT = re.compile(r"(<script\b[^>]*>)(.*?)(</script>)|(<style\b[^>]*>)(.*?)(</style>)", re.DOTALL | re.IGNORECASE)


def ascii_page(html: str) -> str:
    """An HTML page in ASCII only, each part escaped the way its own syntax reads back.

    >>> ascii_page('<p title="é">é</p><script>"é"</script><style>a{content:"é"}</style>')
    '<p title="&#xe9;">&#xe9;</p><script>"\\\\u00e9"</script><style>a{content:"\\\\0000e9"}</style>'
    """
    pieces = []
    position = 0
    for match in _RAW_TEXT.finditer(html):
        pieces.append(_ascii_html(html[position : match.start()]))
        if match.group(1):
            pieces.append(_ascii_html(match.group(1)) + _ascii_script(match.group(2)) + match.group(3))
        else:
            pieces.append(_ascii_html(match.group(4)) + _ascii_css(match.group(5)) + match.group(6))
        position = match.end()
    pieces.append(_ascii_html(html[position:]))
    return "".join(pieces)


def split_font_faces(css: str) -> tuple[str, str]:
    """The stylesheet without its ``@font-face`` rules, and those rules: their fonts are
    files of the archive, so the loader adds the rules once it has their addresses.

    >>> split_font_faces('a{b:c}@font-face{src:url("f.woff2")}d{e:f}')
    ('a{b:c}d{e:f}', '@font-face{src:url("f.woff2")}')
    """
    return _FONT_FACE.sub("", css), "\n".join(_FONT_FACE.findall(css))


def packed_files(files: Mapping[str, bytes]) -> dict[str, bytes]:
    """The site's files the archive holds."""
    return {name: data for name, data in files.items() if name not in NOT_PACKED}


def render_page(*, shell_html: str, payload: bytes, loader: str, main_script: str, fonts: str) -> bytes:
    """The one-file app: the shell (an HTML page without its page script), with the
    archive and the loader before ``</body>``; the loader starts ``main_script`` and adds
    the ``fonts`` stylesheet, both files of the archive."""
    if "</body>" not in shell_html:
        raise AssertionError("the page's shell has no </body>")
    head, tail = shell_html.rsplit("</body>", 1)
    head = head.replace('<meta charset="utf-8">', f'<meta charset="windows-1252">\n{GENERATOR}', 1)
    before = ascii_page(head).encode("ascii")
    return b"".join(
        [
            before,
            f'<script id="wasmlit-files" type="application/octet-stream" data-main="{html.escape(main_script)}"'
            f' data-fonts="{html.escape(fonts)}">'.encode("ascii"),
            escape_bytes(payload),
            b"</script>\n<script>",
            _ascii_script(loader).encode("ascii"),
            b"</script>\n</body>",
            ascii_page(tail).encode("ascii"),
        ]
    )


def check_output_file(output: Path) -> None:
    """A one-file app replaces a file only when an earlier one-file build wrote it."""
    if output.is_dir():
        raise BuildError(
            f"--single-file writes one file, and {output} is a folder: pass a file name, e.g. --out app.html."
        )
    if output.exists():
        with output.open("rb") as existing:
            start = existing.read(1024)
        if GENERATOR.encode() not in start:
            raise BuildError(
                f"{output} exists and is not a one-file app an earlier build wrote: the build does not replace it."
                " Remove it, or pass another name with --out."
            )


def write_output_file(output: Path, page: bytes) -> None:
    """Write the file whole or not at all (a temporary file renamed over it)."""
    output = output.absolute()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = output.with_name(f".{output.name}.building")
    try:
        staging.write_bytes(page)
        staging.replace(output)
    except OSError as error:
        staging.unlink(missing_ok=True)
        raise BuildError(f"could not write {output}: {error.strerror or error}.") from None
