"""The types an element's props may have, checkable in Python and printable as TypeScript.

Props cross the boundary as JSON, so the vocabulary is JSON's: strings, numbers, booleans,
null, lists and objects, plus literal choices and unions. Each type answers two questions:
``problem(value)`` (why a value does not fit, or None) for the tests' check of every
element the runtime sends, and ``typescript()`` for the page's generated types.

>>> ListOf(STR).problem(["a", 1])
'[1]: expected a string, got int'
>>> nullable(OneOf("a", "b")).typescript()
'"a" | "b" | null'
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

_MISSING: Any = object()


class PropType:
    def problem(self, value: Any) -> str | None:
        raise NotImplementedError

    def typescript(self) -> str:
        raise NotImplementedError


def _type_name(value: Any) -> str:
    return "null" if value is None else type(value).__name__


@dataclass(frozen=True)
class Scalar(PropType):
    description: str
    accepts: tuple[type, ...]
    typescript_name: str
    # bool is an int in Python, never a number in JSON.
    excludes_bool: bool = True

    def problem(self, value: Any) -> str | None:
        if isinstance(value, bool) and self.excludes_bool:
            return f"expected {self.description}, got bool"
        if not isinstance(value, self.accepts):
            return f"expected {self.description}, got {_type_name(value)}"
        return None

    def typescript(self) -> str:
        return self.typescript_name


STR = Scalar("a string", (str,), "string")
INT = Scalar("an integer", (int,), "number")
NUMBER = Scalar("a number", (int, float), "number")
BOOL = Scalar("a boolean", (bool,), "boolean", excludes_bool=False)


@dataclass(frozen=True)
class _Null(PropType):
    def problem(self, value: Any) -> str | None:
        return None if value is None else f"expected null, got {_type_name(value)}"

    def typescript(self) -> str:
        return "null"


NULL = _Null()


@dataclass(frozen=True)
class _AnyJson(PropType):
    """Any JSON value (a cell of a table, a value the script chose)."""

    def problem(self, value: Any) -> str | None:
        return None

    def typescript(self) -> str:
        return "unknown"


JSON = _AnyJson()


@dataclass(frozen=True, init=False)
class OneOf(PropType):
    values: tuple[Any, ...]

    def __init__(self, *values: Any) -> None:
        object.__setattr__(self, "values", values)

    def problem(self, value: Any) -> str | None:
        if any(value == allowed and type(value) is type(allowed) for allowed in self.values):
            return None
        return f"expected one of {', '.join(json.dumps(allowed) for allowed in self.values)}, got {value!r}"

    def typescript(self) -> str:
        return " | ".join(json.dumps(allowed) for allowed in self.values)


@dataclass(frozen=True, init=False)
class Union(PropType):
    options: tuple[PropType, ...]

    def __init__(self, *options: PropType) -> None:
        object.__setattr__(self, "options", options)

    def problem(self, value: Any) -> str | None:
        problems = [option.problem(value) for option in self.options]
        if any(problem is None for problem in problems):
            return None
        return " or ".join(problem for problem in problems if problem is not None)

    def typescript(self) -> str:
        return " | ".join(option.typescript() for option in self.options)


def nullable(prop_type: PropType) -> Union:
    return Union(prop_type, NULL)


@dataclass(frozen=True)
class ListOf(PropType):
    item: PropType

    def problem(self, value: Any) -> str | None:
        if not isinstance(value, list):
            return f"expected a list, got {_type_name(value)}"
        for index, item in enumerate(value):
            problem = self.item.problem(item)
            if problem is not None:
                return f"[{index}]: {problem}"
        return None

    def typescript(self) -> str:
        return f"{_parenthesised(self.item)}[]"


@dataclass(frozen=True)
class MapOf(PropType):
    """An object with any string keys, each holding the same type."""

    value: PropType

    def problem(self, value: Any) -> str | None:
        if not isinstance(value, dict):
            return f"expected an object, got {_type_name(value)}"
        for key, item in value.items():
            problem = self.value.problem(item)
            if problem is not None:
                return f"[{key!r}]: {problem}"
        return None

    def typescript(self) -> str:
        return f"Record<string, {self.value.typescript()}>"


@dataclass(frozen=True)
class Prop:
    """One prop of an element: its type, whether every element carries it, its default
    (what the page assumes when it is absent), and what it means."""

    type: PropType
    required: bool = False
    default: Any = _MISSING
    doc: str = ""

    @property
    def has_default(self) -> bool:
        return self.default is not _MISSING


def req(prop_type: PropType, doc: str = "") -> Prop:
    """A prop every element of the type carries."""
    return Prop(prop_type, required=True, doc=doc)


def opt(prop_type: PropType, doc: str = "", *, default: Any = _MISSING) -> Prop:
    """A prop that may be absent (then the page assumes ``default``, if given)."""
    return Prop(prop_type, default=default, doc=doc)


@dataclass(frozen=True)
class Record(PropType):
    """An object with known fields (a closed shape: other keys are a problem)."""

    fields: Mapping[str, Prop] = field(default_factory=dict)

    def problem(self, value: Any) -> str | None:
        if not isinstance(value, dict):
            return f"expected an object, got {_type_name(value)}"
        return first_problem(self.fields, value)

    def typescript(self) -> str:
        return typescript_object(self.fields)


def first_problem(fields: Mapping[str, Prop], values: Mapping[str, Any]) -> str | None:
    """The first way ``values`` does not fit ``fields``: unknown, missing or mistyped."""
    for name in values:
        if name not in fields:
            return f"unknown prop {name!r}"
    for name, prop in fields.items():
        if name not in values:
            if prop.required:
                return f"missing prop {name!r}"
            continue
        problem = prop.type.problem(values[name])
        if problem is not None:
            return f"{name}: {problem}"
    return None


def typescript_object(fields: Mapping[str, Prop], indent: str = "") -> str:
    """``{ name: type; other?: type }``, one field a line when ``indent`` is given."""
    members = []
    for name, prop in fields.items():
        key = name if name.isidentifier() else json.dumps(name)
        members.append(f"{key}{'' if prop.required else '?'}: {prop.type.typescript()};")
    if not indent:
        return "{ " + " ".join(members) + " }" if members else "{}"
    inner = "".join(f"{indent}  {member}\n" for member in members)
    return "{\n" + inner + indent + "}"


def _parenthesised(prop_type: PropType) -> str:
    text = prop_type.typescript()
    return f"({text})" if " | " in text else text
