"""st.audio, st.video, st.audio_input, st.camera_input and st.chat_input's files and audio:
values, Session State rules and Streamlit 1.67's error texts (checked against its AppTest)."""

from __future__ import annotations

import base64
import io
import wave
from pathlib import Path

import pytest

from tests.unit.helpers import app
from wasmlit.elements.chat_value import ChatInputValue
from wasmlit.testing import AppTest
from wasmlit.testing.errors import AppTestError
from wasmlit.widgets.uploaded_file import UploadedFile


def _data(url: str) -> bytes:
    assert url.startswith("data:")
    return base64.b64decode(url.split(",", 1)[1])


def test_audio_and_video_play_bytes_files_and_urls(tmp_path: Path) -> None:
    (tmp_path / "clip.mp3").write_bytes(b"ID3-mp3")
    script = tmp_path / "app.py"
    script.write_text(
        "import io, pathlib\nimport streamlit as st\n"
        "st.audio(b'RIFF', start_time='1m30s', end_time=95, loop=True, autoplay=True, alt=' a clip ')\n"
        "st.audio('clip.mp3', format='audio/mpeg')\n"
        "st.audio(pathlib.Path('clip.mp3'), format='audio/mpeg', width=300)\n"
        "st.video(io.BytesIO(b'mp4'), muted=True)\n"
        "st.video('https://example.com/v.webm', format='video/webm', start_time=5.9)\n"
        "st.video('https://youtu.be/dQw4w9WgXcQ', loop=True)\n"
    )
    at = AppTest.from_file(str(script)).run()
    first, second, third = at.get("audio")
    assert first.props == {
        "src": "data:audio/wav;base64,UklGRg==",
        "startTime": 90,
        "endTime": 95,
        "loop": True,
        "autoplay": True,
        "alt": "a clip",
    }
    assert second.url.startswith("data:audio/mpeg;base64,") and second.data == b"ID3-mp3"
    assert third.props["width"] == 300
    native, url, youtube = at.get("video")
    assert native.props["kind"] == "native" and native.muted and native.data == b"mp4"
    assert url.url == "https://example.com/v.webm" and url.start_time == 5
    assert youtube.props["kind"] == "youtube" and youtube.url == "https://www.youtube.com/embed/dQw4w9WgXcQ"


def test_audio_from_a_numpy_array_is_a_full_scale_16_bit_wav() -> None:
    numpy = pytest.importorskip("numpy")
    at = AppTest.from_function(_numpy_audio_app).run()
    with wave.open(io.BytesIO(at.get("audio")[0].data)) as reader:
        assert (reader.getnchannels(), reader.getframerate(), reader.getsampwidth(), reader.getnframes()) == (
            2,
            8000,
            2,
            3,
        )
        frames = numpy.frombuffer(reader.readframes(3), dtype=numpy.int16)
    assert frames.tolist() == [0, 32767, 16383, -16383, -32767, 0]


def _numpy_audio_app() -> None:
    import numpy as np
    import streamlit as st

    st.audio(np.array([[0.0, 0.5, -1.0], [1.0, -0.5, 0.0]]), sample_rate=8000)


def test_subtitles_become_webvtt_data_urls() -> None:
    srt = "1\n00:00:01,000 --> 00:00:02,500\nHello\n"
    at = app(f"import streamlit as st\nst.video(b'mp4', subtitles={{'English': {srt!r}, 'Raw': b'WEBVTT\\n\\nx'}})")
    tracks = at.get("video")[0].subtitles
    assert [track["label"] for track in tracks] == ["English", "Raw"]
    assert _data(tracks[0]["src"]) == b"WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\nHello"
    assert _data(tracks[1]["src"]) == b"WEBVTT\n\nx"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            'st.audio(b"x", start_time="abc")',
            "Failed to convert 'start_time' to a timedelta. Please use a string in a format supported by "
            "[Pandas Timedelta constructor](https://pandas.pydata.org/docs/reference/api/pandas.Timedelta.html), "
            'e.g. `"10s"`, `"15 seconds"`, or `"1h23s"`. Got: abc',
        ),
        ('st.video(b"x", start_time=5, end_time=2)', "Invalid start_time and end_time combination."),
        (
            "st.audio([1, 2])",
            "Invalid `data` type. Expected one of: str, bytes, Path, BytesIO, file-like, ndarray. Provided type: list.",
        ),
        ('st.audio("nofile.wav")', "Error opening 'nofile.wav'"),
        (
            'st.video("https://youtu.be/dQw4w9WgXcQ", subtitles="WEBVTT")',
            "`subtitles` and `data=<YouTube URL>` cannot be used together. Subtitles are not supported for YouTube videos.",
        ),
        (
            'st.audio_input("x", sample_rate=5)',
            "Invalid `sample_rate` value. Supported values: 8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000, None.",
        ),
        (
            'st.camera_input("x", resolution="4k")',
            "Invalid `resolution` value. Supported values: '480p', '720p', '1080p', None.",
        ),
    ],
)
def test_streamlit_error_texts(call: str, message: str) -> None:
    assert app(f"import streamlit as st\n{call}").exception[0].message == message


def test_a_numpy_array_needs_a_sample_rate() -> None:
    pytest.importorskip("numpy")
    at = app("import numpy as np\nimport streamlit as st\nst.audio(np.zeros(3))")
    assert at.exception[0].message == (
        "The `sample_rate` parameter is required. Must be specified when `data` is a numpy array."
    )


def test_sample_rate_without_an_array_is_ignored_with_a_log_line() -> None:
    at = app('import streamlit as st\nst.audio(b"RIFF", sample_rate=8000)')
    assert ("warn", "`sample_rate` will be ignored since data is not a numpy array.") in at.logs


RECORDERS = """
import streamlit as st
def changed(kind, *, note):
    st.session_state.calls.append((kind, note))
st.session_state.setdefault("calls", [])
clip = st.audio_input("Speak", key="mic", on_change=changed, args=("audio",), kwargs={"note": 1})
photo = st.camera_input("Smile", key="cam", resolution="720p")
for item in (clip, photo):
    st.text(repr(None if item is None else (item.name, item.type, item.read())))
st.text(repr(st.session_state.calls))
st.text(repr(st.session_state.mic is clip or st.session_state.mic == clip))
"""


def test_recordings_and_photos_are_uploaded_files_with_callbacks() -> None:
    at = app(RECORDERS)
    assert [text.value for text in at.text] == ["None", "None", "[]", "True"]
    assert at.audio_input[0].sample_rate == 16000 and at.camera_input[0].resolution == "720p"
    at.audio_input[0].set_value(("rec.wav", b"RIFF1", "audio/wav"))
    at.camera_input[0].upload("shot.jpg", b"\xff\xd8\xff").run()
    assert at.text[0].value == "('rec.wav', 'audio/wav', b'RIFF1')"
    assert at.text[1].value == "('shot.jpg', 'image/jpeg', b'\\xff\\xd8\\xff')"
    assert at.text[2].value == "[('audio', 1)]"
    assert isinstance(at.audio_input[0].value, UploadedFile)
    at.run()
    assert at.text[0].value == "('rec.wav', 'audio/wav', b'RIFF1')", "the recording stays until cleared"
    at.audio_input[0].clear().run()
    assert at.text[0].value == "None"
    assert at.text[2].value == "[('audio', 1), ('audio', 1)]"


@pytest.mark.parametrize("command", ["audio_input", "camera_input"])
def test_recorder_keys_are_read_only(command: str) -> None:
    at = app(f'import streamlit as st\nst.session_state.k = 1\nst.{command}("x", key="k")')
    assert at.exception[0].message == (
        "`st.session_state['k']` is read-only and cannot be assigned through session state. "
        "Use a different session state key for values you need to set."
    )


def test_a_keyed_recorder_keeps_its_id_when_its_label_changes() -> None:
    at = app('import streamlit as st\nst.audio_input(st.session_state.get("label", "a"), key="k")')
    first = at.audio_input[0].id
    at.session_state["label"] = "b"
    at.run()
    assert at.audio_input[0].id == first and at.audio_input[0].label == "b"


def test_recorders_refuse_what_the_browser_cannot_record() -> None:
    at = app(RECORDERS)
    with pytest.raises(AppTestError, match=r"only takes \.wav files"):
        at.audio_input[0].set_value(("a.mp3", b"x", "audio/mpeg"))
    with pytest.raises(AppTestError, match="MIME type 'image/jpeg'"):
        at.camera_input[0].set_value(("a.jpg", b"x", "image/png"))
    record = {"fileId": "f1", "name": "a.png", "type": "image/png", "size": 1, "data": "eA=="}
    at.queue_browser_value(at.camera_input[0].id, [record])
    at.run()
    assert at.exception[0].message == "Invalid file extension: `.png`. Allowed: ['.jpg']"


CHAT = """
import streamlit as st
prompt = st.chat_input("Say", accept_file="multiple", file_type=["txt"], accept_audio=True, key="c")
if prompt:
    st.text(repr((type(prompt).__name__, prompt.text, [f.name for f in prompt.files], prompt.audio)))
    st.text(repr(sorted(prompt)))
"""


def test_chat_input_with_files_returns_a_chat_input_value_once() -> None:
    at = app(CHAT)
    assert at.chat_input[0].accept_file == "multiple"
    at.chat_input[0].upload("a.txt", b"1").upload("b.txt", b"2").set_value("look").run()
    assert at.text[0].value == "('ChatInputValue', 'look', ['a.txt', 'b.txt'], None)"
    assert at.text[1].value == "['audio', 'files', 'text']"
    assert isinstance(at.chat_input[0].value, ChatInputValue)
    at.run()
    assert not at.text, "a submission is read once"


def test_chat_input_files_without_text_submit_an_empty_text() -> None:
    at = app(CHAT)
    at.chat_input[0].upload("a.txt", b"1").run()
    assert at.text[0].value == "('ChatInputValue', '', ['a.txt'], None)"


def test_chat_input_audio_and_file_types_are_checked() -> None:
    at = app(CHAT)
    wav = {"fileId": "w", "name": "audio-1.wav", "type": "audio/wav", "size": 4, "data": "UklGRg=="}
    at.queue_browser_value(at.chat_input[0].id, {"text": "", "files": [], "audio": wav})
    at.run()
    assert at.text[0].value.startswith("('ChatInputValue', '', [], UploadedFile(file_id='w', name='audio-1.wav'")
    bad = {"fileId": "x", "name": "a.csv", "type": "text/csv", "size": 1, "data": "eA=="}
    at.queue_browser_value(at.chat_input[0].id, {"text": "t", "files": [bad], "audio": None})
    at.run()
    assert at.exception[0].message == "Invalid file extension: `.csv`. Allowed: ['.txt']"


def test_chat_input_value_hides_what_the_input_does_not_accept() -> None:
    at = app(
        'import streamlit as st\np = st.chat_input(accept_file=True)\nst.text(repr(p and (dict(p), "audio" in p)))'
    )
    at.chat_input[0].set_value("hi").run()
    assert at.text[0].value == "({'text': 'hi', 'files': []}, False)"
    with pytest.raises(AppTestError, match="does not accept files"):
        app("import streamlit as st\nst.chat_input()").chat_input[0].upload("a.txt", b"x")


def test_submit_mode_reaches_the_page() -> None:
    at = app('import streamlit as st\nst.chat_input(submit_mode="disable")\nst.chat_input(key="x", submit_mode="stop")')
    assert [chat.props.get("submitMode") for chat in at.chat_input] == ["disable", "stop"]
    assert "submitMode" not in app("import streamlit as st\nst.chat_input()").chat_input[0].props
