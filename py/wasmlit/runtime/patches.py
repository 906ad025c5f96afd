"""Turn a run's element tree into the smallest patches the browser needs.

The writer mirrors what the browser holds: element records by id (kept across runs,
pruned to the final tree at each run's end) and each container's child list (committed
at run end, with this run's partial lists on top while it streams). An element whose
JSON is unchanged is not resent, so the browser keeps its DOM node untouched.

Most elements of a rerun are unchanged (a click changes one Markdown line of a thousand),
so the writer first compares an element's props with a copy of what it sent, and
encodes only elements that differ or whose props it cannot compare that cheaply.
"""

from __future__ import annotations

import json
from typing import Any

from wasmlit.runtime.tree import NODE_ENCODER, ElementTree

# Values that encode to the same JSON exactly when they are equal and of the same type.
# (Not float: 0.0 == -0.0. Not containers: they may be the script's own objects, changed
# in place after they were sent.)
_PLAIN_SCALARS = frozenset({str, int, bool, type(None)})

# An element's type, its props' value types and its props' items in order: equal keys mean
# equal JSON, compared in C without encoding. The types come before the items so that a
# value of another type (a NumPy array's ``==`` is elementwise) is never compared.
PlainKey = tuple[str, tuple[type, ...], tuple[tuple[str, Any], ...]]


def _plain_key(node_type: str, props: dict[str, Any]) -> PlainKey | None:
    """The comparison key of an element whose props are all plain scalars under string
    keys; None for any other (it is compared by its JSON).

    >>> _plain_key("markdown", {"body": "hi", "help": None})
    ('markdown', (<class 'str'>, <class 'NoneType'>), (('body', 'hi'), ('help', None)))
    >>> _plain_key("slider", {"value": 0.5}) is None, _plain_key("json", {"body": ["a"]}) is None
    (True, True)
    """
    value_types = tuple(map(type, props.values()))
    if not _PLAIN_SCALARS.issuperset(value_types) or not all(type(key) is str for key in props):
        return None
    return (node_type, value_types, tuple(props.items()))


class PatchWriter:
    def __init__(self) -> None:
        self._browser_records: dict[str, str] = {}
        # The plain key of each element in _browser_records whose props are plain scalars.
        self._plain_keys: dict[str, PlainKey] = {}
        self._committed_blocks: dict[str, list[str]] = {}
        self._blocks_sent_this_run: dict[str, list[str]] = {}

    def _known_children(self, block_id: str) -> list[str] | None:
        if block_id in self._blocks_sent_this_run:
            return self._blocks_sent_this_run[block_id]
        return self._committed_blocks.get(block_id)

    def _changed_elements(self, tree: ElementTree) -> list[str]:
        parts = []
        records = self._browser_records
        plain_keys = self._plain_keys
        for node_id, node in tree.changed_nodes.items():
            if not node.force_send:
                # The common case of a rerun, written out: a thousand elements pass here.
                props = node.props
                if plain_keys.get(node_id) == (node.type, tuple(map(type, props.values())), tuple(props.items())):
                    continue
            encoded = node.encode()
            plain_key = _plain_key(node.type, node.props)
            if plain_key is None:
                plain_keys.pop(node_id, None)
            else:
                plain_keys[node_id] = plain_key
            if node.force_send or records.get(node_id) != encoded:
                records[node_id] = encoded
                parts.append(f"{json.dumps(node_id, ensure_ascii=False)}:{encoded}")
                node.force_send = False
        tree.changed_nodes = {}
        return parts

    def _changed_blocks(self, blocks: dict[str, list[str]]) -> list[str]:
        parts = []
        for block_id, child_ids in blocks.items():
            if self._known_children(block_id) != child_ids:
                self._blocks_sent_this_run[block_id] = child_ids
                parts.append(f"{json.dumps(block_id, ensure_ascii=False)}:{json.dumps(child_ids, ensure_ascii=False)}")
        return parts

    def flush(self, tree: ElementTree) -> str | None:
        """Mid-run patch body (``"blocks":..,"elements":..``), or None if nothing changed."""
        touched = {
            block_id: [child.id for child in node.children]
            for block_id, node in tree.changed_blocks.items()
            if node.children is not None
        }
        tree.changed_blocks = {}
        block_parts = self._changed_blocks(touched)
        element_parts = self._changed_elements(tree)
        if not block_parts and not element_parts:
            return None
        return '"blocks":{' + ",".join(block_parts) + '},"elements":{' + ",".join(element_parts) + "}"

    def finish(self, tree: ElementTree) -> str:
        """The final patch body of a run; afterwards both sides hold exactly ``tree``."""
        final_blocks = tree.blocks()
        tree.changed_blocks = {}
        block_parts = self._changed_blocks(final_blocks)
        element_parts = self._changed_elements(tree)
        self._committed_blocks = final_blocks
        self._blocks_sent_this_run = {}
        live = tree.nodes
        if not self._browser_records.keys() <= live.keys():
            self._browser_records = {key: value for key, value in self._browser_records.items() if key in live}
            self._plain_keys = {key: value for key, value in self._plain_keys.items() if key in live}
        return '"blocks":{' + ",".join(block_parts) + '},"elements":{' + ",".join(element_parts) + "}"

    def assume_page_holds(self, run_finished_json: str) -> None:
        """The page already shows this tree (the pre-rendered first paint): the first
        run then sends only what differs from it, usually nothing."""
        message = json.loads(run_finished_json)
        # Re-encoded as Node.encode does, so unchanged elements compare equal.
        elements = message["elements"]
        self._browser_records = {
            element_id: NODE_ENCODER.encode({"type": record["type"], "props": record["props"]})
            for element_id, record in elements.items()
        }
        self._plain_keys = {}
        for element_id, record in elements.items():
            plain_key = _plain_key(record["type"], record["props"])
            if plain_key is not None:
                self._plain_keys[element_id] = plain_key
        self._committed_blocks = {block_id: list(child_ids) for block_id, child_ids in message["blocks"].items()}
        self._blocks_sent_this_run = {}
