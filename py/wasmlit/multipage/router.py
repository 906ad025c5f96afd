"""Which page a run shows: one router per session (Streamlit's PagesManager, reduced).

A run starts on the page the browser asked for (by hash after a click in the page list,
by address name on a first load or a Back/Forward step), on the page ``st.switch_page``
asked for, or on the page of the previous run. When that page differs from the previous
run's, the state of every widget whose value did not come with the request is deleted
before anything else happens (docs/semantics.md 1.2 step 1 and 10).

``st.navigation`` (or the ``pages/`` folder) registers the pages and resolves the one to
run. Widget ids are computed with the *active* hash: the entrypoint's while the entrypoint
script runs, the page's while ``Page.run()`` runs.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wasmlit.multipage.pages_folder import has_pages_folder
from wasmlit.runtime.protocol import NavigationMessage, NavPage
from wasmlit.runtime.state.session_state import SessionState


def page_hash_of(text: str) -> str:
    """The stable id of a page (of its address name) or of the main script (of its path)."""
    return hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()


@dataclass(frozen=True)
class PageTarget:
    """Where the browser (or ``st.switch_page``) wants the next run to go."""

    page_hash: str | None = None
    url_path: str | None = None


@dataclass(frozen=True)
class PageInfo:
    page_hash: str
    title: str
    icon: str
    url_path: str
    script_path: str  # "" for a callable or an external page
    section: str = ""
    is_default: bool = False
    hidden: bool = False
    external_url: str | None = None
    help: str = ""

    def to_nav_page(self) -> NavPage:
        return NavPage(
            hash=self.page_hash,
            title=self.title,
            icon=self.icon,
            url_path=self.url_path,
            section=self.section,
            default=self.is_default,
            hidden=self.hidden,
            external=self.external_url,
            help=self.help,
        )


@dataclass
class NavigationMenu:
    """What ``st.navigation`` tells the page: the list to show and the page that runs."""

    pages: list[PageInfo]
    sections: list[str]
    position: str
    expanded: bool | int
    current_page_hash: str = ""

    def to_message(self) -> NavigationMessage:
        return NavigationMessage(
            pages=tuple(page.to_nav_page() for page in self.pages),
            sections=tuple(self.sections),
            position=self.position,
            expanded=self.expanded,
            current_page_hash=self.current_page_hash,
        )


@dataclass
class PageRouter:
    main_script_path: str
    session_state: SessionState
    uses_pages_folder: bool = False
    # Pages registered by the last st.navigation call (None: never called).
    registry: dict[str, PageInfo] | None = None
    # The page the last run was on ("" before the first run).
    current_page_hash: str = ""
    # Widgets the entrypoint itself created in the last run (kept on user navigation).
    entrypoint_widget_ids: frozenset[str] = frozenset()
    _target: PageTarget | None = None
    _intended_hash: str | None = None
    _intended_name: str | None = None
    _page_widget_ids: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.main_script_path = os.path.realpath(self.main_script_path)
        self.uses_pages_folder = has_pages_folder(Path(self.main_script_path))

    @property
    def main_script_hash(self) -> str:
        return page_hash_of(self.main_script_path)

    @property
    def main_script_folder(self) -> str:
        return os.path.dirname(self.main_script_path)

    # ----- the run loop ---------------------------------------------------------------

    def request(self, target: PageTarget) -> None:
        """The next run should show this page (a click in the page list, an address, switch_page)."""
        self._target = target

    def keep_entrypoint_values(self, values: dict[str, Any]) -> dict[str, Any]:
        """User navigation carries only the values of the entrypoint's own widgets.

        Before the first run there is nothing to leave: a replacement worker's first
        request names the page the user was on and carries every value the page shows.
        """
        if not self.current_page_hash:
            return dict(values)
        return {key: value for key, value in values.items() if key in self.entrypoint_widget_ids}

    def begin_run(self, widget_values: dict[str, Any] | None) -> str:
        """Clean up on a page change and return the hash the run starts with (the entrypoint's)."""
        target, self._target = self._target, None
        if target is None:
            requested = self.current_page_hash or self.main_script_hash
            self._intended_hash, self._intended_name = requested, None
        elif target.page_hash:
            requested = target.page_hash
            self._intended_hash, self._intended_name = requested, None
        else:
            requested = self.main_script_hash
            self._intended_hash, self._intended_name = None, target.url_path
        if requested != self.current_page_hash:
            _delete_widget_state_except(self.session_state, set(widget_values or ()))
        self.current_page_hash = requested
        self.session_state.current_page = requested
        self._page_widget_ids = set()
        return self.main_script_hash

    def requested_page_name(self) -> str:
        """The address name a first load or a Back/Forward step asked for ("" if it asked by hash)."""
        return self._intended_name or ""

    def end_run(self) -> None:
        created = self.session_state.widget_ids_this_run
        self.entrypoint_widget_ids = frozenset(created - self._page_widget_ids)

    def note_page_widgets(self, widget_ids: Iterable[str]) -> None:
        self._page_widget_ids.update(widget_ids)

    # ----- st.navigation --------------------------------------------------------------

    def resolve(self, pages: dict[str, PageInfo], default_hash: str) -> PageInfo | None:
        """Register the pages and pick the one this run shows; None if the address matched none."""
        self.registry = pages
        found: PageInfo | None
        if self._intended_hash:
            found = pages.get(self._intended_hash, pages.get(default_hash))
        elif self._intended_name is not None:
            found = next((page for page in pages.values() if page.url_path == self._intended_name), None)
        else:
            found = pages.get(default_hash)
        if found is not None and found.external_url is not None:
            found = None
        if found is not None:
            # "page"-scoped widget values belong to the page shown (docs/semantics.md 3.6).
            self.session_state.current_page = found.page_hash
        return found

    def pages(self) -> dict[str, PageInfo]:
        """The registered pages; before st.navigation runs, just the main script."""
        if self.registry is not None:
            return dict(self.registry)
        main = PageInfo(self.main_script_hash, "", "", "", self.main_script_path)
        return {main.page_hash: main}

    def hash_for_script(self, path: str) -> str | None:
        """The registered page a script path (relative to the main script) names."""
        wanted = os.path.realpath(os.path.join(self.main_script_folder, path))
        for page in self.pages().values():
            if page.script_path == wanted:
                return page.page_hash
        return None


def _delete_widget_state_except(state: SessionState, kept_widget_ids: set[str]) -> None:
    """Forget every widget not in ``kept_widget_ids`` (a page change; docs/semantics.md 10).

    This is the end-of-run stale-widget cleanup with the incoming widget list standing in
    for the widgets a run created, as Streamlit's script runner does on a page change.
    """
    state.widget_ids_this_run = kept_widget_ids
    state.finish_run(cleanup_stale_widgets=True)
    state.widget_ids_this_run = set()
