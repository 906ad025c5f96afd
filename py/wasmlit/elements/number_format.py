"""Number formats of Streamlit's ``format`` parameters (metric, column formats).

Streamlit applies them in the browser; wasmlit formats in Python so the page ships no
formatting code. Named formats follow Streamlit's; anything else is a printf-style
format (``"%.2f"``, ``"%d"``, ``"$%,.2f"`` is not printf and is shown unformatted).
"""

from __future__ import annotations

import math
import re

_PRINTF = re.compile(r"%[-+ 0#]*\d*(?:\.\d+)?[diouxXeEfFgGs%]")
_COMPACT_UNITS = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))


def _compact(value: float) -> str:
    for size, unit in _COMPACT_UNITS:
        if abs(value) >= size:
            return f"{value / size:.1f}".rstrip("0").rstrip(".") + unit
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _grouped(value: float | int, decimals: int | None = None) -> str:
    if decimals is None:
        return f"{value:,}"
    return f"{value:,.{decimals}f}"


def format_number(value: float | int, fmt: str) -> str:
    """``value`` in a named or printf-style format; unknown formats give ``str(value)``.

    >>> format_number(1234.5, "dollar"), format_number(0.256, "percent"), format_number(1234567, "compact")
    ('$1,234.50', '25.60%', '1.2M')
    >>> format_number(3.14159, "%.2f"), format_number(42, "plain"), format_number(1234.5, "localized")
    ('3.14', '42', '1,234.5')
    """
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    named = {
        "plain": lambda: str(value),
        "localized": lambda: _grouped(value),
        "dollar": lambda: ("-" if value < 0 else "") + "$" + _grouped(abs(value), 2),
        "euro": lambda: ("-" if value < 0 else "") + "€" + _grouped(abs(value), 2),
        "yen": lambda: ("-" if value < 0 else "") + "¥" + _grouped(round(abs(value))),
        "percent": lambda: f"{value * 100:,.2f}%",
        "compact": lambda: _compact(float(value)),
        "scientific": lambda: f"{value:.3E}",
        "engineering": lambda: _engineering(float(value)),
        "accounting": lambda: f"({_grouped(abs(value), 2)})" if value < 0 else _grouped(value, 2),
    }
    if fmt in named:
        return named[fmt]()
    if _PRINTF.search(fmt):
        try:
            return fmt % value
        except (TypeError, ValueError):
            return str(value)
    return str(value)


def _engineering(value: float) -> str:
    if value == 0:
        return "0E0"
    exponent = int(math.floor(math.log10(abs(value)) / 3) * 3)
    return f"{value / 10**exponent:.3f}".rstrip("0").rstrip(".") + f"E{exponent}"
