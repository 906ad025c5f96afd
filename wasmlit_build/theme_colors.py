"""Colour arithmetic for themes, as Streamlit 1.67's frontend does it (its ``color2k``
helpers): parse, mix, fade, lighten and darken in HSL, and relative luminance."""

from __future__ import annotations

import colorsys
import re

RGBA = tuple[float, float, float, float]

_HEX = re.compile(r"#?([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")
_RGB = re.compile(r"rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)")


def parse(text: str) -> RGBA | None:
    """``#rgb``, ``#rrggbb``, ``#rrggbbaa`` (the ``#`` may be left out, as Streamlit
    allows) or ``rgb()``/``rgba()``; None for anything else.

    >>> parse("#C53948"), parse("fff"), parse("rgba(1, 2, 3, 0.5)"), parse("teal")
    ((197.0, 57.0, 72.0, 1.0), (255.0, 255.0, 255.0, 1.0), (1.0, 2.0, 3.0, 0.5), None)
    """
    text = text.strip()
    found = _HEX.fullmatch(text)
    if found:
        digits = found.group(1)
        if len(digits) <= 4:
            digits = "".join(digit * 2 for digit in digits)
        values = [int(digits[index : index + 2], 16) for index in range(0, len(digits), 2)]
        alpha = values[3] / 255 if len(values) == 4 else 1.0
        return float(values[0]), float(values[1]), float(values[2]), alpha
    found = _RGB.fullmatch(text.lower())
    if found:
        red, green, blue, alpha_text = found.groups()
        alpha = 1.0
        if alpha_text:
            alpha = float(alpha_text[:-1]) / 100 if alpha_text.endswith("%") else float(alpha_text)
        return float(red), float(green), float(blue), alpha
    return None


def css(color: RGBA) -> str:
    """``#rrggbb`` when opaque, else ``rgba()`` (as the browser computes it)."""
    alpha = color[3]
    channels = [max(0, min(255, round(value))) for value in color[:3]]
    if alpha >= 1:
        return "#" + "".join(f"{value:02x}" for value in channels)
    return f"rgba({channels[0]}, {channels[1]}, {channels[2]}, {round(alpha, 3):g})"


def fade(color: RGBA, amount: float) -> RGBA:
    """Less opaque by ``amount`` (color2k's transparentize).

    >>> css(fade(parse("#2F2D2B"), 0.8))
    'rgba(47, 45, 43, 0.2)'
    """
    return color[0], color[1], color[2], max(0.0, color[3] - amount)


def mix(first: RGBA, second: RGBA, weight: float) -> RGBA:
    """color2k's mix: ``weight`` of ``second`` into ``first``.

    >>> css(mix(parse("#0e1117"), parse("#262730"), 0.5))
    '#1a1c24'
    """
    delta = second[3] - first[3]
    normal = weight * 2 - 1
    combined = normal if normal * delta == -1 else (normal + delta) / (1 + normal * delta)
    second_weight = (combined + 1) / 2
    first_weight = 1 - second_weight
    channels = [first[index] * first_weight + second[index] * second_weight for index in range(3)]
    return channels[0], channels[1], channels[2], second[3] * weight + first[3] * (1 - weight)


def _shift_lightness(color: RGBA, amount: float) -> RGBA:
    """color2k writes the result as ``hsla()`` with whole degrees and percentages, which
    the browser turns back into RGB: the same rounding here."""
    hue, lightness, saturation = colorsys.rgb_to_hls(*(value / 255 for value in color[:3]))
    degrees = round(hue * 360) % 360
    saturation_percent = round(max(0.0, min(100.0, saturation * 100)))
    lightness_percent = round(max(0.0, min(100.0, (lightness + amount) * 100)))
    red, green, blue = colorsys.hls_to_rgb(degrees / 360, lightness_percent / 100, saturation_percent / 100)
    return round(red * 255), round(green * 255), round(blue * 255), color[3]


def lighten(color: RGBA, amount: float) -> RGBA:
    """
    >>> css(lighten(parse("#171614"), 0.025))
    '#1e1d1a'
    """
    return _shift_lightness(color, amount)


def darken(color: RGBA, amount: float) -> RGBA:
    return _shift_lightness(color, -amount)


def luminance(color: RGBA) -> float:
    """Relative luminance (WCAG): Streamlit calls a background above 0.5 light."""

    def linear(value: float) -> float:
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(color[0]) + 0.7152 * linear(color[1]) + 0.0722 * linear(color[2])
