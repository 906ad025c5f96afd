"""The one-file app's encoding (wasmlit_build/single_file.py) and its command line."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from wasmlit_build import single_file
from wasmlit_build.errors import BuildError

UNESCAPE = {letter: byte for byte, letter in single_file.ESCAPED.items()}


def unescape(data: bytes) -> bytes:
    """What web/inline/single_file_loader.js does with the page's bytes."""
    out = bytearray()
    index = 0
    while index < len(data):
        if data[index] == single_file.ESCAPE:
            out.append(UNESCAPE[data[index + 1]])
            index += 2
        else:
            out.append(data[index])
            index += 1
    return bytes(out)


def test_every_byte_comes_back_and_none_the_html_parser_would_change_is_left() -> None:
    data = bytes(range(256)) * 4 + os.urandom(4096)
    escaped = single_file.escape_bytes(data)
    assert unescape(escaped) == data
    assert not {0x00, 0x0D, 0x3C} & set(escaped)
    # About 4 bytes in 256 cost one more byte: compressed data grows by less than 2 %.
    random = os.urandom(100_000)
    assert len(single_file.escape_bytes(random)) < len(random) * 1.02


def test_the_archive_lists_its_files_then_holds_them_in_order() -> None:
    body = gzip.decompress(single_file.pack({"b.txt": b"BB", "a.txt": b"A"}))
    header_length = int.from_bytes(body[:4], "little")
    assert body[4 : 4 + header_length] == b'[{"path":"a.txt","size":1},{"path":"b.txt","size":2}]'
    assert body[4 + header_length :] == b"ABB"


def test_the_page_around_the_files_is_ascii() -> None:
    shell = (
        '<html><head><meta charset="utf-8"><title>Café</title><style>a{content:"→"}</style></head>'
        '<body><p>né</p><script id="m" type="application/json">{"t":"ü"}</script></body></html>'
    )
    page = single_file.render_page(
        shell_html=shell, payload=b"<\x00\r", loader="let x = 'é';", main_script="assets/main.js", fonts="f.css"
    )
    before_files, rest = page.split(b'<script id="wasmlit-files"', 1)
    assert before_files.isascii() and b'<meta charset="windows-1252">' in before_files
    after_files = rest.split(b"</script>", 1)[1]
    assert after_files.isascii() and b"\\u00e9" in after_files
    assert b"&#xe9;" in before_files and b"\\002192" in before_files and b"\\u00fc" in before_files


def test_a_one_file_build_replaces_only_what_an_earlier_one_wrote(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="is a folder"):
        single_file.check_output_file(tmp_path)
    mine = tmp_path / "notes.html"
    mine.write_text("<html>my notes</html>")
    with pytest.raises(BuildError, match="does not replace it"):
        single_file.check_output_file(mine)
    earlier = tmp_path / "app.html"
    single_file.write_output_file(earlier, f"<!doctype html>{single_file.GENERATOR}".encode())
    single_file.check_output_file(earlier)
    assert set(os.listdir(tmp_path)) == {"notes.html", "app.html"}  # no staging file left behind


def test_the_command_line_writes_app_html_and_refuses_serving_one_file() -> None:
    from build import parse_arguments

    arguments, _ = parse_arguments(["app.py", "--single-file"])
    assert arguments.out == "app.html"
    assert parse_arguments(["app.py"])[0].out == "dist"
    with pytest.raises(SystemExit):
        parse_arguments(["app.py", "--single-file", "--serve"])
