"""``st.audio_input`` and ``st.camera_input``: a recording or a photo taken in the page.

The page records (microphone, resampled to ``sample_rate`` and encoded as WAV) or
captures (camera, a JPEG), and sends the file as the widget's value exactly as the file
uploader sends its files (``wasmlit.widgets.uploaded_file``). The script gets an
``UploadedFile`` or None. As in Streamlit, the key is read-only in Session State and,
with a key, the widget's identity is the key alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from wasmlit.catalogue import AUDIO_INPUT, CAMERA_INPUT
from wasmlit.catalogue.element_type import ElementType
from wasmlit.elements.host import ElementHost
from wasmlit.elements.layout_params import check_width
from wasmlit.errors import StreamlitValueError
from wasmlit.widgets.file_uploader import check_file_name, file_names_for_page, files_from_browser, files_to_browser
from wasmlit.widgets.registration import (
    ON_CHANGE_MODES,
    WidgetSpec,
    check_label_visibility,
    register,
    show_widget,
    validate_callback,
)
from wasmlit.widgets.uploaded_file import UploadedFile

ALLOWED_SAMPLE_RATES = (8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000)
RESOLUTION_HEIGHTS = {"480p": 480, "720p": 720, "1080p": 1080}


def check_sample_rate(sample_rate: Any, parameter: str = "sample_rate") -> None:
    if sample_rate is not None and sample_rate not in ALLOWED_SAMPLE_RATES:
        raise StreamlitValueError(parameter, ", ".join(map(str, ALLOWED_SAMPLE_RATES)) + ", None")


class _Options(NamedTuple):
    """The parameters both widgets share, as the script passed them."""

    label: Any
    key: Any
    help: Any
    on_change: Any
    args: Sequence[Any] | None
    kwargs: dict[str, Any] | None
    disabled: bool
    label_visibility: str
    width: Any


def _one_file(extension: str) -> Callable[[Any], UploadedFile | None]:
    """The widget's value from the page's records: the file, checked for its extension, or None."""
    to_file = files_from_browser(multiple=False)

    def deserialize(raw: Any) -> UploadedFile | None:
        upload = to_file(raw)
        if isinstance(upload, UploadedFile):
            check_file_name(upload.name, [extension])
            return upload
        return None

    return deserialize


class MediaInputsMixin(ElementHost):
    def audio_input(
        self,
        label: Any,
        *,
        sample_rate: int | None = 16000,
        key: Any = None,
        help: Any = None,
        on_change: Any = "rerun",
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
    ) -> UploadedFile | None:
        """A microphone recorder; returns the recording as a WAV ``UploadedFile``, or None."""
        check_sample_rate(sample_rate)
        identity = {"label": label, "help": help, "width": width, "sample_rate": sample_rate}
        props = {"sampleRate": sample_rate}
        options = _Options(label, key, help, on_change, args, kwargs, disabled, label_visibility, width)
        return self._media_input(AUDIO_INPUT, ".wav", identity, props, options)

    def camera_input(
        self,
        label: Any,
        key: Any = None,
        help: Any = None,
        on_change: Any = "rerun",
        args: Sequence[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        resolution: str | None = None,
        width: Any = "stretch",
    ) -> UploadedFile | None:
        """A camera preview with a shutter button; returns the photo as a JPEG ``UploadedFile``, or None."""
        if resolution is not None and resolution not in RESOLUTION_HEIGHTS:
            raise StreamlitValueError("resolution", "'480p', '720p', '1080p', None")
        identity = {"label": label, "help": help, "width": width, "resolution": resolution}
        props = {} if resolution is None else {"resolutionHeight": RESOLUTION_HEIGHTS[resolution]}
        options = _Options(label, key, help, on_change, args, kwargs, disabled, label_visibility, width)
        return self._media_input(CAMERA_INPUT, ".jpg", identity, props, options)

    def _media_input(
        self, element: ElementType, extension: str, identity: dict[str, Any], props: dict[str, Any], options: _Options
    ) -> UploadedFile | None:
        callback = validate_callback(options.on_change, supported_modes=ON_CHANGE_MODES)
        check_label_visibility(options.label_visibility)
        widget = register(
            self,
            WidgetSpec(
                element=element,
                key=options.key,
                identity_params=identity,
                deserialize=_one_file(extension),
                serialize=files_to_browser,
                callback=callback,
                callback_args=options.args,
                callback_kwargs=options.kwargs,
                disabled=bool(options.disabled),
                read_only=True,
                label=options.label,
                help=options.help,
                label_visibility=options.label_visibility,
                pixel_width=options.width,
                on_change=options.on_change,
            ),
        )
        check_width(options.width, allow_content=False)
        show_widget(self, widget, props, browser_value=file_names_for_page(widget.value))
        value: UploadedFile | None = widget.value
        return value
