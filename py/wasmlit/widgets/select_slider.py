"""``st.select_slider``: a slider over a list of options, or a range of them."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from wasmlit.catalogue import SELECT_SLIDER
from wasmlit.elements.host import ElementHost
from wasmlit.errors import StreamlitMissingRequiredParameterError
from wasmlit.widgets.choice_support import (
    check_widget_arguments,
    label_text,
    width_prop,
)
from wasmlit.widgets.input_common import reset_widget_value
from wasmlit.widgets.options import (
    check_comparable,
    check_texts,
    coerce_enum,
    coerce_enum_sequence,
    format_options,
    is_option,
    options_to_list,
    position_of,
)
from wasmlit.widgets.registration import (
    RegisteredWidget,
    WidgetSpec,
    check_bind_and_persist_state,
    register,
    show_widget,
)
from wasmlit.widgets.url_binding import STRING_ARRAY, UrlValue


def default_positions(options: Sequence[Any], value: Any) -> list[int]:
    """Positions of the default: one, or a sorted pair for a range (a list or tuple value)."""
    if isinstance(value, list | tuple):
        start, end = [position_of(options, item) for item in value]
        return [end, start] if start > end else [start, end]
    try:
        return [position_of(options, value)]
    except ValueError:
        if value is not None:
            raise
        return [0]


@dataclass(frozen=True)
class SelectSliderChoice:
    options: Sequence[Any]
    index_by_text: Mapping[Any, int]
    defaults: Sequence[int]
    format_func: Callable[[Any], Any]

    @property
    def is_range(self) -> bool:
        return len(self.defaults) >= 2

    def default(self) -> Any:
        if self.is_range:
            return (self.options[self.defaults[0]], self.options[self.defaults[1]])
        return self.options[self.defaults[0]]

    def deserialize(self, raw: Any) -> Any:
        """Page texts -> option or (start, end); unknown texts fall back to the default's."""
        if not raw or len(raw) != (2 if self.is_range else 1):
            return self.default()
        found = []
        for place, text in enumerate(raw):
            position = self.index_by_text.get(text)
            if position is None or position >= len(self.options):
                position = self.defaults[min(place, len(self.defaults) - 1)]
            found.append(position)
        if not self.is_range:
            return self.options[found[0]]
        start, end = sorted(found)
        return (self.options[start], self.options[end])

    def serialize(self, value: Any) -> list[str]:
        try:
            text = self.format_func(value)
            if text in self.index_by_text:
                return [text]
        except Exception:
            pass
        if isinstance(value, list | tuple):
            return [self.format_func(item) for item in value]
        return [self.format_func(value)]

    def reconcile(self, widget: RegisteredWidget, options_argument: Any) -> tuple[Any, RegisteredWidget]:
        """A kept value that is not an option (either end of a range) resets to the default."""
        value = widget.value
        if isinstance(value, tuple):
            value = coerce_enum_sequence(value, options_argument, self.options)
            if all(is_option(self.format_func, item, self.index_by_text) for item in value):
                return value, widget
            end = self.defaults[1] if len(self.defaults) > 1 else len(self.options) - 1
            replacement: Any = (self.options[self.defaults[0]], self.options[end])
        else:
            value = coerce_enum(value, options_argument, self.options)
            if is_option(self.format_func, value, self.index_by_text):
                return value, widget
            replacement = self.options[self.defaults[0]]
        return replacement, reset_widget_value(widget, replacement)


class SelectSliderMixin(ElementHost):
    def select_slider(
        self,
        label: Any,
        options: Any = (),
        value: Any = None,
        format_func: Callable[[Any], Any] = str,
        key: Any = None,
        help: Any = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
        bind: Any = None,
        persist_state: Any = None,
    ) -> Any:
        """A slider over options; returns the option, or a sorted (start, end) tuple for a range."""
        callback = check_widget_arguments(on_change, label_visibility)
        pixel_width = width_prop(width, allow_content=False)
        check_bind_and_persist_state(bind, persist_state, key)
        label_string = label_text(label)
        option_list = options_to_list(options)
        check_comparable(option_list)
        if not option_list:
            raise StreamlitMissingRequiredParameterError(
                "The `options` parameter is required. Provide at least one option."
            )
        positions = default_positions(option_list, value)
        formatted, index_by_text = format_options(option_list, format_func)
        choice = SelectSliderChoice(option_list, index_by_text, positions, format_func)
        widget = register(
            self,
            WidgetSpec(
                element=SELECT_SLIDER,
                key=key,
                identity_params={
                    "label": label_string,
                    "options": formatted,
                    "value": positions,
                    "help": help,
                    "width": width,
                },
                deserialize=choice.deserialize,
                serialize=choice.serialize,
                callback=callback,
                callback_args=args,
                callback_kwargs=kwargs,
                disabled=bool(disabled),
                non_default_value=value is not None,  # docs/semantics.md 3.4
                label=label_string,
                help=help,
                label_visibility=label_visibility,
                pixel_width=pixel_width,
                on_change=on_change,
                bind=bind,
                persist_state=persist_state,
                url=UrlValue(STRING_ARRAY, clearable=False, allow_duplicates=True),
            ),
        )
        current, widget = choice.reconcile(widget, options)
        props: dict[str, Any] = {}
        props["options"] = check_texts(formatted)
        show_widget(self, widget, props, browser_value=choice.serialize(current))
        return current
