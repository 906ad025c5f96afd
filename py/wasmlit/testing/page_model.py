"""What the page holds after applying the runtime's messages, as ``web/store.js`` does.

``committed`` is the tree of the last finished run; ``pending`` holds the child lists the
current run has streamed so far. A run's end folds pending into committed and drops every
element the final tree no longer reaches. Widget values follow the browser's rules:
a widget adopts the runtime's value when it first appears or when the script set it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from wasmlit.catalogue import check_element
from wasmlit.runtime.tree import ROOT_IDS
from wasmlit.testing.page_extras import PageExtras

WIDGET_ID_PREFIX = "$$ID"


@dataclass
class PageElement:
    id: str
    type: str
    props: dict[str, Any]


class PageModel:
    def __init__(self) -> None:
        self.elements: dict[str, PageElement] = {}
        self.committed: dict[str, list[str]] = {root: [] for root in ROOT_IDS}
        self.pending: dict[str, list[str]] = {}
        self.widget_values: dict[str, Any] = {}
        self.last_status: str | None = None
        self.script_runs = 0
        self.logs: list[tuple[str, str]] = []
        self.page_config: dict[str, Any] = {}
        # What the page keeps outside the element tree (page list, address, toasts).
        self.extras = PageExtras()

    def apply(self, text: str) -> None:
        message = json.loads(text)
        message_type = message["type"]
        if message_type == "patch":
            self._apply_patch(message)
        elif message_type == "run_finished":
            self._apply_patch(message)
            # A superseded run, and an aborted one (docs/semantics.md 1.5), leave the page as it is.
            if message["status"] not in ("interrupted", "aborted"):
                self._commit()
            self.last_status = message["status"]
            self.script_runs = message["scriptRuns"]
            self.extras.run_finished(keeps_page=message["status"] in ("interrupted", "aborted"))
        elif message_type == "page_config":
            self.page_config = message["config"]
        elif message_type == "log":
            self.logs.append((message["level"], message["text"]))
        elif self.extras.apply(message):
            pass
        elif message_type == "protocol_error":
            raise AssertionError(f"the runtime rejected a message: {message['text']}")
        else:
            raise AssertionError(f"unknown message from the runtime: {message_type!r}")

    def _apply_patch(self, message: dict[str, Any]) -> None:
        for block_id, child_ids in message["blocks"].items():
            self.pending[block_id] = child_ids
        for element_id, record in message["elements"].items():
            props = record["props"]
            # Every element the runtime sends must fit its catalogue declaration.
            check_element(record["type"], props)
            self.elements[element_id] = PageElement(element_id, record["type"], props)
            adopts_value = element_id not in self.widget_values or props.get("setValue")
            if element_id.startswith(WIDGET_ID_PREFIX) and "value" in props and adopts_value:
                self.widget_values[element_id] = props["value"]

    def _commit(self) -> None:
        self.committed.update(self.pending)
        self.pending = {}
        reachable: set[str] = set()
        stack = list(ROOT_IDS)
        while stack:
            block_id = stack.pop()
            for child_id in self.committed.get(block_id, ()):
                if child_id not in reachable:
                    reachable.add(child_id)
                    stack.append(child_id)
        self.elements = {key: value for key, value in self.elements.items() if key in reachable}
        self.committed = {key: value for key, value in self.committed.items() if key in reachable or key in ROOT_IDS}
        self.widget_values = {key: value for key, value in self.widget_values.items() if key in reachable}

    def is_container(self, element_id: str) -> bool:
        return element_id in self.pending or element_id in self.committed

    def children(self, block_id: str) -> list[PageElement]:
        child_ids = self.pending.get(block_id, self.committed.get(block_id, []))
        return [self.elements[child_id] for child_id in child_ids if child_id in self.elements]

    def walk(self, block_id: str) -> list[PageElement]:
        """Every element under a block, depth first, in page order."""
        found: list[PageElement] = []
        for element in self.children(block_id):
            found.append(element)
            found.extend(self.walk(element.id))
        return found
