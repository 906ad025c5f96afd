"""What a cached function drew, drawn again on a cache hit (as Streamlit replays it).

On a miss, the elements the function added to the page are recorded: those written
where the call was made (the innermost ``with`` block, or the main area), into
``st.sidebar``, and everything inside containers the function created. On a hit they
are emitted again at the call's position. Widgets are not replayed, and neither are
writes into containers created outside the function.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from wasmlit.catalogue import lookup
from wasmlit.runtime import context
from wasmlit.runtime.tree import ROOT_IDS, Node

ACTIVE = "active"
_WIDGET_ID_PREFIX = "$$ID"


@dataclass(frozen=True)
class RecordedElement:
    node_type: str
    props: dict[str, Any]
    children: tuple[RecordedElement, ...] | None
    target: str  # ACTIVE, or the root it was written to


def _active_node() -> Node:
    from wasmlit import _dispatch

    return _dispatch._resolve()._node()


def snapshot() -> tuple[set[str], Node]:
    """The ids on the page before the function runs, and where the call writes."""
    return set(context.current().tree.nodes), _active_node()


def _record(node: Node, target: str) -> RecordedElement | None:
    if node.id.startswith(_WIDGET_ID_PREFIX):
        return None
    children = None
    if node.children is not None:
        recorded = (_record(child, ACTIVE) for child in node.children)
        children = tuple(element for element in recorded if element is not None)
    return RecordedElement(node.type, copy.deepcopy(node.props), children, target)


def record_since(before: tuple[set[str], Node]) -> tuple[RecordedElement, ...]:
    known_ids, active = before
    tree = context.current().tree
    recorded = []
    for node_id, node in list(tree.nodes.items()):
        parent = node.parent
        if node_id in known_ids or parent is None or parent.id not in known_ids:
            continue  # old, or inside a new container (recorded with it)
        if parent is active:
            element = _record(node, ACTIVE)
        elif parent.id in ROOT_IDS:
            element = _record(node, parent.id)
        else:
            continue
        if element is not None:
            recorded.append(element)
    return tuple(recorded)


def replay(recorded: tuple[RecordedElement, ...]) -> None:
    from wasmlit import _dispatch
    from wasmlit.elements.host import ROOT, ElementHost

    for element in recorded:
        host: ElementHost = _dispatch if element.target == ACTIVE else type(_dispatch)(ROOT, root_id=element.target)
        _emit_recorded(host, element)


def _emit_recorded(host: Any, element: RecordedElement) -> None:
    node = host._emit(lookup(element.node_type), copy.deepcopy(element.props))
    if element.children is not None:
        block = host._block_for(node)
        for child in element.children:
            _emit_recorded(block, child)
