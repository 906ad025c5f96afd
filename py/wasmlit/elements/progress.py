"""``st.progress`` and ``st.spinner``: feedback that advances while the script works.

Both reach the page mid-run: output is streamed at yield points (every ``st.*`` call) at
most every 100 ms, and always before ``time.sleep``.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator
from typing import Any

from wasmlit.catalogue import PROGRESS, SPINNER
from wasmlit.elements.host import ElementHost
from wasmlit.errors import StreamlitInvalidParameterTypeError, StreamlitValueOutOfRangeError
from wasmlit.runtime import context
from wasmlit.string_util import clean_text


def _close_to(value: float, bound: float) -> bool:
    return math.isclose(value, bound, rel_tol=1e-9, abs_tol=1e-9)


def progress_percent(value: Any) -> int:
    """An int 0-100 or a float 0.0-1.0, as Streamlit accepts them, in percent.

    >>> progress_percent(0.5), progress_percent(42)
    (50, 42)
    >>> progress_percent(101)
    Traceback (most recent call last):
    ...
    wasmlit.errors.StreamlitValueOutOfRangeError: The `value` parameter, set to 101, is outside the required range [0, 100].
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise StreamlitInvalidParameterTypeError("value", "int, float", type(value).__name__)
    if isinstance(value, int):
        if not 0 <= value <= 100:
            raise StreamlitValueOutOfRangeError("value", value, 0, 100)
        return value
    if not (0.0 <= value <= 1.0 or _close_to(value, 0.0) or _close_to(value, 1.0)):
        raise StreamlitValueOutOfRangeError("value", value, 0.0, 1.0)
    return int(value * 100)


class ProgressMixin(ElementHost):
    def progress(self, value: Any, text: Any = None, width: Any = "stretch") -> ElementHost:
        """A progress bar; call ``.progress()`` on the returned handle to move it."""
        props: dict[str, Any] = {"value": progress_percent(value)}
        if text is not None:
            if not isinstance(text, str):
                raise StreamlitInvalidParameterTypeError("text", "str", type(text).__name__)
            props["text"] = clean_text(text)
        return self._emit_slot(PROGRESS, props)

    @contextlib.contextmanager
    def spinner(
        self,
        text: Any = "In progress...",
        *,
        show_time: bool = False,
        width: Any = "content",
        _cache: bool = False,
    ) -> Iterator[None]:
        """Show a spinner while the ``with`` block runs; it leaves no trace afterwards."""
        props: dict[str, Any] = {"text": clean_text(text)}
        if show_time:
            props["showTime"] = True
        if _cache:
            props["cache"] = True
        node = self._emit(SPINNER, props)
        try:
            yield
        finally:
            context.current().tree.remove(node)
