"""``st.typing``: Streamlit's types for annotations. ``UploadedFile`` and ``ChatInputValue`` are wasmlit's own classes;
the states of elements wasmlit lacks raise when imported or read.
"""

from typing import Any as _Any

from wasmlit.elements.chat_value import ChatInputValue as ChatInputValue
from wasmlit.unsupported import module_getattr as _module_getattr
from wasmlit.widgets.uploaded_file import UploadedFile as UploadedFile

__getattr__: _Any = _module_getattr("streamlit.typing", "st.typing")

__all__ = ["ChatInputValue", "UploadedFile"]
