"""``st.chat_message`` (a container with an avatar) and ``st.chat_input`` (docs/semantics.md 6).

The chat input's value is a *string trigger*: the submitted text in the run the submit
caused, ``None`` in every other run. The page sends the text with ``setValue``; the run
that reads it sends ``value: null`` back with ``setValue``, so the page and the
session's mirror of the page's values (``browser_values.py``) forget it at once.
A value assigned through Session State is not a submission: the page puts it in the
text box (``fill``), the widget returns ``None`` and the key is reset to ``None``.
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
from wasmlit.widgets.registration import (
    NO_LABEL,
    WidgetSpec,
    claim_widget_id,
    register_claimed,
    show_widget,
    validate_callback,
)

_USER_NAMES = ("user", "human")
_ASSISTANT_NAMES = ("assistant", "ai")
_SUBMIT_MODES = ("submit", "disable", "stop")


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


def _chat_value(raw: Any) -> str | None:
    return raw if isinstance(raw, str) else None


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
        """A chat box: the submitted text in the run its submit caused, else None."""
        callback = validate_callback(on_submit, parameter="on_submit")
        spec = WidgetSpec(
            element=CHAT_INPUT,
            key=key,
            identity_params={
                "placeholder": str(placeholder),
                "max_chars": max_chars,
                "accept_file": accept_file,
                "file_type": file_type,
                "submit_mode": submit_mode,
                "width": width,
            },
            keyed_identity_params={"accept_file": accept_file, "file_type": file_type, "max_chars": max_chars},
            deserialize=_chat_value,
            serialize=_chat_value,
            value_type=STRING_TRIGGER,
            callback=callback,
            callback_args=tuple(args) if args is not None else None,
            callback_kwargs=kwargs,
            disabled=bool(disabled),
            label=NO_LABEL,
        )
        claimed = claim_widget_id(self, spec)
        _check_chat_options(accept_file, accept_audio, submit_mode, max_upload_size)
        if self.form_id is not None:
            raise StreamlitInvalidLayoutContextError("`st.chat_input()` can't be used in a `st.form()`.")
        widget = register_claimed(spec, claimed)
        props: dict[str, Any] = {"placeholder": str(placeholder)}
        if max_chars is not None:
            props["maxChars"] = int(max_chars)
        if width != "stretch":
            props["width"] = width
        value = _chat_value(widget.value)
        host = self._chat_host()
        if widget.push_to_browser and value is not None:
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


def _check_chat_options(accept_file: Any, accept_audio: Any, submit_mode: Any, max_upload_size: Any) -> None:
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
    if accept_file or accept_audio:
        raise StreamlitAPIException(
            "wasmlit does not support files or audio in `st.chat_input` yet: "
            "use `accept_file=False` and `accept_audio=False`, or `st.file_uploader`."
        )
