"""st.file_uploader and st.download_button: files in, files out (docs/semantics.md 3.5, 5, 6)."""

from __future__ import annotations

import base64

import pytest

from tests.unit.helpers import app
from wasmlit.widgets.file_uploader import normalize_file_types
from wasmlit.widgets.uploaded_file import UploadedFile

UPLOADER = """
import streamlit as st
upload = st.file_uploader("f", type="csv", key="up")
if upload is not None:
    st.text(repr((upload.name, upload.type, upload.size, upload.read(), upload.getvalue(), upload.tell())))
files = st.file_uploader("m", accept_multiple_files=True)
st.text(repr([f.name for f in files]))
"""


def test_nothing_uploaded_is_none_or_an_empty_list() -> None:
    at = app(
        'import streamlit as st\nst.text(repr((st.file_uploader("a"), st.file_uploader("b", accept_multiple_files=True), '
        'st.file_uploader("c", accept_multiple_files="directory"))))'
    )
    assert at.text[0].value == "(None, [], [])"


def test_an_upload_is_a_bytes_io_at_position_zero_in_every_run() -> None:
    at = app(UPLOADER)
    at.file_uploader[0].set_value(("a.csv", b"a,b", "text/csv")).run()
    expected = "('a.csv', 'text/csv', 3, b'a,b', b'a,b', 3)"
    assert at.text[0].value == expected
    at.run()
    assert at.text[0].value == expected, "the next run gets a fresh object, read() works again"


def test_upload_adds_files_and_clear_removes_them() -> None:
    at = app(UPLOADER)
    at.file_uploader[1].upload("x.txt", b"1").upload("y.txt", b"2").run()
    assert at.text[-1].value == "['x.txt', 'y.txt']"
    at.file_uploader[1].upload("z.txt", b"3").run()
    assert at.text[-1].value == "['x.txt', 'y.txt', 'z.txt']"
    at.file_uploader[1].clear().run()
    assert at.text[-1].value == "[]"


def test_the_bytes_travel_as_the_page_sends_them() -> None:
    at = app(UPLOADER)
    record = {"fileId": "f-1", "name": "b.csv", "type": "", "size": 2, "data": base64.b64encode(b"\x00\xff").decode()}
    at.queue_browser_value(at.file_uploader[0].id, [record])
    at.run()
    assert at.text[0].value == "('b.csv', 'application/octet-stream', 2, b'\\x00\\xff', b'\\x00\\xff', 2)"
    assert at.file_uploader[0].props["value"] == [
        {"fileId": "f-1", "name": "b.csv", "type": "application/octet-stream", "size": 2}
    ], "the page gets names back, never the bytes"


def test_a_file_the_type_filter_excludes_raises() -> None:
    at = app(UPLOADER)
    at.file_uploader[0].set_value(("a.txt", b"x", "text/plain")).run()
    assert at.exception[0].message == "Invalid file extension: `.txt`. Allowed: ['.csv']"


def test_uploaded_files_compare_by_id() -> None:
    first = UploadedFile("id-1", "a", "text/plain", b"x")
    assert first == UploadedFile("id-1", "b", "text/plain", b"y")
    assert first != UploadedFile("id-2", "a", "text/plain", b"x")
    assert "file_id='id-1'" in repr(first)


def test_type_normalisation_pairs_extensions_and_expands_shortcuts() -> None:
    assert normalize_file_types("JPG") == [".jpg", ".jpeg"]
    assert normalize_file_types(["image", ".csv", "text/CSV"]) == ["image/*", "text/csv", ".csv"]


@pytest.mark.parametrize("command", ["file_uploader", "download_button"])
def test_the_key_is_read_only(command: str) -> None:
    arguments = '"f", key="k"' if command == "file_uploader" else '"d", "data", key="k"'
    at = app(f"import streamlit as st\nst.session_state.k = 1\nst.{command}({arguments})")
    assert at.exception[0].type_name == "streamlit.errors.StreamlitValueAssignmentNotAllowedError"
    assert at.exception[0].message == (
        "`st.session_state['k']` is read-only and cannot be assigned through session state. "
        "Use a different session state key for values you need to set."
    )


def test_max_upload_size_must_be_a_positive_integer() -> None:
    at = app('import streamlit as st\nst.file_uploader("f", max_upload_size=0)')
    assert at.exception[0].message == (
        "Invalid `max_upload_size` value. Supported values: a positive integer. Set it to None to fall back to the "
        "`server.maxUploadSize` configuration option."
    )
    at = app('import streamlit as st\nst.file_uploader("f", max_upload_size=5, type=["png"])')
    assert at.file_uploader[0].props["maxUploadSizeMb"] == 5
    assert at.file_uploader[0].allowed_type == [".png"]


DOWNLOADER = """
import streamlit as st
clicked = st.download_button("dl", "abc", key="k")
st.text(f"{clicked} {st.session_state.k}")
"""


def test_download_is_true_only_in_the_click_run() -> None:
    at = app(DOWNLOADER)
    assert at.text[0].value == "False False"
    at.download_button[0].click().run()
    assert at.text[0].value == "True True"
    at.run()
    assert at.text[0].value == "False False"


def test_click_callbacks_get_their_arguments() -> None:
    at = app(
        """
        import streamlit as st
        st.session_state.setdefault("n", 0)
        def add(amount):
            st.session_state.n += amount
        st.download_button("dl", "x", on_click=add, args=(3,))
        st.text(st.session_state.n)
        """
    )
    at.download_button[0].click().run()
    assert at.text[0].value == "3"


@pytest.mark.parametrize(
    ("data", "file_name", "mime", "payload"),
    [
        ('"héllo"', "streamlit_download.txt", "text/plain", "héllo".encode()),
        ('b"\\x01"', "streamlit_download.bin", "application/octet-stream", b"\x01"),
        ('io.StringIO("s")', "streamlit_download.txt", "text/plain", b"s"),
        ('io.BytesIO(b"b")', "streamlit_download.bin", "application/octet-stream", b"b"),
        ('lambda: "made"', "streamlit_download.txt", "text/plain", b"made"),
    ],
)
def test_data_types_file_names_and_mime_types(data: str, file_name: str, mime: str, payload: bytes) -> None:
    at = app(f'import io\nimport streamlit as st\nst.download_button("dl", {data})')
    button = at.download_button[0]
    assert (button.file_name, button.mime, button.data) == (file_name, mime, payload)


def test_explicit_file_name_and_mime_win() -> None:
    at = app('import streamlit as st\nst.download_button("dl", "a,b", file_name="t.csv", mime="text/csv")')
    assert (at.download_button[0].file_name, at.download_button[0].mime) == ("t.csv", "text/csv")


@pytest.mark.parametrize(
    ("call", "error_type", "message"),
    [
        ('st.download_button("x", 5)', "StreamlitAPIException", "Invalid binary data format: <class 'int'>"),
        (
            'st.download_button("x", "a", on_click="later")',
            "StreamlitValueError",
            "Invalid `on_click` value. Supported values: 'rerun', 'ignore', a callback function.",
        ),
        (
            'st.download_button("x", "a", type="big")',
            "StreamlitValueError",
            "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'.",
        ),
        (
            'st.download_button("x", "a", icon_position="top")',
            "StreamlitValueError",
            "Invalid `icon_position` value. Supported values: 'left', 'right'.",
        ),
    ],
)
def test_download_errors(call: str, error_type: str, message: str) -> None:
    at = app("import streamlit as st\n" + call)
    assert (at.exception[0].type_name, at.exception[0].message) == (f"streamlit.errors.{error_type}", message)


def test_ignore_tells_the_page_not_to_rerun() -> None:
    at = app('import streamlit as st\nst.download_button("x", "a", on_click="ignore")')
    assert at.download_button[0].props["ignoreRerun"] is True
