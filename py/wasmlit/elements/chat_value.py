"""``ChatInputValue``: what ``st.chat_input`` returns when it accepts files or audio.

A dict-like dataclass with ``text``, ``files`` (only with ``accept_file``) and ``audio``
(only with ``accept_audio``), behaving as Streamlit 1.67's: keys outside what the widget
accepts are missing, and reading them as attributes raises ``AttributeError``.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from wasmlit.widgets.uploaded_file import UploadedFile

ChatInputValueItem = str | list[UploadedFile] | UploadedFile | None


@dataclass(repr=False)
class ChatInputValue(MutableMapping[str, ChatInputValueItem]):
    """The submitted text, files and audio recording.

    >>> value = ChatInputValue("hi", _include_files=True)
    >>> value["text"], value.files, dict(value), "audio" in value
    ('hi', [], {'text': 'hi', 'files': []}, False)
    >>> value.audio
    Traceback (most recent call last):
    ...
    AttributeError: 'ChatInputValue' object has no attribute 'audio' (accept_audio=False)
    """

    text: str
    files: list[UploadedFile] = field(default_factory=list)
    audio: UploadedFile | None = None
    _include_files: bool = field(default=False, repr=False, compare=False)
    _include_audio: bool = field(default=False, repr=False, compare=False)

    def to_dict(self) -> dict[str, ChatInputValueItem]:
        stored = vars(self)
        result: dict[str, ChatInputValueItem] = {}
        if "text" in stored:
            result["text"] = stored["text"]
        if self._include_files and "files" in stored:
            result["files"] = stored["files"]
        if self._include_audio and "audio" in stored:
            result["audio"] = stored["audio"]
        return result

    def __len__(self) -> int:
        return len(self.to_dict())

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_dict())

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self.to_dict()

    def __getitem__(self, item: str) -> ChatInputValueItem:
        if item not in self:
            raise KeyError(f"Invalid key: {item}")
        return self.to_dict()[item]

    def __getattribute__(self, name: str) -> Any:
        if name == "files" and not object.__getattribute__(self, "_include_files"):
            raise AttributeError("'ChatInputValue' object has no attribute 'files' (accept_file=False)")
        if name == "audio" and not object.__getattribute__(self, "_include_audio"):
            raise AttributeError("'ChatInputValue' object has no attribute 'audio' (accept_audio=False)")
        return object.__getattribute__(self, name)

    def __setitem__(self, key: str, value: Any) -> None:
        allowed = (
            {"text"} | ({"files"} if self._include_files else set()) | ({"audio"} if self._include_audio else set())
        )
        if key not in allowed:
            raise KeyError(f"Invalid key: {key}")
        setattr(self, key, value)

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(f"Invalid key: {key}")
        delattr(self, key)

    def __repr__(self) -> str:
        fields = ", ".join(f"{key}={value!r}" for key, value in self.to_dict().items())
        return f"{type(self).__name__}({fields})"
