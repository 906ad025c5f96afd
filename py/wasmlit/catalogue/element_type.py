"""One element or widget type: its name on both sides, its props, and its value.

Python emits an element through its ``ElementType`` (``host._emit(MARKDOWN, props)``), so
no element type is a bare string in the API code; ``AppTest`` checks every element the
runtime sends against its declaration; the page's component props are typed from the
same declarations (``python -m wasmlit.catalogue.generate`` writes them).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from wasmlit.catalogue.prop_types import BOOL, INT, JSON, STR, OneOf, Prop, PropType, Record, first_problem, opt, req


@dataclass(frozen=True)
class ElementType:
    name: str
    props: Mapping[str, Prop]
    # A container: its children form a block (``with`` and method calls write into it).
    container: bool = False
    # Registered with Session State: its id is a widget id.
    widget: bool = False
    # The widget's value as the page holds it (JSON); None for triggers and elements.
    value: PropType | None = None
    doc: str = ""
    # Never sent by wasmlit itself: widgets that exist only in tests.
    test_only: bool = field(default=False, compare=False)

    def problem(self, props: Mapping[str, Any]) -> str | None:
        """Why ``props`` does not fit this type, or None."""
        return first_problem(self.props, props)


def element(name: str, props: Mapping[str, Prop] | None = None, *, doc: str = "") -> ElementType:
    return ElementType(name, dict(props or {}), doc=doc)


def container(name: str, props: Mapping[str, Prop] | None = None, *, doc: str = "") -> ElementType:
    return ElementType(name, dict(props or {}), container=True, doc=doc)


LABEL_VISIBILITY = OneOf("hidden", "collapsed")
# bind="query-params": the page writes the widget's value into the address under ``key``.
QUERY_PARAM = opt(
    Record(
        {
            "key": req(STR, "the query parameter's name (the widget's key)"),
            "default": req(JSON, "the default in the widget's value form: the param is removed at it"),
            "clearable": req(BOOL, "an empty value is written as ?key= (else the param is removed)"),
        }
    ),
    "bind='query-params'",
)

# What ``common_widget_props`` and ``show_widget`` (widgets/registration.py) write.
COMMON_WIDGET_PROPS: dict[str, Prop] = {
    "label": req(STR, "Markdown; empty when the script passed None"),
    "disabled": req(BOOL),
    "help": opt(STR, "the tooltip's Markdown"),
    "labelVisibility": opt(LABEL_VISIBILITY, "absent: visible", default="visible"),
    "key": opt(STR, "the user key: the st-key-<key> class"),
    "width": opt(INT, "a width in pixels; other widths are classes"),
    "ignoreRerun": opt(BOOL, 'on_change="ignore": keep a new value without a rerun', default=False),
    "fragmentId": opt(STR, "the st.fragment the widget is in: its changes rerun only that fragment"),
    "queryParam": QUERY_PARAM,
}


def value_props(value: PropType) -> dict[str, Prop]:
    """The value contract: ``value`` in browser form, ``setValue`` when the script set it,
    the form the widget is in, and the default a clearing form restores."""
    return {
        "value": req(value),
        "setValue": opt(BOOL, "the script set the value: the page adopts it", default=False),
        "formId": opt(STR, "the form holding the widget"),
        "formDefault": opt(value, "clear_on_submit: the value the page restores after a submit"),
    }


def widget(
    name: str,
    value: PropType,
    props: Mapping[str, Prop] | None = None,
    *,
    doc: str = "",
    common: Mapping[str, Prop] = COMMON_WIDGET_PROPS,
) -> ElementType:
    """A value widget: the common props, the value contract and its own props."""
    merged = {**common, **value_props(value), **(props or {})}
    return ElementType(name, merged, widget=True, value=value, doc=doc)


def trigger_widget(name: str, props: Mapping[str, Prop] | None = None, *, doc: str = "") -> ElementType:
    """A button-like widget: a click is an event, not a value (no ``value`` prop)."""
    merged = {**COMMON_WIDGET_PROPS, "formId": opt(STR), **(props or {})}
    return ElementType(name, merged, widget=True, doc=doc)
