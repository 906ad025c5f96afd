"""``at.session_state``: Session State between runs, as Streamlit's AppTest exposes it.

Reads see the values after the last run. Writes act like a value assigned just before
the next run: the script (and any widget with that key) sees it, without the "already
instantiated" error, because no run is in progress.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, ValuesView
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wasmlit.testing.apptest import AppTest


class AppTestSessionState:
    """Item and attribute access like ``st.session_state``; mapping methods list the
    keys a script would see (assigned keys and keyed widgets, no internal entries)."""

    _app: AppTest

    def __init__(self, app: AppTest) -> None:
        object.__setattr__(self, "_app", app)

    def _visible(self) -> dict[str, Any]:
        return self._app.session.session_state.to_dict()

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self) -> KeysView[str]:
        return self._visible().keys()

    def items(self) -> ItemsView[str, Any]:
        return self._visible().items()

    def values(self) -> ValuesView[Any]:
        return self._visible().values()

    def to_dict(self) -> dict[str, Any]:
        return self._visible()

    def __iter__(self) -> Iterator[str]:
        return iter(self._visible())

    def __len__(self) -> int:
        return len(self._visible())

    def __getitem__(self, key: str) -> Any:
        return self._app.session.session_state.get(str(key))

    def __setitem__(self, key: str, value: Any) -> None:
        self._app.assign_state_before_run(str(key), value)

    def __delitem__(self, key: str) -> None:
        self._app.session.session_state.delete(str(key))

    def __contains__(self, key: object) -> bool:
        return key in self._visible()

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f"{key} not found in session_state.")  # noqa: B904 - Streamlit's text

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(f"{key} not found in session_state.")  # noqa: B904 - Streamlit's text

    def __repr__(self) -> str:
        return repr(self._visible())
