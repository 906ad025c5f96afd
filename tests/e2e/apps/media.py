"""st.audio and st.video from bytes, with a start time, and subtitles."""

import io
import wave

import streamlit as st


def silence(seconds: int) -> bytes:
    """A WAV of silence, made here so the test needs no media file."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(8000)
        writer.writeframes(b"\x00\x00" * 8000 * seconds)
    return buffer.getvalue()


st.audio(silence(3), start_time=1, alt="Three seconds of silence")
st.video(b"not really a video", format="video/webm", subtitles={"English": "WEBVTT\n\n00:00.000 --> 00:01.000\nHi"})
