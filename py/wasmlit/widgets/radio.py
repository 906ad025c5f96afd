"""``st.radio``: one option from a short list, all visible."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from wasmlit.catalogue import RADIO
from wasmlit.elements.host import ElementHost
from wasmlit.errors import StreamlitInvalidParameterTypeError
from wasmlit.widgets.choice_support import (
    check_widget_arguments,
    label_text,
    width_prop,
)
from wasmlit.widgets.options import check_comparable, check_index, check_texts, format_options, options_to_list
from wasmlit.widgets.registration import WidgetSpec, check_bind_and_persist_state, register, show_widget
from wasmlit.widgets.single_choice import SingleChoice, index_after_session_state
from wasmlit.widgets.url_binding import STRING, UrlValue


def caption_text(caption: Any) -> str:
    if caption is None:
        return ""
    if isinstance(caption, str):
        return caption
    raise StreamlitInvalidParameterTypeError("captions", "str, None", type(caption).__name__)


class RadioMixin(ElementHost):
    def radio(
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
        disabled: bool = False,
        horizontal: bool = False,
        captions: Sequence[Any] | None = None,
        label_visibility: str = "visible",
        width: Any = "content",
        bind: Any = None,
        persist_state: Any = None,
    ) -> Any:
        """Radio buttons; returns the chosen option (a deep copy), or None."""
        callback = check_widget_arguments(on_change, label_visibility)
        pixel_width = width_prop(width, allow_content=True)
        check_bind_and_persist_state(bind, persist_state, key)
        label_string = label_text(label)
        option_list = options_to_list(options)
        check_comparable(option_list)
        formatted, index_by_text = format_options(option_list, format_func)
        widget_identity = {
            "label": label_string,
            "options": formatted,
            "index": index,
            "help": help,
            "horizontal": horizontal,
            "captions": captions,
            "width": width,
        }
        check_index(index, len(option_list))
        caption_texts = [caption_text(caption) for caption in captions] if captions is not None else None
        choice = SingleChoice(
            options=option_list,
            index_by_text=index_by_text,
            default_index=index_after_session_state(key, index),
            format_func=format_func,
        )
        widget = register(
            self,
            WidgetSpec(
                element=RADIO,
                key=key,
                identity_params=widget_identity,
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
                url=UrlValue(STRING, clearable=index is None, options=formatted),
            ),
        )
        value, widget = choice.reconcile(widget, options)
        props: dict[str, Any] = {}
        props["options"] = check_texts(formatted)
        if horizontal:
            props["horizontal"] = True
        if caption_texts is not None:
            props["captions"] = caption_texts
        show_widget(self, widget, props, browser_value=choice.serialize(value))
        return value
