"""``st.audio`` and ``st.video``: players the browser draws, as in Streamlit.

What Streamlit serves from its media file manager travels here as a ``data:`` URL in the
element's props (the app's files live in the worker, not on a server): bytes, file-like
objects, files of the app folder, and numpy arrays (audio, encoded as 16-bit WAV as
Streamlit does). URLs pass through; YouTube addresses become YouTube's embed player.
Subtitles (SRT or WebVTT) become WebVTT data URLs.
"""

from __future__ import annotations

import base64
import io
import os
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

from wasmlit.caching.storage import ttl_seconds
from wasmlit.catalogue import AUDIO, VIDEO
from wasmlit.elements.host import ElementHost
from wasmlit.elements.image_sources import MediaFileStorageError
from wasmlit.elements.layout_params import check_width
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitBadTimeStringError,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from wasmlit.runtime import log

_URL_SCHEMES = ("http://", "https://", "data:")
_DATA_TYPES = "str, bytes, Path, BytesIO, file-like, ndarray"
_TIME_ERROR = (
    "Failed to convert '{name}' to a timedelta. Please use a string in a format supported by "
    "[Pandas Timedelta constructor](https://pandas.pydata.org/docs/reference/api/pandas.Timedelta.html), "
    'e.g. `"10s"`, `"15 seconds"`, or `"1h23s"`. Got: {value}'
)
# Streamlit's pattern for the YouTube addresses it embeds.
_YOUTUBE = re.compile(
    r"^((https?://(?:www\.)?(?:m\.)?youtube\.com))/((?:oembed\?url=https?%3A//(?:www\.)youtube.com/watch\?(?:v%3D)"
    r"(?P<video_id_1>[\w\-]{10,20})&format=json)|(?:attribution_link\?a=.*watch(?:%3Fv%3D|%3Fv%3D)"
    r"(?P<video_id_2>[\w\-]{10,20}))(?:%26feature.*))|(https?:)?(\/\/)?((www\.|m\.)?youtube(-nocookie)?\.com\/"
    r"((watch)?\?(app=desktop&)?(feature=\w*&)?v=|embed\/|v\/|e\/)|youtu\.be\/)(?P<video_id_3>[\w\-]{10,20})"
)
_SRT_TIMING = re.compile(r"\d{2}:\d{2}:\d{2},\d{3} --> \d{2}:\d{2}:\d{2},\d{3}")
_SRT_COMMA = re.compile(r"(\d{2}:\d{2}:\d{2}),(\d{3})")


def media_seconds(value: Any, name: str) -> int:
    """A start or end time in whole seconds (Streamlit's forms and error text).

    >>> media_seconds(90.7, "start_time"), media_seconds("1m30s", "end_time"), media_seconds(timedelta(hours=1), "x")
    (90, 90, 3600)
    """
    try:
        seconds = ttl_seconds(value) if isinstance(value, str | timedelta) else value
        if seconds is None:
            raise TypeError(name)
        return int(seconds)
    except (StreamlitBadTimeStringError, TypeError, ValueError):
        raise StreamlitAPIException(_TIME_ERROR.format(name=name, value=value)) from None


def youtube_embed_url(url: str) -> str | None:
    """YouTube's embed address for a YouTube video address, as Streamlit rewrites it.

    >>> youtube_embed_url("https://youtu.be/dQw4w9WgXcQ"), youtube_embed_url("https://example.com/a.mp4")
    ('https://www.youtube.com/embed/dQw4w9WgXcQ', None)
    """
    match = _YOUTUBE.match(url)
    if not match:
        return None
    code = match.group("video_id_1") or match.group("video_id_2") or match.group("video_id_3")
    return f"https://www.youtube.com/embed/{code}"


def _data_url(data: bytes, mime_type: str) -> str:
    return f"data:{mime_type};base64,{base64.b64encode(data).decode('ascii')}"


def _is_url(data: Any) -> bool:
    return isinstance(data, str) and not os.path.isfile(data) and data.startswith(_URL_SCHEMES)


def _is_numpy_array(data: Any) -> bool:
    return type(data).__module__ == "numpy" and type(data).__name__ == "ndarray"


def wav_from_samples(samples: Any, sample_rate: int) -> bytes:
    """A numpy array of samples (1-D, or channels x samples) as 16-bit WAV, scaled to full
    range as Streamlit does; only the array's own methods are used, so no numpy import."""
    import wave  # only for numpy audio: apps without it do not import it

    values = samples.astype(float)
    if values.ndim == 1:
        channels = 1
    elif values.ndim == 2:
        channels = values.shape[0]
        values = values.T.ravel()
    else:
        raise StreamlitAPIException("Numpy array audio input must be a 1D or 2D array.")
    if values.size:
        values = values / abs(values).max() * 32767
    buffer = io.BytesIO()
    with wave.open(buffer, mode="wb") as writer:
        writer.setnchannels(channels)
        writer.setframerate(sample_rate)
        writer.setsampwidth(2)
        writer.setcomptype("NONE", "NONE")
        writer.writeframes(values.astype("int16").tobytes())
    return buffer.getvalue()


def _media_bytes(data: Any) -> bytes | None:
    """The bytes Streamlit's media file manager would store; None: nothing to play."""
    if isinstance(data, bytes | bytearray):
        return bytes(data)
    if isinstance(data, str):
        try:
            with open(data, "rb") as media_file:
                return media_file.read()
        except OSError:
            raise MediaFileStorageError(f"Error opening '{data}'") from None
    if isinstance(data, io.BytesIO):
        return data.getvalue()
    if isinstance(data, io.RawIOBase | io.BufferedReader):
        data.seek(0)
        read: bytes | None = data.read()
        return read
    if _is_numpy_array(data):
        raw: bytes = data.tobytes()
        return raw
    raise StreamlitInvalidParameterTypeError("data", _DATA_TYPES, type(data).__name__)


def media_url(data: Any, mime_type: str) -> str | None:
    """The URL a player plays ``data`` from; None when there is nothing to play."""
    if isinstance(data, Path):
        data = str(data)
    if data is None:
        return None
    if _is_url(data):
        return str(data)
    raw = _media_bytes(data)
    return None if raw is None else _data_url(raw, mime_type)


def _vtt_from_srt(srt: str) -> bytes:
    return ("WEBVTT\n\n" + _SRT_COMMA.sub(r"\1.\2", srt)).strip().encode("utf-8")


def _looks_like_srt(text: str) -> bool:
    lines = text[:33].strip().split("\n")
    return len(lines) >= 2 and lines[0].isdigit() and bool(_SRT_TIMING.search(lines[1]))


def _subtitle_text(data: bytes) -> bytes:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data
    return _vtt_from_srt(text) if _looks_like_srt(text) else data


def _subtitle_from_string(data: str | Path) -> bytes:
    if os.path.isfile(data):
        extension = Path(data).suffix.lower()
        if extension not in (".srt", ".vtt"):
            raise StreamlitValueError("subtitles", [".srt", ".vtt"], f"Got {extension}")
        content = Path(data).read_bytes()
        return _subtitle_text(content) if extension == ".srt" else content
    if isinstance(data, Path):
        raise StreamlitAPIException(f"File {data} does not exist.")
    text = data.strip()
    if text.startswith("WEBVTT") or not text:
        return text.encode("utf-8")
    if _looks_like_srt(text):
        return _vtt_from_srt(text)
    raise StreamlitValueError("subtitles", ["VTT-formatted text", "SRT-formatted text"])


def subtitle_vtt(data: Any) -> bytes:
    """One subtitle track as WebVTT (SRT is converted, as Streamlit does)."""
    if isinstance(data, str | Path):
        return _subtitle_from_string(data)
    if isinstance(data, io.BytesIO):
        return _subtitle_text(data.getvalue())
    if isinstance(data, bytes):
        return _subtitle_text(data)
    raise StreamlitInvalidParameterTypeError("subtitles", "str, bytes, Path, BytesIO", type(data).__name__)


def subtitle_tracks(subtitles: Any) -> list[dict[str, str]]:
    """``[{"label", "src"}]`` for the page, from one track or a ``{label: track}`` dict."""
    if not subtitles:
        return []
    if isinstance(subtitles, str | bytes | io.BytesIO | Path):
        items = [("default", subtitles)]
    elif isinstance(subtitles, dict):
        items = list(subtitles.items())
    else:
        raise StreamlitInvalidParameterTypeError(
            "subtitles", "str, bytes, BytesIO, Path, dict", type(subtitles).__name__
        )
    tracks = []
    for label, data in items:
        try:
            vtt = subtitle_vtt(data)
        except (TypeError, ValueError, StreamlitAPIException) as error:
            raise StreamlitAPIException(f"Failed to process the provided subtitle {label!r}: {error}") from error
        tracks.append({"label": str(label or ""), "src": _data_url(vtt, "text/vtt")})
    return tracks


def _times(start_time: Any, end_time: Any) -> tuple[int, int | None]:
    end = None if end_time is None else media_seconds(end_time, "end_time")
    return media_seconds(start_time, "start_time"), end


def _common_props(
    url: str | None, start: int, end: int | None, loop: bool, autoplay: bool, alt: Any, width: Any
) -> dict[str, Any]:
    props: dict[str, Any] = {"src": url or "", "startTime": start}
    if end is not None:
        props["endTime"] = end
    if loop:
        props["loop"] = True
    if autoplay:
        props["autoplay"] = True
    if isinstance(alt, str) and alt.strip():
        props["alt"] = alt.strip()
    if isinstance(width, int) and not isinstance(width, bool):
        props["width"] = width
    return props


class MediaMixin(ElementHost):
    def audio(
        self,
        data: Any,
        format: str = "audio/wav",
        start_time: Any = 0,
        *,
        sample_rate: int | None = None,
        end_time: Any = None,
        loop: bool = False,
        autoplay: bool = False,
        alt: str | None = None,
        width: Any = "stretch",
    ) -> ElementHost:
        """An audio player for a URL, a file, bytes, or a numpy array of samples."""
        start, end = _times(start_time, end_time)
        check_width(width, allow_content=False)
        is_array = _is_numpy_array(data)
        if is_array and sample_rate is None:
            raise StreamlitMissingRequiredParameterError(
                "The `sample_rate` parameter is required. Must be specified when `data` is a numpy array."
            )
        if not is_array and sample_rate is not None:
            log.warn("`sample_rate` will be ignored since data is not a numpy array.")
        if is_array and sample_rate is not None:
            data = wav_from_samples(data, sample_rate)
        url = media_url(data, format)
        return self._emit_slot(AUDIO, _common_props(url, start, end, loop, autoplay, alt, width))

    def video(
        self,
        data: Any,
        format: str = "video/mp4",
        start_time: Any = 0,
        *,
        subtitles: Any = None,
        end_time: Any = None,
        loop: bool = False,
        autoplay: bool = False,
        muted: bool = False,
        alt: str | None = None,
        width: Any = "stretch",
    ) -> ElementHost:
        """A video player for a URL (YouTube's embedded), a file, or bytes, with optional subtitles."""
        start, end = _times(start_time, end_time)
        check_width(width, allow_content=False)
        if start < 0 or (end is not None and end <= start):
            raise StreamlitAPIException("Invalid start_time and end_time combination.")
        if isinstance(data, Path):
            data = str(data)
        youtube = youtube_embed_url(data) if _is_url(data) else None
        if youtube and subtitles:
            raise StreamlitIncompatibleParametersError(
                "subtitles", "data=<YouTube URL>", explanation="Subtitles are not supported for YouTube videos."
            )
        url = youtube or media_url(data, format)
        props = _common_props(url, start, end, loop, autoplay, alt, width)
        props["kind"] = "youtube" if youtube else "native"
        if muted:
            props["muted"] = True
        tracks = subtitle_tracks(subtitles)
        if tracks:
            props["subtitles"] = tracks
        return self._emit_slot(VIDEO, props)
