"""The input widgets as one mixin, so ``DeltaGenerator`` lists them in one line."""

from __future__ import annotations

from wasmlit.widgets.date_input import DateInputMixin
from wasmlit.widgets.download_button import DownloadButtonMixin
from wasmlit.widgets.file_uploader import FileUploaderMixin
from wasmlit.widgets.number_input import NumberInputMixin
from wasmlit.widgets.text_area import TextAreaMixin
from wasmlit.widgets.text_input import TextInputMixin
from wasmlit.widgets.time_input import TimeInputMixin


class InputWidgetsMixin(
    NumberInputMixin,
    TextInputMixin,
    TextAreaMixin,
    DateInputMixin,
    TimeInputMixin,
    FileUploaderMixin,
    DownloadButtonMixin,
):
    """``st.number_input``, ``text_input``, ``text_area``, ``date_input``, ``time_input``,
    ``file_uploader`` and ``download_button``."""
