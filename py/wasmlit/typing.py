"""``st.typing``: Streamlit's types for annotations. ``UploadedFile`` and ``ChatInputValue`` are wasmlit's own classes;
the states of elements wasmlit lacks raise when imported or read.
"""

from typing import Any as _Any

from wasmlit.unsupported import module_getattr as _module_getattr
from wasmlit.widgets.uploaded_file import UploadedFile as UploadedFile

_unsupported_getattr: _Any = _module_getattr("streamlit.typing", "st.typing")


def __getattr__(name: str) -> _Any:
    # Imported on first use: its class costs memory every app would carry in the snapshot.
    if name == "ChatInputValue":
        from wasmlit.elements.chat_value import ChatInputValue

        return ChatInputValue
    if name in ("DataEditorState", "DataframeState"):
        from wasmlit.elements import grid_states

        return getattr(grid_states, name)
    return _unsupported_getattr(name)


__all__ = ["ChatInputValue", "DataEditorState", "DataframeState", "UploadedFile"]  # noqa: F822 (from __getattr__)
