"""``st.date_input``: a date or a date range, typed or picked from a calendar (docs/semantics.md 6)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from wasmlit.catalogue import DATE_INPUT
from wasmlit.elements.host import ElementHost
from wasmlit.elements.layout_params import check_width
from wasmlit.runtime import context
from wasmlit.widgets.date_values import (
    DateSettings,
    check_date_format,
    dates_from_browser,
    dates_to_browser,
    iso_date,
)
from wasmlit.widgets.input_common import (
    reset_widget_value,
)
from wasmlit.widgets.registration import (
    ON_CHANGE_MODES,
    WidgetSpec,
    check_label_visibility,
    normalize_key,
    register,
    show_widget,
    validate_callback,
)
from wasmlit.widgets.url_binding import STRING_ARRAY, UrlValue


def _identity_text(value: Any) -> str | None:
    """A date argument as the id sees it: "today" is no value, so the id does not change daily."""
    if isinstance(value, str):
        return None if value == "today" else value
    if isinstance(value, datetime):
        return iso_date(value.date())
    if isinstance(value, date):
        return iso_date(value)
    return None


def _identity_value(value: Any) -> Any:
    if isinstance(value, Sequence) and not isinstance(value, str):
        return [_identity_text(item) for item in value]
    return _identity_text(value)


def _is_today(value: Any) -> bool:
    return isinstance(value, str) and value == "today"


def _state_value_for_today(key: Any) -> tuple[bool, Any]:
    """With ``value="today"``, a value already under the key decides the widget's shape."""
    user_key = normalize_key(key)
    state = context.current().session_state
    if user_key is None or not state.has(user_key):
        return False, None
    return True, state.get(user_key)


class DateInputMixin(ElementHost):
    def date_input(
        self,
        label: Any,
        value: Any = "today",
        min_value: Any = None,
        max_value: Any = None,
        key: Any = None,
        help: Any = None,
        on_change: Any = "rerun",
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        format: str = "YYYY/MM/DD",
        disabled: bool = False,
        required: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
        bind: Any = None,
        persist_state: Any = None,
    ) -> Any:
        """A date field with a calendar; a list or tuple ``value`` makes it a range."""
        callback = validate_callback(on_change, supported_modes=ON_CHANGE_MODES)
        check_label_visibility(label_visibility)
        label_text = "" if label is None else str(label)
        check_date_format(format)
        settings = DateSettings.from_arguments(value, min_value, max_value)
        if _is_today(value):
            has_state, state_value = _state_value_for_today(key)
            if has_state:
                settings = DateSettings.from_arguments(state_value, min_value, max_value)
        widget = register(
            self,
            WidgetSpec(
                non_default_value=value is not None and not _is_today(value),
                element=DATE_INPUT,
                key=key,
                identity_params={
                    "label": label_text,
                    "value": None if _is_today(value) else _identity_value(value),
                    "min_value": _identity_text(min_value),
                    "max_value": _identity_text(max_value),
                    "help": help,
                    "format": format,
                    "width": width,
                    "required": required,
                },
                keyed_identity_params={"format": format},
                deserialize=dates_from_browser(settings),
                serialize=dates_to_browser,
                callback=callback,
                callback_args=args,
                callback_kwargs=kwargs,
                disabled=bool(disabled),
                label=label,
                help=help,
                label_visibility=label_visibility,
                pixel_width=width,
                on_change=on_change,
                bind=bind,
                persist_state=persist_state,
                url=UrlValue(STRING_ARRAY, clearable=value is None),
            ),
        )
        has_explicit_bounds = min_value is not None or max_value is not None
        if has_explicit_bounds and not settings.accepts(widget.value):
            widget = reset_widget_value(widget, settings.as_return_value(settings.dates))
        check_width(width, allow_content=False)
        props: dict[str, Any] = {}
        props.update(
            {
                "isRange": settings.is_range,
                "format": format,
                "min": iso_date(settings.min_value),
                "max": iso_date(settings.max_value),
                "default": dates_to_browser(settings.dates),
            }
        )
        if required:
            props["required"] = True
        show_widget(self, widget, props, browser_value=dates_to_browser(widget.value))
        return widget.value
