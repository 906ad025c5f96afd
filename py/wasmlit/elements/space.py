"""``st.space``: vertical space in a vertical layout, horizontal space in a horizontal one."""

from __future__ import annotations

from typing import Any

from wasmlit.catalogue import SPACE
from wasmlit.elements.host import ElementHost
from wasmlit.errors import StreamlitValueError
from wasmlit.widgets.input_common import with_detail

NAMED_SIZES = ("stretch", "xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")


def check_space_size(size: Any) -> str | int:
    """Streamlit's ``validate_space_size``: a named size or a positive number of pixels.

    >>> check_space_size("medium"), check_space_size(12)
    ('medium', 12)
    >>> check_space_size(0)
    Traceback (most recent call last):
    ...
    wasmlit.errors.StreamlitValueError: Invalid `size` value. Supported values: 'stretch', 'xxsmall', 'xsmall', 'small', 'medium', 'large', 'xlarge', 'xxlarge', a positive integer. Got 0.
    """
    if isinstance(size, str) and size in NAMED_SIZES:
        return size
    if isinstance(size, int) and size > 0:
        return int(size)
    supported = ", ".join([*(repr(name) for name in NAMED_SIZES), "a positive integer"])
    raise with_detail(StreamlitValueError("size", supported), f"Got {size!r}.")


class SpaceMixin(ElementHost):
    def space(self, size: Any = "small") -> ElementHost:
        """Empty space of a named size ("small": a widget label's height) or in pixels."""
        return self._emit_slot(SPACE, {"size": check_space_size(size)})
