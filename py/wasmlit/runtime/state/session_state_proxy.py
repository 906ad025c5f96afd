"""``st.session_state``: a stateless mapping that forwards to the current session."""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any

from wasmlit.errors import StreamlitAPIException, StreamlitValueError
from wasmlit.runtime import context
from wasmlit.runtime.state.session_state import WIDGET_ID_PREFIX, SessionState


def validate_key(key: object) -> str:
    """Streamlit's key rules: ``str()`` conversion, no ``$$ID`` prefix, not empty.

    >>> validate_key(3)
    '3'
    >>> validate_key("$$ID-x")
    Traceback (most recent call last):
    ...
    wasmlit.errors.StreamlitAPIException: Keys beginning with $$ID are reserved.
    """
    text = str(key)
    if text.startswith(WIDGET_ID_PREFIX):
        raise StreamlitAPIException(f"Keys beginning with {WIDGET_ID_PREFIX} are reserved.")
    if text == "":
        raise StreamlitValueError("key", "a non-empty string")
    return text


def _state() -> SessionState:
    return context.current().session_state


def _attribute_message(key: str) -> str:
    return (
        f'st.session_state has no attribute "{key}". Did you forget to initialize it? '
        "More info: https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"
    )


class SessionStateProxy(MutableMapping[str, Any]):
    """Item and attribute access to Session State, with Streamlit's exact errors."""

    def __getitem__(self, key: object) -> Any:
        checked = validate_key(key)
        context.yield_point()
        return _state().get(checked)

    def __setitem__(self, key: object, value: Any) -> None:
        checked = validate_key(key)
        context.yield_point()
        _state().set_from_script(checked, value)

    def __delitem__(self, key: object) -> None:
        checked = validate_key(key)
        context.yield_point()
        _state().delete(checked)

    def __contains__(self, key: object) -> bool:
        checked = validate_key(key)
        return _state().has(checked)

    def __iter__(self) -> Iterator[str]:
        # A snapshot: deleting keys while iterating (also through keys()/items()) is safe.
        return iter(_state().user_keys())

    def __len__(self) -> int:
        return len(_state().user_keys())

    def __str__(self) -> str:
        return str(self.to_dict())

    def to_dict(self) -> dict[str, Any]:
        return _state().to_dict()

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(_attribute_message(key))  # noqa: B904 - chained like Streamlit

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]
        except KeyError:
            raise AttributeError(_attribute_message(key))  # noqa: B904 - chained like Streamlit


# Scripts print `st.session_state` as Streamlit's object; the repr names Streamlit's class.
SessionStateProxy.__module__ = "streamlit.runtime.state.session_state_proxy"
