"""``streamlit.runtime.uploaded_file_manager``: ``UploadedFile`` and the records around it.

In wasmlit an upload travels from the page to the script inside the rerun message
(``wasmlit.widgets.uploaded_file``); there is no server-side file manager.
"""

from typing import Any as _Any
from typing import NamedTuple

from wasmlit.unsupported import module_getattr as _module_getattr
from wasmlit.widgets.uploaded_file import UploadedFile as UploadedFile


class UploadedFileRec(NamedTuple):
    """Metadata and raw bytes for an uploaded file."""

    file_id: str
    name: str
    type: str
    data: bytes


class UploadFileUrlInfo(NamedTuple):
    file_id: str
    upload_url: str
    delete_url: str


class DeletedFile(NamedTuple):
    file_id: str


__getattr__: _Any = _module_getattr(
    "streamlit.runtime.uploaded_file_manager", "streamlit.runtime.uploaded_file_manager"
)
