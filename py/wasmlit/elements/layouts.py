"""``st.container`` and ``st.columns``: blocks that hold other elements.

A container is a node whose children form a block (``tree.py``); the returned host
writes into it, with ``with`` or by calling element methods on it. Node types and the
props the page reads:

- ``container``: ``border``, ``height`` (pixels or "stretch"), ``width``, ``horizontal``,
  ``wrap``, ``gap`` (pixels), ``justify``/``align`` (flex values), ``key``;
- ``columns`` (the row, Streamlit's stHorizontalBlock): ``gap``, ``wrap``;
  its children are ``column`` nodes: ``weight`` (share of the row), ``gap``,
  ``verticalAlignment``, ``border``.
"""

from __future__ import annotations

from collections.abc import Sequence
from numbers import Integral, Real
from typing import Any

from wasmlit.catalogue import COLUMN, COLUMNS, CONTAINER
from wasmlit.elements import layout_params as params
from wasmlit.elements.host import ElementHost
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidColumnSpecError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)

_FLEX_POSITIONS = {"top": "start", "left": "start", "center": "center", "bottom": "end", "right": "end"}


def _flex_position(alignment: str) -> str:
    return "space-between" if alignment == "distribute" else _FLEX_POSITIONS[alignment]


def _column_weights(spec: Any) -> list[float]:
    """Normalised column widths from ``3`` or ``[2, 1]`` (Streamlit's checks and texts)."""
    if isinstance(spec, Integral):
        weights: Sequence[Any] = (1,) * int(spec)
    elif isinstance(spec, Sequence) and not isinstance(spec, str | bytes):
        weights = spec
    else:
        raise StreamlitInvalidParameterTypeError("spec", "int, sequence of numbers", type(spec).__name__)
    if not all(isinstance(weight, Real) and not isinstance(weight, bool) for weight in weights):
        raise StreamlitInvalidParameterTypeError("spec", "int, sequence of numbers", type(spec).__name__)
    if not weights or any(weight <= 0 for weight in weights):
        raise StreamlitInvalidColumnSpecError()
    total = float(sum(weights))
    return [float(weight) / total for weight in weights]


class LayoutMixin(ElementHost):
    def container(
        self,
        *,
        border: bool | None = None,
        key: Any = None,
        width: Any = "stretch",
        height: Any = "content",
        horizontal: bool = False,
        wrap: bool = True,
        horizontal_alignment: str = "left",
        vertical_alignment: str = "top",
        gap: Any = "small",
        autoscroll: bool | None = None,
    ) -> ElementHost:
        """A block for several elements; a fixed ``height`` scrolls and has a border by default."""
        params.check_horizontal_alignment(horizontal_alignment)
        params.check_vertical_alignment(vertical_alignment, params.CONTAINER_VERTICAL_ALIGNMENTS)
        if wrap is False and not horizontal:
            raise StreamlitAPIException(
                "`wrap=False` and `horizontal=False` cannot be used together. A vertical container has no "
                "horizontal row of elements to keep in a single, scrolling row. Set `horizontal=True` to use "
                "`wrap=False`, or remove the `wrap` argument."
            )
        params.check_width(width, allow_content=True)
        params.check_height(height, allow_content=True)
        gap_size = params.gap_pixels(gap)
        claimed_key = params.claim_container_key(key)
        fixed_height = isinstance(height, int) and not isinstance(height, bool)
        props: dict[str, Any] = {"border": bool(border) if border is not None else fixed_height, "gap": gap_size}
        if height != "content":
            props["height"] = height
        if width != "stretch":
            props["width"] = width
        if horizontal:
            props["horizontal"] = True
            props["wrap"] = bool(wrap)
            props["justify"] = _flex_position(horizontal_alignment)
            props["align"] = _flex_position(vertical_alignment)
        else:
            props["justify"] = _flex_position(vertical_alignment)
            props["align"] = _flex_position(horizontal_alignment)
        if autoscroll:
            props["autoscroll"] = True
        if claimed_key is not None:
            props["key"] = claimed_key
        return self._block_for(self._emit(CONTAINER, props))

    def columns(
        self,
        spec: Any,
        *,
        gap: Any = "small",
        vertical_alignment: str = "top",
        border: bool = False,
        width: Any = "stretch",
        wrap: bool = True,
    ) -> list[ElementHost]:
        """Side-by-side blocks; ``spec`` is a count or a list of width ratios."""
        weights = _column_weights(spec)
        if not isinstance(wrap, bool):
            raise StreamlitValueError("wrap", ("True", "False"))
        params.check_vertical_alignment(vertical_alignment)
        gap_size = params.gap_pixels(gap)
        params.check_width(width, allow_content=False)
        row_props: dict[str, Any] = {"gap": gap_size, "wrap": wrap}
        if width != "stretch":
            row_props["width"] = width
        row = self._block_for(self._emit(COLUMNS, row_props))
        column_props = {"gap": gap_size, "verticalAlignment": vertical_alignment, "border": bool(border)}
        gap_name = gap if isinstance(gap, str) else None
        columns = []
        for weight in weights:
            props = {"weight": weight, **column_props, "gapName": gap_name}
            columns.append(row._block_for(row._emit(COLUMN, props)))
        return columns
