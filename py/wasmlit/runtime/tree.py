"""The element tree one run builds, addressed by stable element ids.

A node is an element (markdown, button, ...) or a container whose children form a
block. Ids are what the browser keys its DOM nodes by, so they must stay the same for
"the same" element across reruns: a widget uses its widget id; anything else is named
after its parent and its type, counted per parent (``main/markdown2``), so inserting an
element of one type does not renumber elements of other types.
"""

from __future__ import annotations

import json
from typing import Any

ROOT_MAIN = "main"
ROOT_SIDEBAR = "sidebar"
ROOT_BOTTOM = "bottom"
# Streamlit's event container: what floats above the page (dialogs).
ROOT_EVENT = "event"
ROOT_IDS = (ROOT_MAIN, ROOT_SIDEBAR, ROOT_BOTTOM, ROOT_EVENT)
# One encoder for every node: ``json.dumps`` with options builds a new encoder per call,
# which doubles the cost of encoding a small element (a rerun encodes every element).
NODE_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=str)


class Node:
    __slots__ = ("children", "encoded", "force_send", "id", "parent", "props", "type", "type_counts")

    def __init__(self, node_id: str, node_type: str, props: dict[str, Any], parent: Node | None) -> None:
        self.id = node_id
        self.type = node_type
        self.props = props
        self.parent = parent
        # Only containers have children; None marks a leaf element.
        self.children: list[Node] | None = None
        self.type_counts: dict[str, int] | None = None
        self.encoded: str | None = None
        # A widget whose value the script set must reach the browser even when its
        # props look unchanged, because the user may have edited it since.
        self.force_send = False

    def encode(self) -> str:
        """The node as the JSON the browser receives (cached until it changes)."""
        if self.encoded is None:
            self.encoded = NODE_ENCODER.encode({"type": self.type, "props": self.props})
        return self.encoded


class ElementTree:
    """All nodes of one run, plus what changed since the last flush."""

    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.roots: dict[str, Node] = {}
        for root_id in ROOT_IDS:
            root = Node(root_id, "root", {}, None)
            root.children = []
            root.type_counts = {}
            self.roots[root_id] = root
            self.nodes[root_id] = root
        self.changed_nodes: dict[str, Node] = {}
        self.changed_blocks: dict[str, Node] = {}

    def append(
        self,
        parent: Node,
        node_type: str,
        props: dict[str, Any],
        *,
        widget_id: str | None = None,
        container: bool = False,
    ) -> Node:
        children = parent.children
        assert children is not None, f"{parent.type} cannot hold elements"
        if widget_id is not None:
            node_id = widget_id
        else:
            # Named after the parent and the type, counted per parent (see the module doc).
            type_counts = parent.type_counts
            assert type_counts is not None
            count = type_counts.get(node_type, 0)
            type_counts[node_type] = count + 1
            node_id = f"{parent.id}/{node_type}{count}"
        node = Node(node_id, node_type, props, parent)
        if container:
            node.children = []
            node.type_counts = {}
            self.changed_blocks[node_id] = node
        children.append(node)
        self.nodes[node_id] = node
        self.changed_nodes[node_id] = node
        self.changed_blocks[parent.id] = parent
        return node

    def replace(self, node: Node, node_type: str, props: dict[str, Any], *, container: bool = False) -> Node:
        """Put a new element in an existing slot (``st.empty``, ``bar.progress(...)``)."""
        self._forget_descendants(node)
        node.type = node_type
        node.props = props
        node.encoded = None
        node.children = [] if container else None
        node.type_counts = {} if container else None
        self.changed_nodes[node.id] = node
        if container:
            self.changed_blocks[node.id] = node
        return node

    def clear_children(self, node: Node) -> None:
        """Empty a container before it is filled again (a fragment's rerun): its children
        are named from zero again, so an unchanged element gets its old id back."""
        self._forget_descendants(node)
        node.children = []
        node.type_counts = {}
        self.changed_blocks[node.id] = node

    def update_props(self, node: Node, props: dict[str, Any]) -> None:
        """New props for an element that keeps its place and children (``status.update``)."""
        node.props = props
        node.encoded = None
        self.changed_nodes[node.id] = node

    def remove(self, node: Node) -> None:
        """Take a transient element out of the tree (a spinner whose block finished)."""
        self._forget_descendants(node)
        parent = node.parent
        if parent is not None and parent.children is not None and node in parent.children:
            parent.children.remove(node)
            self.changed_blocks[parent.id] = parent
        self.nodes.pop(node.id, None)
        self.changed_nodes.pop(node.id, None)
        self.changed_blocks.pop(node.id, None)

    def _forget_descendants(self, node: Node) -> None:
        pending = list(node.children or ())
        while pending:
            child = pending.pop()
            self.nodes.pop(child.id, None)
            self.changed_nodes.pop(child.id, None)
            self.changed_blocks.pop(child.id, None)
            pending.extend(child.children or ())

    def blocks(self) -> dict[str, list[str]]:
        """Every container's child ids, for the final patch of a run."""
        return {
            node.id: [child.id for child in node.children] for node in self.nodes.values() if node.children is not None
        }
