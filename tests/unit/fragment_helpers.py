"""Driving fragment runs as the page does.

``AppTest.run()`` reruns the whole app, as Streamlit's AppTest does. The page sends a
change of a fragment's widget as a rerun of that fragment alone (``web/session.js``);
``run_as_page`` sends the queued interactions the same way, and ``tick`` sends a
``run_every`` tick.
"""

from __future__ import annotations

import json
from typing import Any

from wasmlit.testing import AppTest
from wasmlit.testing.page_model import PageModel


def page_scope(page: PageModel, request: dict[str, Any]) -> list[str] | None:
    """What the page's request reruns: the fragments of every widget it names, or the
    whole app (None) if one of them is outside every fragment (as ``mergeScopes``)."""
    widget_ids = [*request["values"], *([request["trigger"]] if request["trigger"] else [])]
    if not widget_ids:
        return None
    fragments: dict[str, None] = {}
    for widget_id in widget_ids:
        element = page.elements.get(widget_id)
        fragment_id = element.props.get("fragmentId") if element is not None else None
        if fragment_id is None:
            return None
        fragments[fragment_id] = None
    return list(fragments)


def run_as_page(at: AppTest) -> AppTest:
    """Run the queued interactions as the page sends them."""
    request = at._queue.request(at.page)
    scope = page_scope(at.page, request)
    if scope is not None:
        request["fragments"] = scope
    return at._send_request(request)


def fragment_ids(at: AppTest) -> list[str]:
    """The fragments on the page, in page order (their containers carry the id)."""
    return [block.props["fragmentId"] for block in at.container if "fragmentId" in block.props]


def tick(at: AppTest, fragment_id: str) -> AppTest:
    """A ``run_every`` tick of one fragment."""
    return at._send_request({"values": {}, "trigger": None, "fragments": [fragment_id]})


def recorded_messages(at: AppTest) -> list[dict[str, Any]]:
    """Start recording what the session sends the page (the list fills as runs go)."""
    messages: list[dict[str, Any]] = []
    forward = at.session.send

    def record(text: str) -> None:
        messages.append(json.loads(text))
        forward(text)

    at.session.send = record
    return messages
