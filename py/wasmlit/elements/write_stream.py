"""``st.write_stream``: write a generator's chunks as they arrive; return the whole text.

Text chunks are joined into one Markdown element that grows in place; other chunks are
written with ``st.write`` (callables are called). Async generators run on a private
timer loop (``wasmlit.async_iteration``).
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from typing import Any

from wasmlit.async_iteration import iterate_async
from wasmlit.elements.host import ElementHost
from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError


class StreamingOutput(list[Any]):
    """The list ``st.write_stream`` returns when the stream held more than one text."""


def _iterable(stream: Any) -> Iterable[Any]:
    if inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream):
        stream = stream()
    if inspect.isasyncgen(stream):
        return iterate_async(stream)
    try:
        iter(stream)
    except TypeError as error:
        raise StreamlitAPIException(
            f"The provided input (type: {type(stream)}) cannot be iterated. Please make sure that it is a "
            "generator, generator function or iterable."
        ) from error
    return stream


class WriteStreamMixin(ElementHost):
    def write_stream(self, stream: Any, *, cursor: str | None = None) -> list[Any] | str:
        """Stream chunks to the page; returns the full text (or a list of what was written)."""
        if isinstance(stream, str):
            error = StreamlitInvalidParameterTypeError("stream", "generator, stream-like object", "str")
            error.args = (f"{error} Please use `st.write` instead for this data type.",)
            raise error
        cursor_text = cursor or ""
        text_slot: Any = None
        text = ""
        written = StreamingOutput()

        def finish_text() -> None:
            nonlocal text_slot, text
            if text and text_slot is not None:
                text_slot.markdown(text)
                written.append(text)
            text_slot, text = None, ""

        for chunk in _iterable(stream):
            if isinstance(chunk, str):
                if not chunk:
                    continue
                first = text_slot is None
                if text_slot is None:
                    text_slot = self.empty()  # type: ignore[attr-defined]
                text += chunk
                text_slot.markdown(text + ("" if first else cursor_text))
            elif callable(chunk):
                finish_text()
                chunk()
            else:
                finish_text()
                self.write(chunk)  # type: ignore[attr-defined]
                written.append(chunk)
        finish_text()
        if not written:
            return ""
        if len(written) == 1 and isinstance(written[0], str):
            return written[0]
        return written
