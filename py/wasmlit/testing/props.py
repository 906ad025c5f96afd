"""Declarative read-only attributes for AppTest wrappers.

Most wrapper attributes only read one entry of the element's props; a descriptor says
that in one line (``icon: Prop[str] = Prop("icon", "")``) instead of a five-line property
with a typed temporary, so each wrapper class lists exactly what it exposes.
"""

from __future__ import annotations

from typing import Any, Generic, Protocol, TypeVar, cast, overload

PropT = TypeVar("PropT")

# Marks a prop the element always carries: reading it when absent is a KeyError.
_REQUIRED: Any = object()


class HasProps(Protocol):
    props: dict[str, Any]


class Prop(Generic[PropT]):
    """``element.<attribute>`` reads ``element.props[prop_name]``, or ``default``.

    >>> class Demo:
    ...     icon: Prop[str] = Prop("icon", "")
    ...     tag: Prop[str] = Prop("tag")
    ...     def __init__(self, props: dict[str, Any]) -> None:
    ...         self.props = props
    >>> Demo({"icon": "🔥", "tag": "h1"}).icon, Demo({"tag": "h2"}).icon
    ('🔥', '')
    >>> Demo({}).tag
    Traceback (most recent call last):
    KeyError: 'tag'
    """

    def __init__(self, prop_name: str, default: PropT = _REQUIRED) -> None:
        self.prop_name = prop_name
        self.default = default

    @overload
    def __get__(self, element: None, owner: type[Any]) -> Prop[PropT]: ...
    @overload
    def __get__(self, element: HasProps, owner: type[Any]) -> PropT: ...
    def __get__(self, element: HasProps | None, owner: type[Any]) -> PropT | Prop[PropT]:
        if element is None:
            return self
        if self.default is _REQUIRED:
            return cast(PropT, element.props[self.prop_name])
        return cast(PropT, element.props.get(self.prop_name, self.default))


class FlagProp:
    """A boolean prop: ``element.<attribute>`` is ``bool(props.get(prop_name, default))``.

    >>> class Demo:
    ...     border = FlagProp("border", default=True)
    ...     def __init__(self, props: dict[str, Any]) -> None:
    ...         self.props = props
    >>> Demo({}).border, Demo({"border": 0}).border
    (True, False)
    """

    def __init__(self, prop_name: str, *, default: bool = False) -> None:
        self.prop_name = prop_name
        self.default = default

    @overload
    def __get__(self, element: None, owner: type[Any]) -> FlagProp: ...
    @overload
    def __get__(self, element: HasProps, owner: type[Any]) -> bool: ...
    def __get__(self, element: HasProps | None, owner: type[Any]) -> bool | FlagProp:
        if element is None:
            return self
        return bool(element.props.get(self.prop_name, self.default))
