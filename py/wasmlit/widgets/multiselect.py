"""``st.multiselect``: any number of options, shown as removable tags."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from numbers import Integral
from typing import Any

from wasmlit.catalogue import MULTISELECT
from wasmlit.elements.host import ElementHost
from wasmlit.errors import (
    StreamlitDefaultNotInOptionsError,
    StreamlitInvalidParameterTypeError,
    StreamlitSelectionCountExceedsMaxError,
    StreamlitValueError,
)
from wasmlit.widgets.choice_support import (
    check_widget_arguments,
    label_text,
    width_prop,
)
from wasmlit.widgets.filter_mode import check_filter_mode
from wasmlit.widgets.input_common import reset_widget_value, with_detail
from wasmlit.widgets.options import (
    check_comparable,
    check_texts,
    coerce_enum_sequence,
    format_options,
    is_option,
    options_to_list,
    safe_format,
)
from wasmlit.widgets.registration import (
    RegisteredWidget,
    WidgetSpec,
    check_bind_and_persist_state,
    register,
    show_widget,
)
from wasmlit.widgets.selectbox import placeholder_prop
from wasmlit.widgets.url_binding import STRING_ARRAY, UrlValue

# select_all=True always offers "Select all"; an int offers it up to that many options.
SELECT_ALL_ALWAYS = -1
DEFAULT_SELECT_ALL = 1000
_INT32_MAX = 2**31 - 1


def check_max_selections(max_selections: Any) -> None:
    if max_selections is None:
        return
    if isinstance(max_selections, bool) or not isinstance(max_selections, Integral) or max_selections < 1:
        error = StreamlitValueError("max_selections", "a positive integer")
        if isinstance(max_selections, Integral) and max_selections == 0 and max_selections is not False:
            raise with_detail(error, "To disable `st.multiselect`, use `disabled=True`.")
        raise error


def encode_select_all(select_all: Any) -> int:
    """-1 (always), 0 (never) or the largest option count that still offers "Select all"."""
    if isinstance(select_all, bool):
        return SELECT_ALL_ALWAYS if select_all else 0
    if isinstance(select_all, int):
        if select_all < 0:
            raise with_detail(
                StreamlitValueError("select_all", "True, False, a non-negative integer"),
                "When using an int, `select_all` must be a non-negative integer.",
            )
        return min(select_all, _INT32_MAX)
    raise StreamlitInvalidParameterTypeError("select_all", "bool, int", type(select_all).__name__)


def default_indices(options: Sequence[Any], default: Any) -> list[int]:
    """Positions of the default values (a scalar default is one value)."""
    if default is None:
        return []
    values = options_to_list(default)
    for value in values:
        if value not in options:
            raise StreamlitDefaultNotInOptionsError(value)
    return [options.index(value) for value in values]


def _plural(count: int) -> str:
    return "option" if count == 1 else "options"


def check_selection_count(selection: Any, max_selections: int | None) -> None:
    """Too many selected values (from ``default`` or Session State) raise."""
    if max_selections is None or selection is None:
        return
    count = len(selection) if isinstance(selection, Sequence | set | Mapping) else 1
    if count > max_selections:
        raise StreamlitSelectionCountExceedsMaxError(
            f"Multiselect has {count} {_plural(count)} selected but `max_selections` is set to {max_selections}. "
            "This happened because you either gave too many options to `default` or you manipulated the "
            "widget's state through `st.session_state`. Note that the latter can happen before the line "
            f"indicated in the traceback. Please select at most {max_selections} {_plural(max_selections)}."
        )


@dataclass(frozen=True)
class MultiChoice:
    options: Sequence[Any]
    index_by_text: Mapping[Any, int]
    default_positions: Sequence[int]
    format_func: Callable[[Any], Any]

    def deserialize(self, raw: Any) -> list[Any]:
        if raw is None:
            return [self.options[position] for position in self.default_positions]
        values = []
        for text in raw:
            position = self.index_by_text.get(text)
            values.append(self.options[position] if position is not None else text)
        return values

    def serialize(self, values: Any) -> list[str]:
        texts = []
        for value in options_to_list(values):
            text = safe_format(self.format_func, value)
            texts.append(text if isinstance(text, str) else str(value))
        return texts

    def reconcile(self, widget: RegisteredWidget, values: Any) -> tuple[Any, RegisteredWidget]:
        """Selected values that are no longer options are dropped (SEMANTICS 3.1, 3.3)."""
        if not values:
            return values, widget
        kept = [value for value in values if is_option(self.format_func, value, self.index_by_text)]
        if len(kept) == len(values):
            return values, widget
        return kept, reset_widget_value(widget, kept)


class MultiselectMixin(ElementHost):
    def multiselect(
        self,
        label: Any,
        options: Any,
        default: Any = None,
        format_func: Callable[[Any], Any] = str,
        key: Any = None,
        help: Any = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        max_selections: int | None = None,
        placeholder: Any = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        accept_new_options: bool = False,
        filter_mode: Any = "fuzzy",
        select_all: bool | int = DEFAULT_SELECT_ALL,
        width: Any = "stretch",
        wrap: bool | None = None,
        bind: Any = None,
        persist_state: Any = None,
    ) -> Any:
        """A multi-choice dropdown; returns the selected options as a list, in selection order."""
        callback = check_widget_arguments(on_change, label_visibility)
        pixel_width = width_prop(width, allow_content=False)
        check_bind_and_persist_state(bind, persist_state, key)
        check_max_selections(max_selections)
        label_string = label_text(label)
        option_list = options_to_list(options)
        check_comparable(option_list)
        formatted, index_by_text = format_options(option_list, format_func)
        positions = default_indices(option_list, default)
        check_filter_mode(filter_mode, accept_new_options=bool(accept_new_options))
        select_all_limit = encode_select_all(select_all)
        choice = MultiChoice(option_list, index_by_text, positions, format_func)
        widget = register(
            self,
            WidgetSpec(
                element=MULTISELECT,
                key=key,
                identity_params={
                    "label": label_string,
                    "options": formatted,
                    "default": positions,
                    "help": help,
                    "max_selections": max_selections,
                    "placeholder": placeholder_prop(placeholder),
                    "accept_new_options": accept_new_options,
                    "filter_mode": filter_mode,
                    "select_all": select_all_limit,
                    "width": width,
                },
                keyed_identity_params={"max_selections": max_selections, "accept_new_options": accept_new_options},
                deserialize=choice.deserialize,
                serialize=choice.serialize,
                callback=callback,
                callback_args=args,
                callback_kwargs=kwargs,
                disabled=bool(disabled),
                non_default_value=default is not None,  # docs/semantics.md 3.4
                label=label_string,
                help=help,
                label_visibility=label_visibility,
                pixel_width=pixel_width,
                on_change=on_change,
                bind=bind,
                persist_state=persist_state,
                url=UrlValue(
                    STRING_ARRAY,
                    clearable=True,
                    options=None if accept_new_options else formatted,
                    max_length=max_selections,
                ),
            ),
        )
        check_selection_count(widget.value, max_selections)
        values = coerce_enum_sequence(widget.value, options, option_list)
        if not accept_new_options:
            values, widget = choice.reconcile(widget, values)
        props: dict[str, Any] = {}
        props["options"] = check_texts(formatted)
        props["placeholder"] = placeholder_prop(placeholder)
        props["filterMode"] = filter_mode
        props["selectAll"] = select_all_limit
        if max_selections is not None:
            props["maxSelections"] = int(max_selections)
        if accept_new_options:
            props["acceptNewOptions"] = True
        if wrap is not None:
            props["wrap"] = bool(wrap)
        show_widget(self, widget, props, browser_value=choice.serialize(values))
        return values
