"""``st.download_button``: a button that saves data as a file, True in the run its click caused.

Transport: the data travels in the element's props as base64 (``data``), with the final
``fileName`` and ``mime``; the page turns it into a Blob URL only when clicked. An
unchanged element is not re-sent, but the data is re-encoded on every run, so very
large downloads (tens of MB) make every run slower. A callable ``data`` is called on every
run in which the button is enabled (Streamlit defers it to the click).
"""

from __future__ import annotations

import base64
import io
import mimetypes
import os
from typing import Any

from wasmlit.elements.host import ElementHost
from wasmlit.elements.layout_params import check_width
from wasmlit.errors import (
    FORMS_DOCS_SUFFIX,
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitValueError,
)
from wasmlit.runtime.state.session_state import TRIGGER
from wasmlit.string_util import to_help_str
from wasmlit.widgets.button import check_button_type, trigger_from_browser
from wasmlit.widgets.input_common import validate_icon
from wasmlit.widgets.registration import ON_CHANGE_MODES, WidgetSpec, ignores_rerun, register, validate_callback

ICON_POSITIONS = ("left", "right")
DEFAULT_FILE_STEM = "streamlit_download"
# MIME types whose extension Python's table does not give the way Streamlit wants it.
PREFERRED_EXTENSIONS = {"audio/wav": ".wav", "text/vtt": ".vtt", "application/vnd.apache.arrow.stream": ""}


def data_to_bytes(data: Any) -> tuple[bytes, str]:
    """The bytes to download and the MIME type they imply.

    >>> data_to_bytes("é")
    (b'\\xc3\\xa9', 'text/plain')
    """
    if isinstance(data, str):
        return data.encode(), "text/plain"
    if isinstance(data, io.TextIOWrapper):
        return data.read().encode(), "text/plain"
    if isinstance(data, io.StringIO):
        return data.getvalue().encode(), "text/plain"
    if isinstance(data, bytes):
        return data, "application/octet-stream"
    if isinstance(data, io.BytesIO):
        data.seek(0)
        return data.getvalue(), "application/octet-stream"
    if isinstance(data, io.BufferedReader | io.RawIOBase):
        data.seek(0)
        return data.read() or b"", "application/octet-stream"
    raise StreamlitAPIException(f"Invalid binary data format: {type(data)}")


def infer_from_file_object(data: Any, file_name: str | None, mime: str | None) -> tuple[str | None, str | None]:
    """A file opened from disk names itself: fill in a missing ``file_name`` and ``mime``."""
    try:
        name = getattr(data, "name", None)
    except (AttributeError, ValueError, OSError):
        return file_name, mime
    if not isinstance(name, str) or not name:
        return file_name, mime
    if file_name is None:
        file_name = os.path.basename(name)
    if mime is None:
        mime = mimetypes.guess_type(file_name)[0]
    return file_name, mime


def default_file_name(mime: str) -> str:
    """``streamlit_download`` plus the MIME type's usual extension, as Streamlit's server names it.

    >>> default_file_name("text/plain"), default_file_name("application/x-unknown")
    ('streamlit_download.txt', 'streamlit_download')
    """
    if mime in PREFERRED_EXTENSIONS:
        return DEFAULT_FILE_STEM + PREFERRED_EXTENSIONS[mime]
    return DEFAULT_FILE_STEM + (mimetypes.guess_extension(mime, strict=False) or "")


def download_props(data: Any, file_name: Any, mime: Any, *, disabled: bool) -> dict[str, Any]:
    """``data``/``fileName``/``mime`` for the page (nothing to download while a callable is disabled)."""
    if file_name is not None and not isinstance(file_name, str):
        raise AttributeError(f"'{type(file_name).__name__}' object has no attribute 'encode'")
    if callable(data):
        if disabled:
            return {}
        data = data()
    file_name, mime = infer_from_file_object(data, file_name, mime)
    payload, inferred_mime = data_to_bytes(data)
    mime = inferred_mime if mime is None else str(mime)
    return {
        "data": base64.b64encode(payload).decode("ascii"),
        "fileName": file_name or default_file_name(mime),
        "mime": mime,
    }


class DownloadButtonMixin(ElementHost):
    def download_button(
        self,
        label: Any,
        data: Any,
        file_name: str | None = None,
        mime: str | None = None,
        key: Any = None,
        help: Any = None,
        on_click: Any = "rerun",
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        type: str = "secondary",
        icon: Any = None,
        icon_position: str | None = "left",
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Any = "content",
        shortcut: Any = None,
        wrap: bool | None = None,
    ) -> bool:
        """A button that downloads ``data``; returns True only in the run its click caused."""
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        check_button_type(type)
        if icon_position is None:
            icon_position = "left"
        if icon_position not in ICON_POSITIONS:
            raise StreamlitValueError("icon_position", ICON_POSITIONS)
        callback = validate_callback(on_click, parameter="on_click", supported_modes=ON_CHANGE_MODES)
        label_text = "" if label is None else str(label)
        widget = register(
            self,
            WidgetSpec(
                element_type="download_button",
                command="download_button",
                key=key,
                identity_params={
                    "label": label_text,
                    "icon": icon,
                    "file_name": file_name,
                    "mime": mime,
                    "help": help,
                    "type": type,
                    "width": width,
                    "icon_position": icon_position,
                    "shortcut": shortcut,
                },
                deserialize=trigger_from_browser,
                serialize=bool,
                value_type=TRIGGER,
                callback=callback,
                callback_args=args,
                callback_kwargs=kwargs,
                disabled=bool(disabled),
                read_only=True,
            ),
        )
        if self.form_id is not None:
            raise StreamlitInvalidLayoutContextError(
                "`st.download_button()` can't be used in an `st.form()`." + FORMS_DOCS_SUFFIX + "\n"
            )
        props: dict[str, Any] = {"label": label_text, "kind": type, "disabled": bool(disabled)}
        props.update(download_props(data, file_name, mime, disabled=bool(disabled)))
        if help is not None:
            props["help"] = to_help_str(help)
        icon_text = validate_icon(icon)
        if icon_text is not None:
            props["icon"] = icon_text
        if icon_position == "right":
            props["iconPosition"] = "right"
        if ignores_rerun(on_click):
            props["ignoreRerun"] = True
        check_width(width, allow_content=True)
        if width == "stretch":
            props["stretch"] = True
        elif isinstance(width, int) and not isinstance(width, bool):
            props["width"] = width
        if widget.user_key is not None:
            props["key"] = widget.user_key
        self._emit("download_button", props, widget_id=widget.id)
        return bool(widget.value)
