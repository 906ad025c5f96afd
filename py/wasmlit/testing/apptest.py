"""``AppTest``: run an app headlessly, interact with it, read what it rendered.

Mirrors ``streamlit.testing.v1.AppTest``. Interactions travel the same path as in the
browser: they become protocol messages for the session, and its patch messages are
applied to a ``PageModel`` that follows the browser's rules.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from typing import Any

from wasmlit import config as config_module
from wasmlit.runtime.secrets import secrets_singleton
from wasmlit.runtime.session import AppSession
from wasmlit.runtime.tree import ROOT_BOTTOM, ROOT_IDS, ROOT_MAIN, ROOT_SIDEBAR
from wasmlit.testing import registry
from wasmlit.testing.elements import Block, Element, ElementList
from wasmlit.testing.interactions import InteractionQueue
from wasmlit.testing.layout import root_block
from wasmlit.testing.navigation import NavigationTestMixin
from wasmlit.testing.page_model import PageElement, PageModel
from wasmlit.testing.session_state_view import AppTestSessionState

_SCRIPT_FOLDER = tempfile.mkdtemp(prefix="wasmlit-apptest-")


class _PageRoot(Block):
    """The whole page (main area, sidebar, bottom): what ``at.<accessor>`` searches."""

    @property
    def children(self) -> dict[int, Element]:
        return {index: root_block(root_id, self._app) for index, root_id in enumerate(ROOT_IDS)}

    def __len__(self) -> int:
        return len(ROOT_IDS)

    def _descendants(self) -> list[Element]:
        found: list[Element] = []
        for root_id in ROOT_IDS:
            found.extend(root_block(root_id, self._app)._descendants())
        return found


class AppTest(NavigationTestMixin):
    def __init__(
        self,
        script_path: str,
        *,
        default_timeout: float = 3,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        config: dict[str, Any] | None = None,
    ) -> None:
        self._script_path = os.path.abspath(script_path)
        self.default_timeout = default_timeout
        options = config_module.resolve(os.path.dirname(self._script_path), config or {})
        self._page = PageModel()
        self._session = AppSession(self._script_path, send=self._page.apply, config=options, headless=True)
        if args is not None or kwargs is not None:
            self._session.runner.module_globals.update({"__args": args or (), "__kwargs": kwargs or {}})
        self.session_state = AppTestSessionState(self)
        # What st.secrets holds during this test's runs (a site's st.secrets is always empty).
        self.secrets: dict[str, Any] = {}
        self._queue = InteractionQueue()
        self._root = _PageRoot(PageElement("", "root", {}), self)
        self._init_navigation()

    # ----- construction ---------------------------------------------------------------

    @classmethod
    def from_file(cls, script_path: str, *, default_timeout: float = 3, **options: Any) -> AppTest:
        """A relative path is resolved against the calling file (then the working folder)."""
        path = script_path
        if not os.path.isabs(script_path):
            caller = inspect.stack()[1].filename
            candidate = os.path.join(os.path.dirname(os.path.abspath(caller)), script_path)
            path = candidate if os.path.isfile(candidate) or not os.path.isfile(script_path) else script_path
        if not os.path.isfile(path):
            raise FileNotFoundError(
                f"AppTest script not found at {os.path.abspath(path)}. Relative paths are "
                "resolved against the file that calls AppTest.from_file()."
            )
        return cls(path, default_timeout=default_timeout, **options)

    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3, **options: Any) -> AppTest:
        return cls._from_string(script, default_timeout=default_timeout, **options)

    @classmethod
    def _from_string(cls, script: str, **options: Any) -> AppTest:
        text = textwrap.dedent(script)
        path = os.path.join(_SCRIPT_FOLDER, hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest())
        with open(path, "w", encoding="utf-8") as script_file:
            script_file.write(text)
        return cls(path, **options)

    @classmethod
    def from_function(
        cls,
        script: Callable[..., Any],
        *,
        default_timeout: float = 3,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
        **options: Any,
    ) -> AppTest:
        """The function's body is the script; it is called with ``args``/``kwargs``."""
        source = textwrap.dedent(inspect.getsource(script))
        name = getattr(script, "__name__", "script")
        return cls._from_string(
            f"{source}\n{name}(*__args, **__kwargs)\n",
            default_timeout=default_timeout,
            args=tuple(args or ()),
            kwargs=dict(kwargs or {}),
            **options,
        )

    # ----- running ----------------------------------------------------------------------

    def run(self, *, timeout: float | None = None) -> AppTest:
        """Run the script with the queued interactions; raises RuntimeError on timeout.

        As in Streamlit's AppTest, the run is a run of the whole app, even when the
        interaction was with a widget inside an ``st.fragment``."""
        return self._send_request(self._queue.request(self._page), timeout=timeout)

    def _send_request(self, request: dict[str, Any], *, timeout: float | None = None) -> AppTest:
        """Send one rerun request as the page would (tests of fragment runs name the
        fragments in ``request["fragments"]``)."""
        seconds = self.default_timeout if timeout is None else timeout
        message = json.dumps({"type": "rerun", "requests": [request], **self._navigation_fields(request)})
        saved_main = sys.modules.get("__main__")
        saved_cwd = os.getcwd()
        self._session.run_deadline = time.perf_counter() + seconds
        secrets_singleton.load(self.secrets)
        try:
            os.chdir(os.path.dirname(self._script_path))
            self._session.handle(message)
        finally:
            secrets_singleton.load({})
            self._session.run_deadline = None
            os.chdir(saved_cwd)
            if saved_main is not None:
                sys.modules["__main__"] = saved_main
        self._after_run()
        if self._session.timed_out:
            raise RuntimeError(f"AppTest script run timed out after {seconds}(s)")
        return self

    # ----- interactions (called by the element wrappers) -------------------------------

    def queue_widget_value(self, widget_id: str, value: Any) -> None:
        metadata = self._session.session_state.widget_metadata(widget_id)
        if metadata is None:
            raise KeyError(f"widget {widget_id} is not on the page")
        browser_value = metadata.serialize(value)
        self._queue.set_value(widget_id, browser_value, value)
        element = self._page.elements.get(widget_id)
        if element is not None:
            self.write_bound_value(element.props, browser_value)

    def queue_browser_value(self, widget_id: str, browser_value: Any) -> None:
        """Send a value exactly as the browser would (already in its JSON form)."""
        self._queue.browser_values[widget_id] = browser_value
        element = self._page.elements.get(widget_id)
        if element is not None:
            self.write_bound_value(element.props, browser_value)

    def queued_browser_value(self, widget_id: str) -> Any:
        """The value queued for a widget's next run, in its browser form (None if none)."""
        return self._queue.browser_values.get(widget_id)

    def queue_trigger(self, widget_id: str) -> None:
        self._queue.trigger = widget_id

    def assign_state_before_run(self, key: str, value: Any) -> None:
        """``at.session_state[key] = value``; a widget bound to the key is sent the value
        too, so the browser's old copy cannot override it."""
        state = self._session.session_state
        state.overwrite_assigned_value(key, value)
        widget_id = state.widget_id_for_key(key)
        metadata = state.widget_metadata(widget_id) if widget_id is not None else None
        if widget_id is not None and metadata is not None and widget_id in self._page.elements:
            self._queue.state_values[widget_id] = metadata.serialize(value)

    def widget_python_value(self, widget_id: str) -> Any:
        if widget_id in self._queue.python_values:
            return self._queue.python_values[widget_id]
        return self._session.session_state.get(widget_id)

    def button_value(self, widget_id: str) -> bool:
        if self._queue.trigger == widget_id:
            return True
        return bool(self._session.session_state.returned_this_run.get(widget_id, False))

    # ----- wrappers (AppHandle) -----------------------------------------------------------

    def wrap(self, page_element: PageElement) -> Element:
        is_container = self._page.is_container(page_element.id)
        return registry.wrapper_class(page_element, is_container=is_container)(page_element, self)

    def accessor_classes(self, name: str) -> tuple[type[Element], ...] | None:
        return registry.ACCESSORS.get(name)

    # ----- reading ----------------------------------------------------------------------

    @property
    def script_path(self) -> str:
        return self._script_path

    @property
    def session(self) -> AppSession:
        return self._session

    @property
    def page(self) -> PageModel:
        return self._page

    @property
    def status(self) -> str | None:
        """How the last run ended: completed, stopped, exception (or rerun)."""
        return self._page.last_status

    @property
    def logs(self) -> list[tuple[str, str]]:
        """(level, text) of every line the app logged to the browser console."""
        return self._page.logs

    @property
    def main(self) -> Block:
        return root_block(ROOT_MAIN, self)

    @property
    def sidebar(self) -> Block:
        return root_block(ROOT_SIDEBAR, self)

    @property
    def bottom(self) -> Block:
        return root_block(ROOT_BOTTOM, self)

    def get(self, element_type: str) -> ElementList[Element]:
        return self._root.get(element_type)

    def __getattr__(self, name: str) -> ElementList[Any]:
        if name.startswith("_") or name not in registry.ACCESSORS:
            raise AttributeError(f"AppTest has no attribute {name!r}")
        return self._root.get(name)

    def __repr__(self) -> str:
        return f"AppTest({self._script_path!r})"
