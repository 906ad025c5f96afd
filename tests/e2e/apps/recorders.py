"""st.audio_input, st.camera_input and st.chat_input with files and audio: the script reads
what the page recorded, captured or attached."""

import wave

import streamlit as st

clip = st.audio_input("Speak")
if clip:
    with wave.open(clip) as recording:
        st.write(f"audio {clip.type} {clip.name.endswith('_audio.wav')} rate {recording.getframerate()}")
photo = st.camera_input("Smile")
if photo:
    st.write(f"photo {photo.type} {photo.name.startswith('camera-input-')} {photo.getvalue()[:3]!r}")
prompt = st.chat_input("Say", accept_file="multiple", file_type=["txt"], accept_audio=True)
if prompt:
    contents = [upload.read().decode() for upload in prompt.files]
    st.write(f"chat {prompt.text!r} {[upload.name for upload in prompt.files]} {contents}")
    if prompt.audio:
        st.write(f"chat audio {prompt.audio.type} {prompt.audio.size > 44}")
