"""``streamlit.type_util``: the type checks component libraries borrow from Streamlit."""

from __future__ import annotations

import re
from typing import Protocol


class SupportsStr(Protocol):
    def __str__(self) -> str: ...


def get_fqn(the_type: type) -> str:
    """``module.QualifiedName`` of a type."""
    return f"{the_type.__module__}.{the_type.__qualname__}"


def get_fqn_type(obj: object) -> str:
    """``module.QualifiedName`` of an object's type."""
    return get_fqn(type(obj))


def is_type(obj: object, fqn_type_pattern: str | re.Pattern[str]) -> bool:
    """Whether ``obj``'s type has that qualified name (or matches that pattern), without
    importing the type's module.

    >>> is_type(1.5, "builtins.float"), is_type(1.5, re.compile(r"^builtins\\.(int|str)$"))
    (True, False)
    """
    fqn_type = get_fqn_type(obj)
    if isinstance(fqn_type_pattern, str):
        return fqn_type_pattern == fqn_type
    return fqn_type_pattern.match(fqn_type) is not None


def is_namedtuple(value: object) -> bool:
    return isinstance(value, tuple) and hasattr(value, "_fields")
