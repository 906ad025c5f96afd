"""``st.feedback``: thumbs, faces or stars; returns the chosen index (0 is the lowest).

The page holds the index as text, as Streamlit's page does: ``""`` once the user cleared
the choice (clicking the chosen icon again), so that a cleared widget with a default is
not mistaken for one nobody touched (``deserialize(None)`` is the default).
"""

from __future__ import annotations

import numbers
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wasmlit.catalogue import FEEDBACK
from wasmlit.elements.host import ElementHost
from wasmlit.errors import StreamlitValueError, StreamlitValueOutOfRangeError
from wasmlit.widgets.choice_support import width_prop
from wasmlit.widgets.input_common import reset_widget_value
from wasmlit.widgets.registration import (
    NO_LABEL,
    ON_CHANGE_MODES,
    WidgetSpec,
    check_bind_and_persist_state,
    claim_widget_id,
    register_claimed,
    show_widget,
    validate_callback,
)
from wasmlit.widgets.url_binding import STRING, UrlValue

OPTION_COUNTS = {"thumbs": 2, "faces": 5, "stars": 5}


@dataclass(frozen=True)
class FeedbackValues:
    """Streamlit's ``FeedbackSerde``: ``None`` -> default, ``""`` -> cleared, ``"2"`` -> 2."""

    option_count: int
    default: int | None

    def deserialize(self, raw: Any) -> int | None:
        if raw is None:
            return self.default
        if raw == "":
            return None
        index = int(raw)
        # An index the widget does not show (?rating=4 on thumbs) falls back to the default.
        return index if 0 <= index < self.option_count else self.default

    def serialize(self, value: Any) -> str:
        return "" if value is None else str(value)

    def shows(self, value: Any) -> bool:
        """A value the widget can display: None or an option's index (bool is not one)."""
        if value is None:
            return True
        if isinstance(value, bool) or not isinstance(value, numbers.Integral):
            return False
        return 0 <= int(value) < self.option_count


def _check_default_type(default: Any) -> None:
    """What Streamlit's protobuf field says to a default that is not an int."""
    if isinstance(default, bool):
        raise TypeError("Field Feedback.default: Expected an int, got a boolean.")
    if isinstance(default, float):
        raise TypeError("'float' object cannot be interpreted as an integer")


class FeedbackMixin(ElementHost):
    def feedback(
        self,
        options: Any = "thumbs",
        *,
        key: Any = None,
        default: Any = None,
        disabled: bool = False,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        width: Any = "content",
        bind: Any = None,
        persist_state: Any = None,
    ) -> int | None:
        """A row of feedback icons; returns the selected index or None."""
        if options not in OPTION_COUNTS:
            raise StreamlitValueError("options", tuple(OPTION_COUNTS))
        option_count = OPTION_COUNTS[options]
        if default is not None and not 0 <= default < option_count:
            raise StreamlitValueOutOfRangeError("default", default, 0, option_count - 1)
        callback = validate_callback(on_change, supported_modes=ON_CHANGE_MODES)
        pixel_width = width_prop(width, allow_content=True)
        values = FeedbackValues(option_count, default)
        spec = WidgetSpec(
            element=FEEDBACK,
            key=key,
            identity_params={"options": options, "default": default, "width": width},
            keyed_identity_params={"options": options},
            deserialize=values.deserialize,
            serialize=values.serialize,
            callback=callback,
            callback_args=args,
            callback_kwargs=kwargs,
            disabled=bool(disabled),
            non_default_value=default is not None,  # docs/semantics.md 3.4
            label=NO_LABEL,
            pixel_width=pixel_width,
            on_change=on_change,
            bind=bind,
            persist_state=persist_state,
            url=UrlValue(STRING, clearable=True),
        )
        claimed = claim_widget_id(self, spec)
        _check_default_type(default)
        check_bind_and_persist_state(bind, persist_state, key)
        widget = register_claimed(spec, claimed)
        value = widget.value
        if not values.shows(value):
            # A value set through Session State (or kept) that the widget cannot show.
            value = default
            widget = reset_widget_value(widget, value)
        props: dict[str, Any] = {"kind": options}
        if width == "stretch":
            props["stretch"] = True
        show_widget(self, widget, props, browser_value=values.serialize(value))
        return value
