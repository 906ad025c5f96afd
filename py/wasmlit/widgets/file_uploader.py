"""``st.file_uploader``: files chosen or dropped in the page, as ``UploadedFile`` objects.

How the bytes get here: see ``wasmlit.widgets.uploaded_file``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

from wasmlit.catalogue import FILE_UPLOADER
from wasmlit.elements.host import ElementHost
from wasmlit.elements.layout_params import check_width
from wasmlit.errors import StreamlitAPIException, StreamlitValueError
from wasmlit.runtime import context
from wasmlit.widgets.input_common import (
    with_detail,
)
from wasmlit.widgets.registration import (
    ON_CHANGE_MODES,
    WidgetSpec,
    check_label_visibility,
    register,
    show_widget,
    validate_callback,
)
from wasmlit.widgets.uploaded_file import UploadedFile, file_from_browser, file_to_browser

DEFAULT_MAX_UPLOAD_SIZE_MB = 200
CATEGORY_SHORTCUTS = frozenset({"image", "audio", "video", "text"})
# Extensions that name the same kind of file: allowing one allows the other.
EXTENSION_PAIRS = ((".jpg", ".jpeg"), (".mpg", ".mpeg"), (".mp4", ".mpeg4"), (".tif", ".tiff"), (".htm", ".html"))


def normalize_file_types(file_type: str | Sequence[str]) -> list[str]:
    """Streamlit's ``type`` rules: shortcuts become MIME wildcards, extensions get a dot.

    >>> normalize_file_types(["CSV", " image ", "application/PDF", "jpg"])
    ['image/*', 'application/pdf', '.csv', '.jpg', '.jpeg']
    """
    entries = [file_type] if isinstance(file_type, str) else file_type
    extensions: list[str] = []
    mime_types: list[str] = []
    for raw_entry in entries:
        entry = raw_entry.strip()
        if not entry:
            continue
        if entry.lower() in CATEGORY_SHORTCUTS:
            mime_types.append(f"{entry.lower()}/*")
        elif "/" in entry:
            mime_types.append(entry.lower())
        else:
            extension = entry.lower()
            extensions.append(extension if extension.startswith(".") else f".{extension}")
    for first, second in EXTENSION_PAIRS:
        if first in extensions and second not in extensions:
            extensions.append(second)
        if second in extensions and first not in extensions:
            extensions.append(first)
    return mime_types + extensions


def check_file_name(name: str, allowed_types: Sequence[str]) -> None:
    """Refuse a file the type filter excludes (the page's own filter can be bypassed)."""
    if "\0" in name:
        raise StreamlitAPIException("Filename cannot contain null bytes.")
    extension_types = [allowed.lower() for allowed in allowed_types if allowed.startswith(".")]
    if any("/" in allowed for allowed in allowed_types) or not extension_types:
        return
    if not any(name.lower().endswith(allowed) for allowed in extension_types):
        raise StreamlitAPIException(
            f"Invalid file extension: `{os.path.splitext(name)[1]}`. Allowed: {extension_types}"
        )


def check_max_upload_size(max_upload_size: Any) -> None:
    if max_upload_size is not None and (
        isinstance(max_upload_size, bool) or not isinstance(max_upload_size, int) or max_upload_size < 1
    ):
        raise with_detail(
            StreamlitValueError("max_upload_size", "a positive integer"),
            "Set it to None to fall back to the `server.maxUploadSize` configuration option.",
        )


def files_from_browser(multiple: bool) -> Callable[[Any], Any]:
    def deserialize(raw: Any) -> Any:
        records = raw if isinstance(raw, list) else []
        files = [upload for upload in map(file_from_browser, records) if upload is not None]
        if multiple:
            return files
        return files[0] if files else None

    return deserialize


def files_to_browser(value: Any) -> list[dict[str, Any]]:
    """The page's JSON form, bytes included (AppTest sends this as the browser would)."""
    files = value if isinstance(value, list) else [] if value is None else [value]
    return [file_to_browser(upload) for upload in files if isinstance(upload, UploadedFile)]


def file_names_for_page(value: Any) -> list[dict[str, Any]]:
    files = value if isinstance(value, list) else [] if value is None else [value]
    return [file_to_browser(upload, with_data=False) for upload in files if isinstance(upload, UploadedFile)]


class FileUploaderMixin(ElementHost):
    def file_uploader(
        self,
        label: Any,
        type: str | Sequence[str] | None = None,
        accept_multiple_files: bool | str = False,
        key: Any = None,
        help: Any = None,
        on_change: Any = "rerun",
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        max_upload_size: int | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
    ) -> Any:
        """A drop zone and file picker; returns an UploadedFile (a list when several are allowed)."""
        callback = validate_callback(on_change, supported_modes=ON_CHANGE_MODES)
        check_max_upload_size(max_upload_size)
        check_label_visibility(label_visibility)
        label_text = "" if label is None else str(label)
        allowed_types = normalize_file_types(type) if type else []
        directory = accept_multiple_files == "directory"
        multiple = accept_multiple_files is True or directory
        widget = register(
            self,
            WidgetSpec(
                element=FILE_UPLOADER,
                key=key,
                identity_params={
                    "label": label_text,
                    "type": type,
                    "accept_multiple_files": accept_multiple_files,
                    "help": help,
                    "width": width,
                    "max_upload_size": max_upload_size,
                },
                keyed_identity_params={
                    "type": type,
                    "accept_multiple_files": accept_multiple_files,
                    "max_upload_size": max_upload_size,
                },
                deserialize=files_from_browser(multiple),
                serialize=files_to_browser,
                callback=callback,
                callback_args=args,
                callback_kwargs=kwargs,
                disabled=bool(disabled),
                read_only=True,
                label=label,
                help=help,
                label_visibility=label_visibility,
                pixel_width=width,
                on_change=on_change,
            ),
        )
        if allowed_types:
            for upload in widget.value if isinstance(widget.value, list) else [widget.value]:
                if isinstance(upload, UploadedFile):
                    check_file_name(upload.name, allowed_types)
        check_width(width, allow_content=False)
        props: dict[str, Any] = {}
        default_size = context.current().config.get("server.maxUploadSize", DEFAULT_MAX_UPLOAD_SIZE_MB)
        props.update(
            {
                "types": allowed_types,
                "maxUploadSizeMb": max_upload_size if max_upload_size is not None else default_size,
                "multiple": multiple,
                "directory": directory,
            }
        )
        show_widget(self, widget, props, browser_value=file_names_for_page(widget.value))
        return widget.value
