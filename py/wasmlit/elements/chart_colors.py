"""Colours as Streamlit's chart commands take them: hex strings, RGB(A) tuples, theme names."""

from __future__ import annotations

from typing import Any

from wasmlit.errors import StreamlitInvalidColorError

BUILTIN_COLOR_NAMES = frozenset({"red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary"})


def is_hex_color_like(color: object) -> bool:
    return isinstance(color, str) and color.startswith("#") and color[1:].isalnum() and len(color) in {4, 5, 7, 9}


def is_css_color_like(color: object) -> bool:
    return is_hex_color_like(color) or (isinstance(color, str) and color.startswith(("rgb(", "rgba(")))


def is_color_tuple_like(color: object) -> bool:
    return (
        isinstance(color, tuple | list)
        and len(color) in {3, 4}
        and all(isinstance(component, int | float) for component in color)
    )


def is_color_like(color: object) -> bool:
    """A hex or rgb() string, or a colour tuple (not a theme colour name)."""
    return is_css_color_like(color) or is_color_tuple_like(color)


def is_builtin_color_name(color: object) -> bool:
    """A theme colour name ("red", "primary", ...) the page resolves."""
    return isinstance(color, str) and color.lower() in BUILTIN_COLOR_NAMES


def invalid_color_error(color: Any) -> StreamlitInvalidColorError:
    return StreamlitInvalidColorError(
        f"This does not look like a valid color: {color!r}.\n\n"
        "Colors must be in one of the following formats:\n\n"
        "* Hex string with 3, 4, 6, or 8 digits. Example: `'#00ff00'`\n"
        "* List or tuple with 3 or 4 components. Example: `[1.0, 0.5, 0, 0.2]`"
    )


def int_component(component: Any, color: Any) -> int:
    if isinstance(component, float):
        component = int(component * 255)
    if isinstance(component, int):
        return min(255, max(component, 0))
    raise invalid_color_error(color)


def _float_component(component: Any, color: Any) -> float:
    if isinstance(component, int):
        component /= 255.0
    if isinstance(component, float):
        return min(1.0, max(component, 0.0))
    raise invalid_color_error(color)


def to_css_color(color: Any) -> str:
    """A colour Vega understands: CSS strings pass, tuples become ``rgb()``/``rgba()``.

    >>> to_css_color((255, 0, 0)), to_css_color([0.0, 1.0, 0.0, 0.5]), to_css_color("#0f0")
    ('rgb(255, 0, 0)', 'rgba(0, 255, 0, 0.5)', '#0f0')
    """
    if is_css_color_like(color):
        return str(color)
    if is_color_tuple_like(color):
        red, green, blue = (int_component(component, color) for component in color[:3])
        if len(color) == 3:
            return f"rgb({red}, {green}, {blue})"
        return f"rgba({red}, {green}, {blue}, {_float_component(color[3], color)})"
    raise invalid_color_error(color)
