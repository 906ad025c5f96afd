"""Containers: blocks whose children the script writes (``with`` or method calls).

Expanders, popovers and tabs become widgets in 1.67's stateful mode (``on_change``): then
their id is a widget id and they carry ``value`` and ``setValue`` like any widget.
"""

from __future__ import annotations

from wasmlit.catalogue.element_type import container
from wasmlit.catalogue.prop_types import BOOL, INT, NUMBER, STR, ListOf, OneOf, Record, Union, nullable, opt, req

SIZE = Union(INT, STR)
BUTTON_KIND = OneOf("primary", "secondary", "tertiary")

CONTAINER = container(
    "container",
    {
        "border": req(BOOL),
        "gap": req(INT, "pixels between children"),
        "height": opt(SIZE),
        "width": opt(SIZE),
        "horizontal": opt(BOOL, default=False),
        "wrap": opt(BOOL),
        "justify": opt(STR),
        "align": opt(STR),
        "autoscroll": opt(BOOL, default=False),
        "key": opt(STR),
        "fragmentId": opt(STR, "the block holds this st.fragment's output"),
        "runEvery": opt(NUMBER, "run_every: seconds between the fragment's automatic reruns"),
    },
)
COLUMNS = container("columns", {"gap": req(INT), "wrap": req(BOOL), "width": opt(SIZE)}, doc="the row of st.columns")
COLUMN = container(
    "column",
    {
        "weight": req(NUMBER, "the column's share of the row"),
        "gap": req(INT),
        "gapName": req(nullable(STR)),
        "verticalAlignment": req(STR),
        "border": req(BOOL),
    },
)
FORM = container(
    "form",
    {
        "formId": req(STR),
        "clearOnSubmit": req(BOOL),
        "enterToSubmit": req(BOOL),
        "border": req(BOOL),
        "width": opt(SIZE),
        "height": opt(SIZE),
    },
)
_STATEFUL = {
    "value": opt(Union(BOOL, STR, INT), "stateful mode: the open state or the selected tab"),
    "setValue": opt(BOOL, default=False),
    "key": opt(STR),
    "fragmentId": opt(STR, "the st.fragment the block is in"),
}
EXPANDER = container(
    "expander",
    {"label": req(STR), "expanded": req(BOOL), "kind": req(STR), "icon": opt(STR), **_STATEFUL},
)
POPOVER = container(
    "popover",
    {
        "label": req(STR),
        "kind": req(BUTTON_KIND),
        "disabled": req(BOOL),
        "width": req(SIZE),
        "help": opt(STR),
        "icon": opt(STR),
        **_STATEFUL,
    },
)
TABS = container(
    "tabs",
    {"labels": req(ListOf(STR)), "selected": req(INT), "height": opt(SIZE), **_STATEFUL},
)
TAB = container("tab", {"label": req(STR)})
STATUS = container(
    "status",
    {
        "label": req(STR),
        "expanded": req(BOOL),
        "state": req(OneOf("running", "complete", "error")),
        "kind": opt(STR),
        "expandedVersion": opt(INT, "bumped by update(expanded=...) so the page re-applies it"),
    },
)
CHAT_AVATAR = Record({"kind": req(STR), "value": req(STR)})
CHAT_MESSAGE = container(
    "chat_message",
    {"name": req(STR), "avatar": opt(CHAT_AVATAR), "width": opt(SIZE)},
)

TRANSPARENT = container(
    "transparent",
    {"fragmentId": req(STR, "the fragment whose writes it holds")},
    doc="a fragment's writes into a container created outside it; laid out as that container's children",
)
DIALOG = container(
    "dialog",
    {
        "title": req(STR, "Markdown"),
        "width": req(Union(OneOf("small", "medium", "large"), INT), "a preset or pixels"),
        "position": req(OneOf("center", "left", "right")),
        "dismissible": req(BOOL),
        "icon": opt(STR),
        "isOpen": req(BOOL),
        "openCount": req(INT, "bumped each time a run opens it: the page shows it again"),
        "onDismiss": opt(BOOL, "a dismissal is a click of the dialog's trigger (on_dismiss rerun or callback)"),
        "fragmentId": opt(STR, "the st.fragment that opened it: a dismissal reruns that fragment"),
    },
    doc="st.dialog: a modal in the event root; its child is the dialog function's fragment",
)

TYPES = (CONTAINER, COLUMNS, COLUMN, FORM, EXPANDER, POPOVER, TABS, TAB, STATUS, CHAT_MESSAGE, TRANSPARENT, DIALOG)
