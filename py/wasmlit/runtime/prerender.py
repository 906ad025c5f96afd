"""The build-time first run whose element tree becomes the pre-rendered first paint.

The build runs the script once (twice, to catch output that changes from run to run)
in Pyodide under Node, and inlines the final tree in ``index.html``. A first run that
depends on the visitor's browser must not be baked into the page: runtime features
that read browser state (query parameters, ``st.context``, cookies, the visitor's
time zone...) call ``mark_browser_dependent`` and the build falls back to the loading
screen. Time and randomness are caught by comparing two runs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from wasmlit.runtime import protocol
from wasmlit.runtime.tree import ROOT_IDS, ElementTree

# Reasons recorded by the run in progress; reset by ``first_run``. One interpreter per
# tab runs one script at a time, so a module global is enough.
_browser_dependencies: list[str] = []


def mark_browser_dependent(reason: str) -> None:
    """The current run read something that only the visitor's browser knows.

    >>> reset_browser_dependencies(); mark_browser_dependent("st.query_params")
    >>> browser_dependencies()
    ['st.query_params']
    """
    if reason not in _browser_dependencies:
        _browser_dependencies.append(reason)


def browser_dependencies() -> list[str]:
    return list(_browser_dependencies)


def reset_browser_dependencies() -> None:
    _browser_dependencies.clear()


def full_tree_body(tree: ElementTree) -> str:
    """The whole tree as a patch body (``"blocks":..,"elements":..``) for an empty page.

    >>> from wasmlit.runtime.tree import ROOT_MAIN
    >>> tree = ElementTree()
    >>> _ = tree.append(tree.roots[ROOT_MAIN], "text", {"body": "hi"})
    >>> full_tree_body(tree)
    '"blocks":{"main":["main/text0"],"sidebar":[],"bottom":[],"event":[]},"elements":{"main/text0":{"type":"text","props":{"body":"hi"}}}'
    """
    blocks = json.dumps(tree.blocks(), ensure_ascii=False, separators=(",", ":"))
    elements = ",".join(
        f"{json.dumps(node_id, ensure_ascii=False)}:{node.encode()}"
        for node_id, node in tree.nodes.items()
        if node_id not in ROOT_IDS
    )
    return f'"blocks":{blocks},"elements":{{{elements}}}'


@dataclass
class FirstRun:
    status: str
    # A run_finished message holding the whole final tree, ready for the page's store.
    message: str
    browser_dependencies: list[str] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(
            {"status": self.status, "message": self.message, "browserDependencies": self.browser_dependencies}
        )


def first_run(entry_path: str, config_json: str) -> FirstRun:
    """Run the script as a new visitor's tab would, and capture the final tree."""
    from wasmlit.runtime.session import AppSession

    reset_browser_dependencies()
    replies: list[str] = []
    session = AppSession(entry_path, send=replies.append, config=json.loads(config_json))
    session.handle(json.dumps({"type": "rerun", "requests": [{"values": {}, "trigger": None}]}))
    final = json.loads(replies[-1])
    assert final["type"] == "run_finished", final["type"]
    tree = session.last_tree if session.last_tree is not None else ElementTree()
    message = protocol.run_finished_message(
        0, full_tree_body(tree), status=final["status"], duration_ms=0.0, script_runs=final["scriptRuns"]
    )
    return FirstRun(final["status"], message, browser_dependencies())


def first_run_json(entry_path: str, config_json: str) -> str:
    """``first_run`` for the Node bake script, which reads JSON."""
    return first_run(entry_path, config_json).to_json()
