"""What an element wrapper may ask of the app it belongs to.

``AppTest`` implements it; the wrappers depend on this protocol instead of importing
``AppTest``, so the testing modules import each other in one direction only:
``apptest`` -> ``registry`` -> the families -> ``elements`` -> ``app_handle``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from wasmlit.runtime.session import AppSession
    from wasmlit.testing.elements import Element
    from wasmlit.testing.page_model import PageElement, PageModel


class AppHandle(Protocol):
    @property
    def page(self) -> PageModel: ...

    @property
    def session(self) -> AppSession: ...

    def run(self, *, timeout: float | None = None) -> Any: ...

    def wrap(self, page_element: PageElement) -> Element:
        """The registered wrapper for a rendered element."""
        ...

    def accessor_classes(self, name: str) -> tuple[type[Element], ...] | None:
        """The wrapper classes ``at.<name>`` lists, or None if there is no such accessor."""
        ...

    def queue_widget_value(self, widget_id: str, value: Any) -> None: ...

    def queue_browser_value(self, widget_id: str, browser_value: Any) -> None: ...

    def queued_browser_value(self, widget_id: str) -> Any: ...

    def queue_trigger(self, widget_id: str) -> None: ...

    def assign_state_before_run(self, key: str, value: Any) -> None: ...

    def widget_python_value(self, widget_id: str) -> Any: ...

    def button_value(self, widget_id: str) -> bool: ...
