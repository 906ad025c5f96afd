"""``AppTest``: run an app headlessly, interact with it, read what it rendered.

Mirrors ``streamlit.testing.v1.AppTest``. Interactions travel the same path as in the
browser: they become protocol messages for the session, and its patch messages are
applied to a ``PageModel`` that follows the browser's rules.
"""

from __future__ import annotations

import inspect
import json
import os
import sys
import tempfile
import textwrap
from collections.abc import Callable
from typing import Any

from wasmlit import config as config_module
from wasmlit.session import AppSession
from wasmlit.state.session_state import SessionState
from wasmlit.testing.elements import ACCESSORS, Element, ElementList, wrap
from wasmlit.testing.page_model import PageModel
from wasmlit.tree import ROOT_MAIN, ROOT_SIDEBAR


class SessionStateView:
    """``at.session_state``: read after a run, or seed values before the next one."""

    def __init__(self, state: SessionState) -> None:
        self._state = state

    def __getitem__(self, key: str) -> Any:
        return self._state.get(str(key))

    def __setitem__(self, key: str, value: Any) -> None:
        self._state.overwrite_assigned_value(str(key), value)

    def __delitem__(self, key: str) -> None:
        self._state.delete(str(key))

    def __contains__(self, key: object) -> bool:
        return self._state.has(str(key))

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError as error:
            raise AttributeError(key) from error

    def __setattr__(self, key: str, value: Any) -> None:
        if key.startswith("_"):
            object.__setattr__(self, key, value)
        else:
            self[key] = value

    def keys(self) -> list[str]:
        return self._state.user_keys()

    def to_dict(self) -> dict[str, Any]:
        return self._state.to_dict()

    def __repr__(self) -> str:
        return repr(self.to_dict())


class AppTest:
    def __init__(self, script_path: str, *, default_timeout: float = 3, config: dict[str, Any] | None = None) -> None:
        self._script_path = os.path.abspath(script_path)
        self.default_timeout = default_timeout
        app_folder = os.path.dirname(self._script_path)
        options = config_module.resolve(app_folder, config or {})
        self._page = PageModel()
        self._session = AppSession(self._script_path, send=self._page.apply, config=options, patch_sleep=False)
        self.session_state = SessionStateView(self._session.session_state)
        self._queued_values: dict[str, Any] = {}
        self._queued_python_values: dict[str, Any] = {}
        self._queued_trigger: str | None = None
        self._last_trigger: str | None = None

    # ----- construction ---------------------------------------------------------------

    @classmethod
    def from_file(cls, script_path: str, *, default_timeout: float = 3, **options: Any) -> AppTest:
        if not os.path.isabs(script_path):
            caller = inspect.stack()[1].filename
            candidate = os.path.join(os.path.dirname(os.path.abspath(caller)), script_path)
            if os.path.exists(candidate):
                script_path = candidate
        return cls(script_path, default_timeout=default_timeout, **options)

    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3, **options: Any) -> AppTest:
        folder = tempfile.mkdtemp(prefix="wasmlit-apptest-")
        path = os.path.join(folder, "app.py")
        with open(path, "w", encoding="utf-8") as script_file:
            script_file.write(textwrap.dedent(script))
        return cls(path, default_timeout=default_timeout, **options)

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
        source = textwrap.dedent(inspect.getsource(script))
        call = f"{script.__name__}(*{args or ()!r}, **{kwargs or {}!r})"
        return cls.from_string(f"{source}\n{call}\n", default_timeout=default_timeout, **options)

    # ----- running ----------------------------------------------------------------------

    def run(self, *, timeout: float | None = None) -> AppTest:
        request: dict[str, Any] = {"values": self._queued_values, "trigger": self._queued_trigger}
        # As in the browser, a widget shows the value the user gave it at once.
        self._page.widget_values.update(self._queued_values)
        message = json.dumps({"type": "rerun", "requests": [request]})
        self._last_trigger = self._queued_trigger
        self._queued_values = {}
        self._queued_python_values = {}
        self._queued_trigger = None
        saved_main = sys.modules.get("__main__")
        saved_cwd = os.getcwd()
        try:
            os.chdir(os.path.dirname(self._script_path))
            self._session.handle(message)
        finally:
            os.chdir(saved_cwd)
            if saved_main is not None:
                sys.modules["__main__"] = saved_main
        return self

    def queue_widget_value(self, widget_id: str, value: Any) -> None:
        metadata = self._session.session_state.widget_metadata(widget_id)
        if metadata is None:
            raise KeyError(f"widget {widget_id} is not on the page")
        self._queued_values[widget_id] = metadata.serialize(value)
        self._queued_python_values[widget_id] = value

    def queue_trigger(self, widget_id: str) -> None:
        self._queued_trigger = widget_id

    def queue_browser_value(self, widget_id: str, browser_value: Any) -> None:
        """Send a value exactly as the browser would (already in its JSON form)."""
        self._queued_values[widget_id] = browser_value

    def widget_python_value(self, widget_id: str) -> Any:
        if widget_id in self._queued_python_values:
            return self._queued_python_values[widget_id]
        return self._session.session_state.get(widget_id)

    def widget_browser_value(self, widget_id: str) -> Any:
        """A widget's value in its browser (JSON) form: the queued one, else the page's."""
        if widget_id in self._queued_values:
            return self._queued_values[widget_id]
        return self._page.widget_values.get(widget_id)

    def last_returned_trigger(self, widget_id: str) -> bool:
        return self._queued_trigger == widget_id or (self._queued_trigger is None and self._last_trigger == widget_id)

    # ----- reading ----------------------------------------------------------------------

    @property
    def page(self) -> PageModel:
        return self._page

    @property
    def status(self) -> str | None:
        """How the last run ended: completed, stopped, exception (or rerun)."""
        return self._page.last_status

    def _elements(self, root: str | None = None) -> list[Element]:
        roots = [root] if root else [ROOT_MAIN, ROOT_SIDEBAR]
        return [wrap(found, self) for block in roots for found in self._page.walk(block)]

    @property
    def main(self) -> ElementList[Element]:
        return ElementList(self._elements(ROOT_MAIN))

    @property
    def sidebar(self) -> ElementList[Element]:
        return ElementList(self._elements(ROOT_SIDEBAR))

    def get(self, element_type: str) -> ElementList[Element]:
        return ElementList([element for element in self._elements() if element.type == element_type])

    def __getattr__(self, name: str) -> ElementList[Any]:
        element_class = ACCESSORS.get(name)
        if element_class is None:
            raise AttributeError(f"AppTest has no attribute {name!r}")
        return ElementList([element for element in self._elements() if type(element) is element_class])

    def __repr__(self) -> str:
        return f"AppTest({self._script_path!r})"
