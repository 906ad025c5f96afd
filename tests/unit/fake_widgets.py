"""A minimal value widget for testing state, callbacks and forms without depending on the
real widgets (written in other modules). It follows the widget contract in
docs/internals.md exactly, so what holds for it holds for every widget built that way.

Scripts use it as ``from tests.unit.fake_widgets import text_box``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wasmlit.catalogue import declare_for_tests
from wasmlit.catalogue.element_type import widget as widget_type
from wasmlit.catalogue.prop_types import STR, nullable
from wasmlit.delta_generator import DeltaGenerator
from wasmlit.elements.host import DISPATCH
from wasmlit.widgets.registration import (
    ON_CHANGE_MODES,
    WidgetSpec,
    register,
    show_widget,
    validate_callback,
)

_host = DeltaGenerator(DISPATCH)
TEXT_BOX = declare_for_tests(widget_type("text_box", nullable(STR)))


def text_box(
    label: str,
    value: str | None = "",
    key: Any = None,
    on_change: Callable[..., Any] | str | None = None,
    args: tuple[Any, ...] | None = None,
    kwargs: dict[str, Any] | None = None,
    *,
    disabled: bool = False,
    max_chars: int | None = None,
) -> str | None:
    """Like st.text_input, reduced: returns the text; ``None`` stays ``None``."""
    callback = validate_callback(on_change, supported_modes=ON_CHANGE_MODES)
    widget = register(
        _host,
        WidgetSpec(
            element=TEXT_BOX,
            key=key,
            identity_params={"label": label, "value": value, "max_chars": max_chars},
            keyed_identity_params={"max_chars": max_chars},
            deserialize=lambda raw: value if raw is None else str(raw),
            serialize=lambda python_value: python_value,
            callback=callback,
            callback_args=args,
            callback_kwargs=kwargs,
            disabled=disabled,
            non_default_value=value is not None and value != "",
            label=label,
        ),
    )
    show_widget(_host, widget, browser_value=widget.value)
    result: str | None = widget.value
    return result
