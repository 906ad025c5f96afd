"""The value rules radio and selectbox share: one option (or None), sent as its text."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from wasmlit.widgets.input_common import key_holds_none, reset_widget_value
from wasmlit.widgets.options import coerce_enum, is_option, safe_format
from wasmlit.widgets.registration import RegisteredWidget


def index_after_session_state(key: Any, index: int | None) -> int | None:
    """A key that holds None in Session State starts the widget with nothing selected."""
    return None if key_holds_none(key) else index


@dataclass(frozen=True)
class SingleChoice:
    """One run's options of a radio or selectbox, and how values cross to the page."""

    options: Sequence[Any]
    index_by_text: Mapping[Any, int]
    default_index: int | None
    format_func: Callable[[Any], Any]
    accepts_new_options: bool = False

    def default(self) -> Any:
        if self.default_index is None or not self.options:
            return None
        return self.options[self.default_index]

    def deserialize(self, raw: Any) -> Any:
        """Page text -> option (a typed text that is no option stays text)."""
        if not self.options and not self.accepts_new_options:
            return None
        if raw is None:
            return self.default()
        index = self.index_by_text.get(raw)
        return self.options[index] if index is not None else raw

    def serialize(self, value: Any) -> str | None:
        if value is None:
            return None
        text = safe_format(self.format_func, value)
        return text if isinstance(text, str) else str(value)

    def reconcile(self, widget: RegisteredWidget, options_argument: Any) -> tuple[Any, RegisteredWidget]:
        """A kept value that is no longer an option falls back to the default (SEMANTICS 3.1, 3.3)."""
        value = coerce_enum(widget.value, options_argument, self.options)
        if value is None or self.accepts_new_options or is_option(self.format_func, value, self.index_by_text):
            return value, widget
        replacement = self.default()
        return replacement, reset_widget_value(widget, replacement)
