"""``st.selectbox``: one option from a dropdown that filters as you type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wasmlit.catalogue import SELECTBOX
from wasmlit.elements.host import ElementHost
from wasmlit.widgets.choice_support import (
    check_widget_arguments,
    label_text,
    width_prop,
)
from wasmlit.widgets.filter_mode import check_filter_mode
from wasmlit.widgets.input_common import validate_icon
from wasmlit.widgets.options import check_comparable, check_index, check_texts, format_options, options_to_list
from wasmlit.widgets.registration import WidgetSpec, check_bind_and_persist_state, register, show_widget
from wasmlit.widgets.single_choice import SingleChoice, index_after_session_state
from wasmlit.widgets.url_binding import STRING, UrlValue


def placeholder_prop(placeholder: Any) -> str:
    """None lets the page pick its own text ("Choose an option"); "" means an empty one (" ")."""
    if placeholder is None:
        return ""
    text = str(placeholder)
    return " " if text == "" else text


class SelectboxMixin(ElementHost):
    def selectbox(
        self,
        label: Any,
        options: Any,
        index: Any = 0,
        format_func: Callable[[Any], Any] = str,
        key: Any = None,
        help: Any = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: Any = None,
        disabled: bool = False,
        required: bool = False,
        label_visibility: str = "visible",
        icon: Any = None,
        accept_new_options: bool = False,
        filter_mode: Any = "fuzzy",
        width: Any = "stretch",
        bind: Any = None,
        persist_state: Any = None,
    ) -> Any:
        """A dropdown; returns the chosen option (a deep copy), a typed new option, or None."""
        callback = check_widget_arguments(on_change, label_visibility)
        pixel_width = width_prop(width, allow_content=False)
        check_bind_and_persist_state(bind, persist_state, key)
        label_string = label_text(label)
        option_list = options_to_list(options)
        check_comparable(option_list)
        check_index(index, len(option_list))
        check_filter_mode(filter_mode, accept_new_options=bool(accept_new_options))
        formatted, index_by_text = format_options(option_list, format_func)
        choice = SingleChoice(
            options=option_list,
            index_by_text=index_by_text,
            default_index=index_after_session_state(key, index),
            format_func=format_func,
            accepts_new_options=bool(accept_new_options),
        )
        widget = register(
            self,
            WidgetSpec(
                element=SELECTBOX,
                key=key,
                identity_params={
                    "label": label_string,
                    "options": formatted,
                    "index": index,
                    "help": help,
                    "placeholder": placeholder_prop(placeholder),
                    "accept_new_options": accept_new_options,
                    "filter_mode": filter_mode,
                    "width": width,
                    "required": required,
                    "icon": icon,
                },
                keyed_identity_params={"accept_new_options": accept_new_options},
                deserialize=choice.deserialize,
                serialize=choice.serialize,
                callback=callback,
                callback_args=args,
                callback_kwargs=kwargs,
                disabled=bool(disabled),
                non_default_value=index is not None and index != 0,  # docs/semantics.md 3.4
                label=label_string,
                help=help,
                label_visibility=label_visibility,
                pixel_width=pixel_width,
                on_change=on_change,
                bind=bind,
                persist_state=persist_state,
                url=UrlValue(STRING, clearable=index is None, options=None if accept_new_options else formatted),
            ),
        )
        value, widget = choice.reconcile(widget, options)
        props: dict[str, Any] = {}
        props["options"] = check_texts(formatted)
        props["placeholder"] = placeholder_prop(placeholder)
        props["filterMode"] = filter_mode
        if accept_new_options:
            props["acceptNewOptions"] = True
        if required:
            props["required"] = True
        if choice.default_index is None:
            props["clearable"] = True
        icon_text = validate_icon(icon)
        if icon_text is not None:
            props["icon"] = icon_text
        show_widget(self, widget, props, browser_value=choice.serialize(value))
        return value
