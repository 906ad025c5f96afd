"""Options of the selection widgets (radio, selectbox, multiselect, select_slider).

The browser shows and sends each option's *formatted* text (``format_func(option)``),
as Streamlit's page does: a kept selection then survives reordered or changed options,
and values are compared by their text, because the deep copies widgets return are not
equal to the options for classes without ``__eq__``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueOutOfRangeError,
)
from wasmlit.runtime import context

# Floats this close count as the same option (Streamlit's index_).
_FLOAT_EQUALITY_EPSILON = 0.000000000005


def options_to_list(options: Any) -> list[Any]:
    """Streamlit's ``convert_anything_to_list``: scalars are wrapped, dicts give their keys.

    >>> options_to_list("abc"), options_to_list({"a": 1, "b": 2}), options_to_list(None), options_to_list(range(2))
    (['abc'], ['a', 'b'], [], [0, 1])
    """
    if options is None:
        return []
    if isinstance(options, str | int | float | bool):
        return [options]
    if isinstance(options, enum.EnumMeta):
        members: list[enum.Enum] = list(options)
        # Members of a str-based Enum are given as their string values.
        return [member.value if isinstance(member, str) else member for member in members]
    if isinstance(options, Mapping):
        return list(options.keys())
    if isinstance(options, Iterable) and not isinstance(options, bytes):
        return list(options)
    return [options]


def check_comparable(options: Sequence[Any]) -> None:
    """Options must give a plain bool for ``==`` (numpy arrays do not)."""
    if not options:
        return
    try:
        bool(options[0] == options[0])
    except ValueError:
        raise StreamlitAPIException(
            "Invalid option type provided. Options must be comparable, returning a boolean when used with *==*. "
            f"\n\nGot **{type(options[0]).__name__}**, which cannot be compared. Refactor your code to use "
            "elements of comparable types as options, e.g. use indices instead."
        ) from None


def option_text(formatted: Any) -> str:
    """The label the page shows for an option; Streamlit's page only takes text.

    >>> option_text(b"caf\\xc3\\xa9")
    'café'
    >>> option_text(3)
    Traceback (most recent call last):
    ...
    TypeError: bad argument type for built-in operation
    """
    if isinstance(formatted, str):
        return formatted
    if isinstance(formatted, bytes):
        return formatted.decode("utf-8")
    raise TypeError("bad argument type for built-in operation")


def format_options(options: Sequence[Any], format_func: Callable[[Any], Any]) -> tuple[list[Any], dict[Any, int]]:
    """Each option's ``format_func`` text, and text -> index (the last duplicate wins)."""
    formatted = [format_func(option) for option in options]
    index_by_text = {text: index for index, text in enumerate(formatted)}
    return formatted, index_by_text


def check_texts(formatted_options: Sequence[Any]) -> list[str]:
    """The formatted options as page text (raises like Streamlit if one is not text)."""
    return [option_text(text) for text in formatted_options]


def safe_format(format_func: Callable[[Any], Any], value: Any) -> Any:
    """``format_func(value)``, or a marker that matches no option if it raises."""
    try:
        return format_func(value)
    except Exception:
        return _NO_TEXT


class _NoText:
    """Matches no option: the text of a value ``format_func`` could not format."""

    def __hash__(self) -> int:
        return 0

    def __eq__(self, other: object) -> bool:
        return False


_NO_TEXT = _NoText()


def is_option(format_func: Callable[[Any], Any], value: Any, index_by_text: Mapping[Any, int]) -> bool:
    text = safe_format(format_func, value)
    try:
        return text in index_by_text
    except TypeError:
        return False


def check_index(index: Any, option_count: int) -> None:
    """``index`` must be an int (or None) inside the options; bool counts as int, as in Streamlit."""
    if index is not None and not isinstance(index, int):
        raise StreamlitInvalidParameterTypeError("index", "int, None", type(index).__name__)
    if index is not None and option_count > 0 and not 0 <= index < option_count:
        raise StreamlitValueOutOfRangeError("index", index, 0, option_count - 1)


def position_of(options: Sequence[Any], value: Any) -> int:
    """Index of the first option equal to ``value``; ValueError ``{value} is not in iterable``.

    >>> position_of([1.0, 2.0], 1.0000000000001)
    0
    >>> position_of(["a"], "z")
    Traceback (most recent call last):
    ...
    ValueError: z is not in iterable
    """
    for index, option in enumerate(options):
        if value == option:
            return index
        if isinstance(option, float) and isinstance(value, float) and abs(value - option) < _FLOAT_EQUALITY_EPSILON:
            return index
    raise ValueError(f"{value} is not in iterable")


# ----- Enum options survive reruns ----------------------------------------------------------
# A script defines its Enum class again on every run, so a value kept from the last run is
# a member of the old class. Streamlit maps it onto the new class (config runner.enumCoercion).


def _common_class(options: Sequence[Any]) -> type | None:
    if not options:
        return None
    first = type(options[0])
    return first if all(type(option) is first for option in options) else None


def _coerce_member(member: enum.Enum, target: type[enum.Enum]) -> enum.Enum:
    if isinstance(member, target):
        return member
    mode = context.current().config.get("runner.enumCoercion", "nameOnly")
    source = type(member)
    if mode == "off" or source.__qualname__ != target.__qualname__:
        return member
    if mode == "nameOnly" and set(source._member_names_) != set(target._member_names_):
        return member
    if mode == "nameAndValue" and set(source._value2member_map_) != set(target._value2member_map_):
        return member
    return target[member._name_]


def _enum_target(options_argument: Any, options: Sequence[Any]) -> type[enum.Enum] | None:
    target = options_argument if isinstance(options_argument, enum.EnumMeta) else _common_class(options)
    if isinstance(target, enum.EnumMeta):
        enum_class: type[enum.Enum] = target  # type: ignore[assignment]
        return enum_class
    return None


def coerce_enum(value: Any, options_argument: Any, options: Sequence[Any]) -> Any:
    """A kept Enum member, moved onto this run's Enum class when the options are Enum members."""
    if not isinstance(value, enum.Enum):
        return value
    target = _enum_target(options_argument, options)
    return value if target is None else _coerce_member(value, target)


def coerce_enum_sequence(values: Any, options_argument: Any, options: Sequence[Any]) -> Any:
    """The same for a list or tuple of members (multiselect, range select_slider)."""
    if not isinstance(values, list | tuple) or not values or not all(isinstance(v, enum.Enum) for v in values):
        return values
    target = _enum_target(options_argument, options)
    if target is None:
        return values
    return type(values)(_coerce_member(member, target) for member in values)
