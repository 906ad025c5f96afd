"""``st.column_config``: column settings for ``st.dataframe`` and ``st.data_editor``.

Each builder returns a plain dict with Streamlit 1.67's keys (``label``, ``width``,
``help``, ``disabled``, ``required``, ``pinned``, ``alignment``, ``default`` and a
``type_config`` naming the column type and its options), so scripts that read or merge
these dicts see what Streamlit gives them. Dates and times are kept as ISO text, durations
as seconds, as Streamlit sends them to its page. The chart, audio, video, JSON, Markdown,
multiselect and button columns are not offered yet (see ``wasmlit.unsupported``).
"""

# ruff: noqa: N802 (Streamlit names these functions like classes)
from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from typing import Any

from wasmlit.unsupported import command

ColumnConfig = dict[str, Any]


def _column(
    label: str | None,
    width: Any,
    help: str | None,
    pinned: bool | None,
    *,
    type_config: dict[str, Any] | None = None,
    **settings: Any,
) -> ColumnConfig:
    config: ColumnConfig = {"label": label, "width": width, "help": help, **settings, "pinned": pinned}
    if type_config is not None:
        config["type_config"] = type_config
    return config


def _iso(value: datetime.date | datetime.time | None) -> str | None:
    return None if value is None else value.isoformat()


def _seconds(step: Any) -> Any:
    return step.total_seconds() if isinstance(step, datetime.timedelta) else step


def Column(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """Settings every column type has; the type follows the data."""
    return _column(label, width, help, pinned, disabled=disabled, required=required, alignment=alignment)


def NumberColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: int | float | None = None,
    format: str | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
) -> ColumnConfig:
    """Numbers, formatted by ``format`` (printf-style or a preset) and limited by min/max/step."""
    options = {"type": "number", "min_value": min_value, "max_value": max_value, "format": format, "step": step}
    return _column(
        label,
        width,
        help,
        pinned,
        disabled=disabled,
        required=required,
        alignment=alignment,
        default=default,
        type_config=options,
    )


def TextColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
) -> ColumnConfig:
    """Text, at most ``max_chars`` long, matching the regular expression ``validate``."""
    options = {"type": "text", "max_chars": max_chars, "validate": validate}
    return _column(
        label,
        width,
        help,
        pinned,
        disabled=disabled,
        required=required,
        alignment=alignment,
        default=default,
        type_config=options,
    )


def LinkColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: str | None = None,
    max_chars: int | None = None,
    validate: str | None = None,
    display_text: str | None = None,
) -> ColumnConfig:
    """URLs shown as links; ``display_text`` is the text shown (a regex's first group, or fixed)."""
    options = {"type": "link", "max_chars": max_chars, "validate": validate, "display_text": display_text}
    return _column(
        label,
        width,
        help,
        pinned,
        disabled=disabled,
        required=required,
        alignment=alignment,
        default=default,
        type_config=options,
    )


def CheckboxColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: bool | None = None,
) -> ColumnConfig:
    """True/False as a checkbox."""
    return _column(
        label,
        width,
        help,
        pinned,
        disabled=disabled,
        required=required,
        alignment=alignment,
        default=default,
        type_config={"type": "checkbox"},
    )


def SelectboxColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    default: Any = None,
    options: Iterable[Any] | None = None,
    format_func: Callable[[Any], str] | None = None,
) -> ColumnConfig:
    """One of ``options``; with ``format_func`` each option is shown by its label."""
    choices: list[Any] | None = None if options is None else list(options)
    if choices and format_func is not None:
        choices = [{"value": option, "label": format_func(option)} for option in choices]
    return _column(
        label,
        width,
        help,
        pinned,
        disabled=disabled,
        required=required,
        default=default,
        type_config={"type": "selectbox", "options": choices},
    )


def ImageColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
) -> ColumnConfig:
    """Image URLs (or data URLs) shown as thumbnails; not editable."""
    return _column(label, width, help, pinned, alignment=alignment, type_config={"type": "image"})


def ListColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    default: Iterable[str] | None = None,
) -> ColumnConfig:
    """Lists shown as chips; edited as comma-separated text."""
    return _column(
        label,
        width,
        help,
        pinned,
        disabled=disabled,
        required=required,
        default=None if default is None else list(default),
        type_config={"type": "list"},
    )


def DatetimeColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: datetime.datetime | None = None,
    format: str | None = None,
    min_value: datetime.datetime | None = None,
    max_value: datetime.datetime | None = None,
    step: int | float | datetime.timedelta | None = None,
    timezone: str | None = None,
) -> ColumnConfig:
    """Dates with times."""
    options = {
        "type": "datetime",
        "format": format,
        "min_value": _iso(min_value),
        "max_value": _iso(max_value),
        "step": _seconds(step),
        "timezone": timezone,
    }
    return _column(
        label,
        width,
        help,
        pinned,
        disabled=disabled,
        required=required,
        alignment=alignment,
        default=_iso(default),
        type_config=options,
    )


def TimeColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: datetime.time | None = None,
    format: str | None = None,
    min_value: datetime.time | None = None,
    max_value: datetime.time | None = None,
    step: int | float | datetime.timedelta | None = None,
) -> ColumnConfig:
    """Times of day."""
    options = {
        "type": "time",
        "format": format,
        "min_value": _iso(min_value),
        "max_value": _iso(max_value),
        "step": _seconds(step),
    }
    return _column(
        label,
        width,
        help,
        pinned,
        disabled=disabled,
        required=required,
        alignment=alignment,
        default=_iso(default),
        type_config=options,
    )


def DateColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    disabled: bool | None = None,
    required: bool | None = None,
    pinned: bool | None = None,
    alignment: str | None = None,
    default: datetime.date | None = None,
    format: str | None = None,
    min_value: datetime.date | None = None,
    max_value: datetime.date | None = None,
    step: int | None = None,
) -> ColumnConfig:
    """Dates."""
    options = {
        "type": "date",
        "format": format,
        "min_value": _iso(min_value),
        "max_value": _iso(max_value),
        "step": step,
    }
    return _column(
        label,
        width,
        help,
        pinned,
        disabled=disabled,
        required=required,
        alignment=alignment,
        default=_iso(default),
        type_config=options,
    )


def ProgressColumn(
    label: str | None = None,
    *,
    width: Any = None,
    help: str | None = None,
    pinned: bool | None = None,
    format: str | None = None,
    min_value: int | float | None = None,
    max_value: int | float | None = None,
    step: int | float | None = None,
    color: str | None = None,
) -> ColumnConfig:
    """Numbers as progress bars between ``min_value`` (0) and ``max_value`` (100, or 1 for floats)."""
    if color is not None:
        _check_chart_color(color)
    options = {
        "type": "progress",
        "format": format,
        "min_value": min_value,
        "max_value": max_value,
        "step": step,
        "color": color,
    }
    return _column(label, width, help, pinned, type_config=options)


_CHART_COLORS = (
    "auto",
    "auto-inverse",
    "red",
    "blue",
    "green",
    "yellow",
    "violet",
    "orange",
    "gray",
    "grey",
    "primary",
)


def _check_chart_color(color: str) -> None:
    from wasmlit.elements.chart_colors import is_css_color_like
    from wasmlit.errors import StreamlitValueError

    if color not in _CHART_COLORS and not is_css_color_like(color):
        supported = ", ".join([*_CHART_COLORS, "a valid hex color", "an rgb() or rgba() color"])
        raise StreamlitValueError("color", supported)


AreaChartColumn = command("st.column_config.AreaChartColumn")
AudioColumn = command("st.column_config.AudioColumn")
BarChartColumn = command("st.column_config.BarChartColumn")
ButtonColumn = command("st.column_config.ButtonColumn")
JsonColumn = command("st.column_config.JsonColumn")
LineChartColumn = command("st.column_config.LineChartColumn")
MarkdownColumn = command("st.column_config.MarkdownColumn")
MultiselectColumn = command("st.column_config.MultiselectColumn")
VideoColumn = command("st.column_config.VideoColumn")

__all__ = [
    "AreaChartColumn",
    "AudioColumn",
    "BarChartColumn",
    "ButtonColumn",
    "CheckboxColumn",
    "Column",
    "DateColumn",
    "DatetimeColumn",
    "ImageColumn",
    "JsonColumn",
    "LineChartColumn",
    "LinkColumn",
    "ListColumn",
    "MarkdownColumn",
    "MultiselectColumn",
    "NumberColumn",
    "ProgressColumn",
    "SelectboxColumn",
    "TextColumn",
    "TimeColumn",
    "VideoColumn",
]
