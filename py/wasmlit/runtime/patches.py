"""Turn a run's element tree into the smallest patches the browser needs.

The writer mirrors what the browser holds: element records by id (kept across runs,
pruned to the final tree at each run's end) and each container's child list (committed
at run end, with this run's partial lists on top while it streams). An element whose
JSON is unchanged is not resent, so the browser keeps its DOM node untouched.
"""

from __future__ import annotations

import json

from wasmlit.runtime.tree import NODE_ENCODER, ElementTree


class PatchWriter:
    def __init__(self) -> None:
        self._browser_records: dict[str, str] = {}
        self._committed_blocks: dict[str, list[str]] = {}
        self._blocks_sent_this_run: dict[str, list[str]] = {}

    def _known_children(self, block_id: str) -> list[str] | None:
        if block_id in self._blocks_sent_this_run:
            return self._blocks_sent_this_run[block_id]
        return self._committed_blocks.get(block_id)

    def _changed_elements(self, tree: ElementTree) -> list[str]:
        parts = []
        for node_id, node in tree.changed_nodes.items():
            encoded = node.encode()
            if node.force_send or self._browser_records.get(node_id) != encoded:
                self._browser_records[node_id] = encoded
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
        self._browser_records = {key: value for key, value in self._browser_records.items() if key in live}
        return '"blocks":{' + ",".join(block_parts) + '},"elements":{' + ",".join(element_parts) + "}"

    def assume_page_holds(self, run_finished_json: str) -> None:
        """The page already shows this tree (the pre-rendered first paint): the first
        run then sends only what differs from it, usually nothing."""
        message = json.loads(run_finished_json)
        # Re-encoded as Node.encode does, so unchanged elements compare equal.
        self._browser_records = {
            element_id: NODE_ENCODER.encode({"type": record["type"], "props": record["props"]})
            for element_id, record in message["elements"].items()
        }
        self._committed_blocks = {block_id: list(child_ids) for block_id, child_ids in message["blocks"].items()}
        self._blocks_sent_this_run = {}
