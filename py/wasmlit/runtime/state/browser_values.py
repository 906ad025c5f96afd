"""The page's widget values, mirrored in Python (docs/semantics.md 1.1).

In Streamlit the browser sends every widget value with each rerun. wasmlit's page
sends only what changed, so the session keeps this mirror and rebuilds the full list
for each run. It follows the page's own rules (``web/store.js``): a widget adopts the
runtime's value when it first appears or when the script set it (``setValue``), and a
widget that leaves the page is forgotten. Its order is the order in which widgets first
stored a value (usually render order), which is the order callbacks run in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wasmlit.runtime.tree import ElementTree

WIDGET_ID_PREFIX = "$$ID"


@dataclass(frozen=True)
class RunPlan:
    """One run a rerun message asks for: value changes, then at most one click, and
    the fragments it reruns (None: the whole app)."""

    updates: dict[str, Any]
    trigger: str | None
    fragments: tuple[str, ...] | None = None


def merge_scopes(first: tuple[str, ...] | None, second: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """Two requests in one run: the whole app if either asks for it, else both sets of
    fragments, in order (Streamlit's coalescing of rerun requests).

    >>> merge_scopes(("a",), ("b", "a")), merge_scopes(("a",), None)
    (('a', 'b'), None)
    """
    if first is None or second is None:
        return None
    return tuple(dict.fromkeys((*first, *second)))


def plan_runs(requests: tuple[Any, ...]) -> list[RunPlan]:
    """Fold queued requests into runs: one per click, value-only changes merged.

    >>> from wasmlit.runtime.protocol import RerunRequest as R
    >>> plan_runs((R({"a": 1}), R({"a": 2}), R({}, "b"), R({"c": 1}, "b")))
    [RunPlan(updates={'a': 2}, trigger='b', fragments=None), RunPlan(updates={'c': 1}, trigger='b', fragments=None)]
    >>> plan_runs((R({"a": 3}, fragments=("f",)), R({}, fragments=("g",))))
    [RunPlan(updates={'a': 3}, trigger=None, fragments=('f', 'g'))]
    """
    runs: list[RunPlan] = []
    updates: dict[str, Any] = {}
    scope: tuple[str, ...] | None = ()
    for request in requests:
        updates.update(request.values)
        if scope is not None:
            scope = None if request.fragments is None else merge_scopes(scope, request.fragments)
        if request.trigger is not None:
            runs.append(RunPlan(updates, request.trigger, scope or None))
            updates, scope = {}, ()
    if updates or not runs or scope:
        runs.append(RunPlan(updates, None, scope or None))
    return runs


class BrowserValues:
    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def for_run(self, plan: RunPlan) -> dict[str, Any]:
        """Apply a run's changes; the full value list, with its click last (True)."""
        self.values.update(plan.updates)
        snapshot = {key: value for key, value in self.values.items() if key != plan.trigger}
        if plan.trigger is not None:
            snapshot[plan.trigger] = True
        return snapshot

    def adopt(self, tree: ElementTree, *, forget_missing: bool = True) -> list[str]:
        """After a run: take the values the page takes from this tree, drop widgets that
        left it (unless ``forget_missing`` is False: the page keeps them). Returns the ids
        whose value the script set (``setValue``)."""
        pushed = []
        for node_id, node in tree.nodes.items():
            if not node_id.startswith(WIDGET_ID_PREFIX) or "value" not in node.props:
                continue
            if node.props.get("setValue"):
                pushed.append(node_id)
                self.values[node_id] = node.props["value"]
            elif node_id not in self.values:
                self.values[node_id] = node.props["value"]
        if not forget_missing:
            return pushed
        self.values = {
            widget_id: value
            for widget_id, value in self.values.items()
            if widget_id in tree.nodes or not widget_id.startswith(WIDGET_ID_PREFIX)
        }
        return pushed
