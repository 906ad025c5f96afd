"""The page's state outside the element tree, as the browser keeps it: the page list and
current page, the address bar's query string, toasts, and Session State snapshots."""

from __future__ import annotations

from typing import Any


class PageExtras:
    def __init__(self) -> None:
        self.navigation: dict[str, Any] | None = None
        self.pages_not_found: list[str] = []
        self.query_string: str | None = None
        # Toasts of the run in progress, by id; ``toasts`` holds the last finished run's.
        self._run_toasts: dict[int, dict[str, Any]] = {}
        self.toasts: list[dict[str, Any]] = []
        self.snapshot: dict[str, Any] | None = None
        self.restored: dict[str, Any] | None = None
        # st.logo, as the page shows it: dropped after a finished run that did not send it.
        self.logo: dict[str, Any] | None = None
        self._logo_this_run = False

    def apply(self, message: dict[str, Any]) -> bool:
        """Apply a message that is not about the element tree; False if it is not one."""
        message_type = message["type"]
        if message_type == "navigation":
            self.navigation = message
        elif message_type == "page_not_found":
            self.pages_not_found.append(message["pageName"])
        elif message_type == "page_info":
            self.query_string = message["queryString"]
        elif message_type == "toast":
            self._run_toasts[message["id"]] = message
        elif message_type == "state_snapshot":
            self.snapshot = message
        elif message_type == "state_restored":
            self.restored = message
        elif message_type == "logo":
            self.logo, self._logo_this_run = message, True
        else:
            return False
        return True

    def run_finished(self, *, keeps_page: bool = False) -> None:
        self.toasts = list(self._run_toasts.values())
        self._run_toasts = {}
        if not keeps_page and not self._logo_this_run:
            self.logo = None
        self._logo_this_run = False

    def current_page(self) -> dict[str, Any] | None:
        if self.navigation is None:
            return None
        wanted = self.navigation["currentPageHash"]
        return next((page for page in self.navigation["pages"] if page["hash"] == wanted), None)
