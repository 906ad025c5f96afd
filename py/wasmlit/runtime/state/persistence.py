"""Which widget values outlive their widget: ``persist_state`` and ``bind="query-params"``.

Streamlit 1.67's ``PersistedWidgetTracker``, and the rule of its stale-widget cleanup:
a keyed widget that stops rendering keeps its value under its user key when it is bound
to the address, or persisted with ``"session"`` scope, or with ``"page"`` scope while the
user stays on its page. A ``"page"`` value is dropped when the user switches pages, and
the widget's next registration then discards a value the page still holds for it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field

PAGE = "page"
SESSION = "session"


@dataclass
class PersistTracker:
    # Widget id -> the scope it registered with.
    scopes: dict[str, str] = field(default_factory=dict)
    # "page" widget id -> the page it last registered on.
    widget_pages: dict[str, str] = field(default_factory=dict)
    # "page" user key -> the page of a value kept while its widget is absent.
    value_pages: dict[str, str] = field(default_factory=dict)
    # "page" widgets whose value a page switch dropped: their next registration resets.
    pending_resets: set[str] = field(default_factory=set)
    # Widgets bound to the address (bind="query-params"): kept whatever their scope.
    bound: set[str] = field(default_factory=set)

    def should_preserve(self, widget_id: str, current_page: str) -> bool:
        if widget_id in self.bound:
            return True
        scope = self.scopes.get(widget_id)
        return scope == SESSION or (scope == PAGE and self.widget_pages.get(widget_id) == current_page)

    def note_preserved_value(self, widget_id: str, user_key: str, current_page: str) -> None:
        if self.scopes.get(widget_id) == PAGE:
            self.value_pages[user_key] = self.widget_pages.get(widget_id, current_page)
        else:
            self.value_pages.pop(user_key, None)

    def page_switch_drops(
        self, current_page: str, key_of: Mapping[str, str], is_stale: Callable[[str], bool]
    ) -> list[str]:
        """Flag stale "page" widgets of another page; return the user keys whose kept value goes."""
        dropped = []
        for widget_id, scope in self.scopes.items():
            if scope != PAGE or self.widget_pages.get(widget_id) == current_page:
                continue
            if widget_id in self.bound or not is_stale(widget_id):
                continue
            self.pending_resets.add(widget_id)
            if widget_id in key_of:
                dropped.append(key_of[widget_id])
        return dropped

    def register(self, widget_id: str, user_key: str, scope: str, current_page: str) -> None:
        self.scopes[widget_id] = scope
        if scope == PAGE:
            self.widget_pages[widget_id] = current_page
            return
        self.widget_pages.pop(widget_id, None)
        self.value_pages.pop(user_key, None)
        self.pending_resets.discard(widget_id)

    def take_pending_drop(self, widget_id: str, user_key: str, current_page: str) -> bool:
        """Whether a "page" value must not survive this registration (flags are consumed)."""
        if self.scopes.get(widget_id) != PAGE:
            return False
        is_bound = widget_id in self.bound
        origin = self.value_pages.pop(user_key, None)
        drop = not is_bound and origin is not None and origin != current_page
        if widget_id in self.pending_resets:
            self.pending_resets.discard(widget_id)
            drop = drop or not is_bound
        return drop

    def untrack(self, widget_id: str, user_key: str) -> None:
        self.scopes.pop(widget_id, None)
        self.widget_pages.pop(widget_id, None)
        self.value_pages.pop(user_key, None)
        self.pending_resets.discard(widget_id)

    def prune(self, live_widget_ids: Collection[str], live_value_keys: Collection[str]) -> None:
        """Forget widgets and keys that are gone, so long sessions do not grow the tracker."""
        self.scopes = {wid: scope for wid, scope in self.scopes.items() if wid in live_widget_ids}
        self.widget_pages = {wid: page for wid, page in self.widget_pages.items() if wid in live_widget_ids}
        self.value_pages = {key: page for key, page in self.value_pages.items() if key in live_value_keys}
        self.pending_resets &= set(live_widget_ids)
        self.bound &= set(live_widget_ids)
