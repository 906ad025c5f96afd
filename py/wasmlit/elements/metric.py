"""``st.metric``: a big value with an optional delta chip, sparkline and border."""

from __future__ import annotations

import numbers
import textwrap
from typing import Any

from wasmlit.catalogue import METRIC
from wasmlit.elements.host import ElementHost
from wasmlit.elements.layout_params import check_height, check_icon, check_width
from wasmlit.elements.number_format import format_number
from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitValueError
from wasmlit.string_util import to_help_str
from wasmlit.widgets.registration import check_label_visibility

_NAMED_COLORS = ("red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary")
DELTA_COLORS = ("normal", "inverse", "off", *_NAMED_COLORS)
DELTA_ARROWS = ("auto", "up", "down", "off")
CHART_TYPES = ("line", "bar", "area")


def metric_number(value: Any, parameter: str) -> str:
    """A number as Streamlit shows it (``str()``, numpy scalars through ``.item()``).

    >>> metric_number(1.5, "value"), metric_number(7, "delta")
    ('1.5', '7')
    >>> metric_number([1], "value")
    Traceback (most recent call last):
    ...
    wasmlit.errors.StreamlitInvalidParameterTypeError: Invalid `value` type. Expected one of: int, float, Decimal, NumPy number. Provided type: list. Convert the value to a number type.
    """
    if isinstance(value, numbers.Number):
        return str(value)
    item = getattr(value, "item", None)
    if callable(item):
        try:
            unboxed = item()
        except Exception:  # any failure means "not a number", as in Streamlit
            unboxed = None
        if isinstance(unboxed, int | float):
            return str(unboxed)
    # Streamlit's text ends with a hint after the provided type.
    provided = f"{type(value).__name__}. Convert the value to a number type"
    raise StreamlitInvalidParameterTypeError(parameter, "int, float, Decimal, NumPy number", provided)


def _body(value: Any) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else metric_number(value, "value")


def _delta_text(delta: Any) -> str:
    if delta is None or delta == "":
        return ""
    return textwrap.dedent(delta) if isinstance(delta, str) else metric_number(delta, "delta")


def delta_direction(delta: Any) -> str:
    """``up``, ``down`` or ``none``: zero (only the number 0 or the string "0") is none.

    >>> delta_direction(-2), delta_direction("0"), delta_direction("0%"), delta_direction(0.0)
    ('down', 'none', 'up', 'none')
    """
    if delta is None or delta == "":
        return "none"
    if (textwrap.dedent(delta) == "0") if isinstance(delta, str) else bool(delta == 0):
        return "none"
    return "down" if textwrap.dedent(str(delta)).startswith("-") else "up"


def chip_color(delta_color: Any, direction: str, has_delta: bool) -> str:
    """The chip's colour name, by Streamlit's rules.

    >>> chip_color("normal", "down", True), chip_color("inverse", "down", True), chip_color("grey", "up", True)
    ('red', 'green', 'gray')
    """
    if delta_color not in DELTA_COLORS:
        raise StreamlitValueError("delta_color", DELTA_COLORS)
    if not has_delta:
        return "gray"
    if delta_color in _NAMED_COLORS:
        return "gray" if delta_color == "grey" else str(delta_color)
    if direction == "none" or delta_color == "off":
        return "gray"
    good = direction == "up" if delta_color == "normal" else direction == "down"
    return "green" if good else "red"


def chart_points(chart_data: Any) -> list[float]:
    """The sparkline's values, as Streamlit reads them (``convert_anything_to_list``: a
    mapping's keys, a sequence's items, a table's first column); anything not convertible
    to float is Streamlit's error."""
    from wasmlit.elements.frame import to_list

    values = to_list(chart_data)
    points = []
    for value in values:
        try:
            points.append(float(value))
        except Exception as error:
            raise StreamlitAPIException(
                "Only numeric values are supported for chart data sequence. The value "
                f"'{value}' is of type {type(value)} and cannot be converted to float."
            ) from error
    return points


class MetricMixin(ElementHost):
    def metric(
        self,
        label: Any,
        value: Any,
        delta: Any = None,
        delta_color: Any = "normal",
        *,
        help: Any = None,
        icon: Any = None,
        label_visibility: str = "visible",
        border: bool = False,
        width: Any = "stretch",
        height: Any = "content",
        chart_data: Any = None,
        chart_type: str = "line",
        delta_arrow: Any = "auto",
        format: Any = None,
        delta_description: Any = None,
    ) -> ElementHost:
        """A metric: label, big value, and a coloured delta with an arrow."""
        from wasmlit.runtime import log

        label_text = "" if label is None else str(label)
        if not label_text:
            log.warn(
                "`label` got an empty value. This is discouraged for accessibility reasons and may be "
                "disallowed in the future by raising an exception. Please provide a non-empty label and "
                "hide it with label_visibility if needed."
            )
        check_label_visibility(label_visibility)
        props: dict[str, Any] = {"label": label_text, "body": _body(value), "delta": _delta_text(delta)}
        if help is not None:
            props["help"] = to_help_str(help)
        checked_icon = check_icon(icon)
        if checked_icon:
            props["icon"] = checked_icon
        direction = delta_direction(delta)
        props["color"] = chip_color(delta_color, direction, props["delta"] != "")
        if delta_arrow not in DELTA_ARROWS:
            raise StreamlitValueError("delta_arrow", DELTA_ARROWS)
        props["direction"] = direction if delta_arrow == "auto" else {"off": "none"}.get(delta_arrow, delta_arrow)
        if label_visibility != "visible":
            props["labelVisibility"] = label_visibility
        if border:
            props["border"] = True
        if chart_data is not None:
            props["chart"] = chart_points(chart_data)
            props["chartType"] = chart_type if chart_type in CHART_TYPES else "line"
        if format is not None:
            props["body"] = _formatted(value, props["body"], format)
        if delta_description is not None:
            props["deltaDescription"] = str(delta_description)
        check_width(width, allow_content=True)
        check_height(height, allow_content=True)
        if width != "stretch":
            props["width"] = width
        if height != "content":
            props["height"] = height
        return self._emit_slot(METRIC, props)


def _formatted(value: Any, body: str, fmt: Any) -> str:
    """``format`` applies to a numeric value only, as in Streamlit's page."""
    if isinstance(value, int) and not isinstance(value, bool):
        return format_number(value, str(fmt))
    if isinstance(value, numbers.Real):
        return format_number(float(value), str(fmt))
    return body
