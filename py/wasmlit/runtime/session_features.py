"""What a session adds around its runs: pages, query params, Stop and fast reruns, snapshots.

Kept apart from ``session.py`` so the run loop stays readable: the session asks this
object how to plan a message's runs, what to put in each run's context, and what to do
when a run starts and ends.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from wasmlit.browser_context import BROWSER_CONTEXT_EXTRA
from wasmlit.multipage.page import ROUTER_EXTRA
from wasmlit.multipage.router import PageRouter, PageTarget
from wasmlit.query_params import QUERY_PARAMS_EXTRA, QueryParams
from wasmlit.runtime import protocol
from wasmlit.runtime.outbox import OUTBOX_EXTRA
from wasmlit.runtime.run_control import RunControl
from wasmlit.runtime.state.browser_values import RunPlan, plan_runs
from wasmlit.runtime.state.session_state import SessionState
from wasmlit.runtime.state.snapshot import SnapshotPublisher, restore_snapshot


@dataclass(frozen=True)
class PlannedRun:
    """One run of a message: its value changes and click, and the page it navigates to."""

    plan: RunPlan
    page: PageTarget | None


def _target(page: protocol.PageRequest) -> PageTarget:
    return PageTarget(page_hash=page.page_hash or None, url_path=page.url_path)


class SessionFeatures:
    def __init__(
        self,
        script_path: str,
        session_state: SessionState,
        *,
        send: Callable[[str], None],
        config: dict[str, Any],
        snapshots: bool,
    ) -> None:
        self.session_state = session_state
        self.send = send
        self.router = PageRouter(script_path, session_state)
        self.query_params = QueryParams()
        self.run_control = RunControl(fast_reruns=bool(config.get("runner.fastReruns", True)))
        self.snapshots = SnapshotPublisher() if snapshots else None
        # What st.context reads: the page sends it again only when it changed.
        self.browser_context: protocol.BrowserContext | None = None

    # ----- a message from the page ---------------------------------------------------------

    def begin_message(self, message: protocol.RerunMessage) -> None:
        self.run_control.begin_message()
        if message.query_string is not None:
            self.query_params.populate(message.query_string)
        if message.context is not None:
            self.browser_context = message.context

    def plan(self, requests: Sequence[protocol.RerunRequest]) -> list[PlannedRun]:
        """One group of runs per navigation; the first run of a group carries the page.

        Which widget values a navigation keeps is decided when that run starts (the
        session's ``_values_for``): runs before it in the batch still see them all.
        """
        planned: list[PlannedRun] = []
        group: list[protocol.RerunRequest] = []
        target: PageTarget | None = None

        def close_group() -> None:
            if group:
                runs = plan_runs(tuple(group))
                planned.extend(PlannedRun(run, target if index == 0 else None) for index, run in enumerate(runs))

        for request in requests:
            if request.page is not None:
                close_group()
                group, target = [], _target(request.page)
            group.append(request)
        close_group()
        return planned

    def restore(self, message: protocol.RestoreStateMessage) -> None:
        try:
            restored, failed = restore_snapshot(self.session_state, base64.b64decode(message.data))
        except Exception as error:
            restored, failed = [], [f"(all: {error})"]
        self.send(protocol.StateRestoredMessage(tuple(restored), tuple(failed)).encode())

    # ----- around each run ---------------------------------------------------------------------

    def run_extras(self) -> dict[str, Any]:
        return {
            ROUTER_EXTRA: self.router,
            QUERY_PARAMS_EXTRA: self.query_params,
            OUTBOX_EXTRA: self.send,
            BROWSER_CONTEXT_EXTRA: self.browser_context,
        }

    def after_completed_run(self) -> None:
        """Bound widgets that did not run leave the address; keep a copy of Session State on
        the page, in case the worker must be replaced."""
        params = self.query_params
        if params.bound and params.remove_stale_bindings(self.session_state.widget_ids_this_run):
            self.send(protocol.PageInfoMessage(params.query_string()).encode())
        if self.snapshots is None:
            return
        message = self.snapshots.message_after_run(self.session_state)
        if message is not None:
            self.send(message.encode())
