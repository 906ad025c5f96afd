"""``st.chat_message`` (a container with an avatar) and ``st.chat_input`` (docs/semantics.md 6).

The chat input's value is a *string trigger*: the submission in the run the submit
caused, ``None`` in every other run. The page sends it with ``setValue``: the text, or,
when the input accepts files or audio, ``{"text", "files", "audio"}`` with the files as
the file uploader sends them (``wasmlit.widgets.uploaded_file``), which the script gets
as a ``ChatInputValue``. The run that reads it sends ``value: null`` back with
``setValue``, so the page and the session's mirror of the page's values
(``browser_values.py``) forget it at once. A value assigned through Session State is
not a submission: the page puts it in the text box (``fill``), the widget returns
``None`` and the key is reset to ``None``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from wasmlit.catalogue import CHAT_INPUT, CHAT_MESSAGE
from wasmlit.elements.host import ROOT, ElementHost
from wasmlit.elements.image_sources import image_url
from wasmlit.elements.layout_params import check_material_icon, check_width, looks_like_emoji
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from wasmlit.runtime import context
from wasmlit.runtime.state.session_state import STRING_TRIGGER
from wasmlit.runtime.tree import ROOT_BOTTOM, ROOT_MAIN
from wasmlit.widgets.file_uploader import DEFAULT_MAX_UPLOAD_SIZE_MB, check_file_name, normalize_file_types
from wasmlit.widgets.media_inputs import check_sample_rate
from wasmlit.widgets.registration import (
    NO_LABEL,
    RegisteredWidget,
    WidgetSpec,
    claim_widget_id,
    register_claimed,
    show_widget,
    validate_callback,
)
from wasmlit.widgets.uploaded_file import UploadedFile, file_from_browser, file_to_browser

_USER_NAMES = ("user", "human")
_ASSISTANT_NAMES = ("assistant", "ai")
_SUBMIT_MODES = ("submit", "disable", "stop")
_WAV_TYPES = ("audio/wav", "audio/wave", "audio/x-wav")
_ACCEPT_FILE_PROP = {True: "single", "multiple": "multiple", "directory": "directory"}


def chat_avatar(avatar: Any) -> dict[str, str] | None:
    """``{"kind": "icon"|"emoji"|"image", "value": ...}``; None: the name's first letter.

    >>> chat_avatar("ai"), chat_avatar("🦜"), chat_avatar(None)
    ({'kind': 'icon', 'value': 'assistant'}, {'kind': 'emoji', 'value': '🦜'}, None)
    """
    if avatar is None:
        return None
    if isinstance(avatar, str):
        if avatar in _USER_NAMES + _ASSISTANT_NAMES:
            return {"kind": "icon", "value": "assistant" if avatar in _ASSISTANT_NAMES else "user"}
        if looks_like_emoji(avatar):
            return {"kind": "emoji", "value": avatar}
        if avatar.startswith(":material"):
            return {"kind": "icon", "value": check_material_icon(avatar)}
    try:
        return {"kind": "image", "value": image_url(avatar)}
    except Exception as error:
        raise StreamlitAPIException("Failed to load the provided avatar value as an image.") from error


def _chat_text(raw: Any) -> str | None:
    return raw if isinstance(raw, str) else None


@dataclasses.dataclass(frozen=True)
class _ChatAccepts:
    """What a chat input takes besides text; how the page's submission becomes the script's value."""

    files: bool = False
    audio: bool = False
    file_types: tuple[str, ...] = ()
    max_chars: int | None = None

    def deserialize(self, raw: Any) -> Any:
        """The text, or a ``ChatInputValue`` when files or audio are accepted; None: no submission."""
        if raw is None:
            return None
        submission = raw if isinstance(raw, dict) else {"text": raw}
        text = submission.get("text")
        if not isinstance(text, str):
            return None
        text = text[: self.max_chars] if self.max_chars else text
        if not self.files and not self.audio:
            return text
        from wasmlit.elements.chat_value import ChatInputValue  # only apps that accept files or audio

        return ChatInputValue(
            text=text,
            files=self._files(submission.get("files")),
            audio=self._audio(submission.get("audio")),
            _include_files=self.files,
            _include_audio=self.audio,
        )

    def _files(self, records: Any) -> list[UploadedFile]:
        if not self.files or not isinstance(records, list):
            return []
        files = [upload for upload in map(file_from_browser, records) if upload is not None]
        if self.file_types:
            for upload in files:
                check_file_name(upload.name, self.file_types)
        return files

    def _audio(self, record: Any) -> UploadedFile | None:
        recording = file_from_browser(record) if self.audio else None
        if recording is None:
            return None
        if not recording.name.lower().endswith(".wav"):
            raise StreamlitAPIException(
                f"Invalid file extension for audio input: `{recording.name}`. Only WAV files (.wav) are accepted."
            )
        if recording.type not in _WAV_TYPES:
            raise StreamlitAPIException(
                f"Invalid MIME type for audio input: `{recording.type}`. Expected one of {set(_WAV_TYPES)}."
            )
        return recording


def chat_submission_to_browser(value: Any) -> Any:
    """The page's form of a submission (AppTest sends this as the page would)."""
    if not hasattr(value, "to_dict"):  # not a ChatInputValue
        return _chat_text(value)
    stored = value.to_dict()
    files, audio = stored.get("files"), stored.get("audio")
    return {
        "text": value.text,
        "files": [file_to_browser(upload) for upload in files] if isinstance(files, list) else [],
        "audio": file_to_browser(audio) if isinstance(audio, UploadedFile) else None,
    }


class ChatMixin(ElementHost):
    def chat_message(self, name: Any, *, avatar: Any = None, width: Any = "stretch") -> ElementHost:
        """A chat message container: an avatar and whatever the script writes into it."""
        if name is None:
            raise StreamlitMissingRequiredParameterError("The `name` parameter is required.")
        name = str(name)
        if avatar is None and (name.lower() in _USER_NAMES + _ASSISTANT_NAMES or looks_like_emoji(name)):
            avatar = name.lower()
        props: dict[str, Any] = {"name": name}
        checked = chat_avatar(avatar)
        if checked is not None:
            props["avatar"] = checked
        check_width(width, allow_content=True)
        if width != "stretch":
            props["width"] = width
        return self._block_for(self._emit(CHAT_MESSAGE, props))

    def chat_input(
        self,
        placeholder: Any = "Your message",
        *,
        key: Any = None,
        max_chars: int | None = None,
        max_upload_size: int | None = None,
        accept_file: Any = False,
        file_type: Any = None,
        accept_audio: bool = False,
        audio_sample_rate: int | None = 16000,
        disabled: bool = False,
        submit_mode: str = "submit",
        on_submit: Any = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        width: Any = "stretch",
        height: Any = "content",
    ) -> str | None:
        """A chat box: the submission in the run its submit caused, else None."""
        callback = validate_callback(on_submit, parameter="on_submit")
        accepts = _ChatAccepts(
            files=accept_file in (True, "multiple", "directory"),
            audio=bool(accept_audio),
            file_types=tuple(normalize_file_types(file_type)) if file_type else (),
            max_chars=max_chars,
        )
        spec = WidgetSpec(
            element=CHAT_INPUT,
            key=key,
            identity_params={
                "placeholder": str(placeholder),
                "max_chars": max_chars,
                "max_upload_size": max_upload_size,
                "accept_file": accept_file,
                "file_type": file_type,
                "accept_audio": accept_audio,
                "audio_sample_rate": audio_sample_rate,
                "submit_mode": submit_mode,
                "width": width,
                "height": height,
            },
            keyed_identity_params={
                "accept_file": accept_file,
                "file_type": file_type,
                "max_chars": max_chars,
                "max_upload_size": max_upload_size,
            },
            deserialize=accepts.deserialize,
            serialize=chat_submission_to_browser,
            value_type=STRING_TRIGGER,
            callback=callback,
            callback_args=tuple(args) if args is not None else None,
            callback_kwargs=kwargs,
            disabled=bool(disabled),
            label=NO_LABEL,
        )
        claimed = claim_widget_id(self, spec)
        _check_chat_options(accept_file, submit_mode, max_upload_size)
        check_sample_rate(audio_sample_rate, "audio_sample_rate")
        if self.form_id is not None:
            raise StreamlitInvalidLayoutContextError("`st.chat_input()` can't be used in a `st.form()`.")
        widget = register_claimed(spec, claimed)
        props = _chat_props(placeholder, max_chars, width, accept_file, accept_audio, audio_sample_rate, submit_mode)
        props["fileTypes"] = list(accepts.file_types)
        props["maxUploadSizeMb"] = (
            max_upload_size
            if max_upload_size is not None
            else context.current().config.get("server.maxUploadSize", DEFAULT_MAX_UPLOAD_SIZE_MB)
        )
        return self._show_chat_input(widget, props)

    def _show_chat_input(self, widget: RegisteredWidget, props: dict[str, Any]) -> Any:
        host = self._chat_host()
        value = widget.value
        if widget.push_to_browser and isinstance(value, str):
            # Set through Session State: shown in the box, not submitted.
            props["fill"] = value
            state = context.current().session_state
            if widget.user_key is not None:
                state.overwrite_assigned_value(widget.user_key, None)
            state.returned_this_run[widget.id] = None
            show_widget(host, dataclasses.replace(widget, push_to_browser=True), props, browser_value=None)
            return None
        # A submission is read once: the page and its mirror go back to None.
        show_widget(host, dataclasses.replace(widget, push_to_browser=value is not None), props, browser_value=None)
        return value

    def _chat_host(self) -> ElementHost:
        """At the top of the main area the input is pinned to the bottom (stBottom)."""
        host = self._resolve()
        if host._kind == ROOT and host.root_id == ROOT_MAIN:
            return type(self)(ROOT, root_id=ROOT_BOTTOM)
        return host


def _chat_props(
    placeholder: Any,
    max_chars: Any,
    width: Any,
    accept_file: Any,
    accept_audio: Any,
    audio_sample_rate: Any,
    submit_mode: str,
) -> dict[str, Any]:
    props: dict[str, Any] = {"placeholder": str(placeholder)}
    if max_chars is not None:
        props["maxChars"] = int(max_chars)
    if width != "stretch":
        props["width"] = width
    if accept_file:
        props["acceptFile"] = _ACCEPT_FILE_PROP[accept_file]
    if accept_audio:
        props["acceptAudio"] = True
        props["audioSampleRate"] = audio_sample_rate
    if submit_mode != "submit":
        props["submitMode"] = submit_mode
    return props


def _check_chat_options(accept_file: Any, submit_mode: Any, max_upload_size: Any) -> None:
    if accept_file not in (True, False, "multiple", "directory"):
        raise StreamlitValueError("accept_file", f"True, False, 'multiple', 'directory'. Got {accept_file!r}")
    if submit_mode not in _SUBMIT_MODES:
        raise StreamlitValueError("submit_mode", _SUBMIT_MODES)
    if max_upload_size is not None and (
        isinstance(max_upload_size, bool) or not isinstance(max_upload_size, int) or max_upload_size < 1
    ):
        raise StreamlitValueError(
            "max_upload_size",
            "a positive integer. Set it to None to fall back to the `server.maxUploadSize` configuration option",
        )
