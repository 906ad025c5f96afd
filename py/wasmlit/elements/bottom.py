"""``st.bottom``: the area pinned below the main area (``stBottom``), for the main area only."""

from __future__ import annotations

from typing import Any

from wasmlit.errors import StreamlitInvalidLayoutContextError
from wasmlit.runtime import context
from wasmlit.runtime.tree import ROOT_SIDEBAR


class BottomContainerProxy:
    """Streamlit's proxy: every use checks that the script is not writing into the sidebar."""

    def __init__(self, bottom: Any) -> None:
        object.__setattr__(self, "_bottom", bottom)

    def _check_context(self) -> None:
        stack = context.current().container_stack
        if stack and stack[-1].root_id == ROOT_SIDEBAR:
            raise StreamlitInvalidLayoutContextError(
                "`st.bottom` cannot be used inside `st.sidebar`. "
                "The bottom container is only available in the main app area."
            )

    def __getattr__(self, name: str) -> Any:
        self._check_context()
        return getattr(object.__getattribute__(self, "_bottom"), name)

    def __dir__(self) -> list[str]:
        return dir(object.__getattribute__(self, "_bottom"))

    def __enter__(self) -> None:
        self._check_context()
        object.__getattribute__(self, "_bottom").__enter__()

    def __exit__(self, *exc_info: object) -> None:
        object.__getattribute__(self, "_bottom").__exit__(*exc_info)
