"""AppTest handles for the input widgets, with ``streamlit.testing.v1``'s methods.

``at.number_input[0].increment().run()``, ``at.text_input[0].input("hi").run()``,
``at.file_uploader[0].upload("a.csv", b"a,b").run()``, ``at.download_button[0].click().run()``.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from wasmlit.testing.elements import Button, Widget
from wasmlit.testing.errors import AppTestError
from wasmlit.testing.props import FlagProp, Prop
from wasmlit.widgets.uploaded_file import UploadedFile, file_to_browser


class NumberInput(Widget):
    @property
    def min(self) -> Any:
        return self.props.get("min") if self.props.get("hasMin") else None

    @property
    def max(self) -> Any:
        return self.props.get("max") if self.props.get("hasMax") else None

    @property
    def step(self) -> Any:
        return self.props.get("step")

    def set_value(self, value: Any) -> NumberInput:
        super().set_value(value)
        return self

    def increment(self) -> NumberInput:
        """One step up, no further than ``max`` (nothing when the field is empty)."""
        if self.value is None:
            return self
        upper = self.max if self.max is not None else float("inf")
        return self.set_value(min(self.value + self.step, upper))

    def decrement(self) -> NumberInput:
        if self.value is None:
            return self
        lower = self.min if self.min is not None else float("-inf")
        return self.set_value(max(self.value - self.step, lower))


class _TextWidget(Widget):
    max_chars: Prop[int | None] = Prop("maxChars", None)
    placeholder: Prop[str] = Prop("placeholder", "")

    def input(self, text: str) -> _TextWidget:
        """Type ``text``, as a user could: ignored when it is longer than ``max_chars``."""
        if self.max_chars and len(text) > self.max_chars:
            return self
        self.set_value(text)
        return self


class TextInput(_TextWidget):
    autocomplete: Prop[str] = Prop("autocomplete", "")


class TextArea(_TextWidget):
    pass


class DateInput(Widget):
    @property
    def min(self) -> date:
        return date.fromisoformat(self.props["min"])

    @property
    def max(self) -> date:
        return date.fromisoformat(self.props["max"])

    is_range = FlagProp("isRange")

    def set_value(self, value: Any) -> DateInput:
        """A date, or for a range a tuple of dates (sent as the browser sends them)."""
        super().set_value(value)
        return self


class TimeInput(Widget):
    step: Prop[int] = Prop("step")

    def set_value(self, value: time | datetime | None) -> TimeInput:
        super().set_value(value.time() if isinstance(value, datetime) else value)
        return self

    def increment(self) -> TimeInput:
        """One step later, wrapping at midnight (nothing when the field is empty)."""
        return self._move(self.step)

    def decrement(self) -> TimeInput:
        return self._move(-self.step)

    def _move(self, seconds: int) -> TimeInput:
        current = self.value
        if current is None:
            return self
        moved = datetime.combine(date.today(), current) + timedelta(seconds=seconds)
        return self.set_value(moved.time())


class DateTimeInput(Widget):
    """``st.datetime_input``; ``min`` and ``max`` are ISO texts, as in Streamlit's AppTest."""

    min: Prop[str] = Prop("min")
    max: Prop[str] = Prop("max")
    step: Prop[int] = Prop("step")
    format: Prop[str] = Prop("format")

    def set_value(self, value: datetime | None) -> DateTimeInput:
        super().set_value(value)
        return self


FileTuple = tuple[str, bytes, str]


class FileUploader(Widget):
    """Headless uploads: ``set_value((name, data, mime))`` or a list of such tuples, ``upload``
    (adds one file) and ``clear``. The files travel exactly as the page sends them."""

    accept_multiple_files = FlagProp("multiple")
    allowed_type: Prop[list[str]] = Prop("types", [])

    def set_value(self, files: FileTuple | Sequence[FileTuple] | None) -> FileUploader:
        if files is None:
            return self._send([])
        if isinstance(files, tuple) and len(files) == 3 and isinstance(files[0], str):
            files = [files]
        return self._send([self._new_file(*entry) for entry in files])

    def upload(self, filename: str, content: bytes, mime_type: str = "application/octet-stream") -> FileUploader:
        return self._send([*self._current_records(), self._new_file(filename, content, mime_type)])

    def clear(self) -> FileUploader:
        return self._send([])

    @staticmethod
    def _new_file(filename: str, content: bytes, mime_type: str) -> dict[str, Any]:
        return file_to_browser(UploadedFile(str(uuid.uuid4()), filename, mime_type, bytes(content)))

    @property
    def value(self) -> Any:
        """The files the script saw in the last run."""
        return self._app.widget_python_value(self.id)

    def _current_records(self) -> list[dict[str, Any]]:
        """The files the widget will hold: a pending upload's, else those of the last run."""
        # A second upload() before run() must add to the first, as Streamlit's does.
        pending = self._app.queued_browser_value(self.id)
        if isinstance(pending, list):
            return list(pending)
        current = self._app.widget_python_value(self.id)
        files = current if isinstance(current, list) else [] if current is None else [current]
        return [file_to_browser(upload) for upload in files if isinstance(upload, UploadedFile)]

    def _send(self, records: list[dict[str, Any]]) -> FileUploader:
        self._app.queue_browser_value(self.id, records)
        return self


class _RecordedFile(Widget):
    """One recorded file (``st.audio_input``, ``st.camera_input``): ``set_value((name, data, mime))``,
    ``upload`` and ``clear``, with the checks of Streamlit's AppTest."""

    _EXTENSION = ""
    _MIME = ""

    def set_value(self, file: FileTuple | None) -> _RecordedFile:
        self._assert_can_interact()
        if file is None:
            self._app.queue_browser_value(self.id, [])
            return self
        filename, content, mime_type = self._checked(file)
        record = file_to_browser(UploadedFile(str(uuid.uuid4()), filename, mime_type, content))
        self._app.queue_browser_value(self.id, [record])
        return self

    def upload(self, filename: str, content: bytes, mime_type: str | None = None) -> _RecordedFile:
        return self.set_value((filename, content, mime_type or self._MIME))

    def clear(self) -> _RecordedFile:
        return self.set_value(None)

    @property
    def value(self) -> Any:
        """The file the script saw in the last run."""
        return self._app.widget_python_value(self.id)

    def _checked(self, file: Any) -> FileTuple:
        what = f"st.{self.type}"
        if isinstance(file, list):
            raise AppTestError(f"{what} takes one file. A list is not accepted.")
        if not (isinstance(file, tuple) and len(file) == 3 and isinstance(file[1], bytes | bytearray)):
            raise AppTestError(
                f"{what} takes one (filename, content, mime_type) tuple whose content is bytes, or None."
            )
        filename, content, mime_type = file
        if not str(filename).lower().endswith(self._EXTENSION):
            raise AppTestError(f"{what} only takes {self._EXTENSION} files. Got filename {filename!r}.")
        if str(mime_type).lower() != self._MIME:
            raise AppTestError(f"{what} files use MIME type {self._MIME!r}. Got {mime_type!r}.")
        return str(filename), bytes(content), self._MIME


class AudioInput(_RecordedFile):
    _EXTENSION = ".wav"
    _MIME = "audio/wav"
    sample_rate: Prop[int | None] = Prop("sampleRate", None)


class CameraInput(_RecordedFile):
    _EXTENSION = ".jpg"
    _MIME = "image/jpeg"

    @property
    def resolution(self) -> str | None:
        height = self.props.get("resolutionHeight")
        return None if height is None else f"{height}p"


class DownloadButton(Button):
    file_name: Prop[str | None] = Prop("fileName", None)
    mime: Prop[str | None] = Prop("mime", None)

    @property
    def data(self) -> bytes | None:
        """The bytes the page would save."""
        import base64

        encoded = self.props.get("data")
        return None if encoded is None else base64.b64decode(encoded)
