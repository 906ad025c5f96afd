"""``st.pills`` and ``st.segmented_control``: options as a row of toggle buttons.

Both are Streamlit's button group, drawn two ways. The page holds the selection as the
list of selected option texts (``format_func`` applied), one at most in single mode, as
Streamlit's page does; an option text that starts with an emoji or ``:material/name:``
shows that icon on its button (Streamlit's ``_transformed_format_func``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from wasmlit.catalogue import PILLS, SEGMENTED_CONTROL, ElementType
from wasmlit.elements.host import ElementHost
from wasmlit.elements.layout_params import check_material_icon, looks_like_emoji
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitValueError,
)
from wasmlit.runtime import context
from wasmlit.widgets.choice_support import (
    session_state_value,
    width_prop,
)
from wasmlit.widgets.input_common import reset_widget_value
from wasmlit.widgets.multiselect import default_indices
from wasmlit.widgets.options import check_comparable, coerce_enum, coerce_enum_sequence, options_to_list
from wasmlit.widgets.registration import (
    ON_CHANGE_MODES,
    RegisteredWidget,
    WidgetSpec,
    check_bind_and_persist_state,
    check_label_visibility,
    claim_widget_id,
    register_claimed,
    show_widget,
    validate_callback,
)
from wasmlit.widgets.url_binding import STRING_ARRAY, UrlValue

SELECTION_MODES = ("single", "multi")


def leading_icon(text: str) -> tuple[str, str]:
    """(icon, label) of an option text whose first word is an emoji or a Material icon.

    >>> leading_icon("🚀 Launch"), leading_icon(":material/add:"), leading_icon("Plain text")
    (('🚀', 'Launch'), (':material/add:', ''), ('', 'Plain text'))
    """
    parts = text.split(" ", 1)
    first = parts[0].strip()
    rest = parts[1] if len(parts) > 1 else ""
    if first.startswith(":material"):
        try:
            return check_material_icon(first), rest
        except StreamlitAPIException:
            return "", text
    if looks_like_emoji(first):
        return first, rest
    return "", text


def option_record(text: str) -> dict[str, str]:
    icon, label = leading_icon(text)
    record = {"value": text, "label": label}
    if icon:
        record["icon"] = icon
    return record


def _serialize_one(options: Sequence[Any], texts: Sequence[str], format_func: Callable[[Any], Any], value: Any) -> Any:
    """An option's text: found by ``==`` first, else through ``format_func`` (Streamlit's order)."""
    for index, option in enumerate(options):
        if option == value:
            return texts[index]
    try:
        return format_func(value)
    except Exception:
        return str(value)


@dataclass(frozen=True)
class ButtonGroupChoice:
    """One run's options and how a selection crosses to the page and back (Streamlit's serdes)."""

    options: Sequence[Any]
    texts: Sequence[str]
    index_by_text: Mapping[str, int]
    default_positions: Sequence[int]
    format_func: Callable[[Any], Any]
    multi: bool
    # The key's value from the last run: what a text the options no longer have stood for.
    fallback: Any = None

    def serialize(self, value: Any) -> list[Any]:
        if value is None:
            return []
        if not self.multi:
            return [_serialize_one(self.options, self.texts, self.format_func, value)] if self.options else []
        return [_serialize_one(self.options, self.texts, self.format_func, item) for item in options_to_list(value)]

    def deserialize(self, raw: Any) -> Any:
        return self._deserialize_multi(raw) if self.multi else self._deserialize_single(raw)

    def _default_single(self) -> Any:
        return self.options[self.default_positions[0]] if self.default_positions else None

    def _deserialize_single(self, raw: Any) -> Any:
        if not self.options:
            return None
        if raw is None:
            return self._default_single()
        if not raw:
            return None
        position = self.index_by_text.get(raw[0])
        if position is not None:
            return self.options[position]
        return self.fallback if self.fallback is not None else self._default_single()

    def _deserialize_multi(self, raw: Any) -> list[Any]:
        if raw is None:
            return [self.options[position] for position in self.default_positions]
        values = [self.options[self.index_by_text[text]] for text in raw if text in self.index_by_text]
        if len(values) < len(raw) and self.fallback is not None:
            # Texts from a previous format_func: keep the last selection unless a deselect
            # happened in the same change (Streamlit's count rule).
            candidates = [option for option in self.fallback if option not in values]
            if len(raw) - len(values) >= len(candidates):
                return list(self.fallback) + [option for option in values if option not in self.fallback]
            return values
        if not values and raw and self.default_positions:
            return [self.options[position] for position in self.default_positions]
        return values

    def is_option(self, value: Any) -> bool:
        try:
            return self.format_func(value) in self.index_by_text
        except Exception:
            return False

    def reconcile(self, widget: RegisteredWidget) -> tuple[Any, RegisteredWidget]:
        """A kept selection that is no longer an option: the default (single) or dropped (multi)."""
        value = widget.value
        if self.multi:
            if not value:
                return value, widget
            kept = [item for item in value if self.is_option(item)]
            if len(kept) == len(value):
                return value, widget
            return kept, reset_widget_value(widget, kept)
        if value is None or self.is_option(value):
            return value, widget
        replacement = self._default_single() if self.options else None
        return replacement, reset_widget_value(widget, replacement)


def _fallback(key: Any, options: Sequence[Any], multi: bool) -> Any:
    """The key's current value, if it still names options (Streamlit's session-state fallback)."""
    present, value = session_state_value(key)
    if not present:
        return None
    try:
        if not multi:
            return value if value is not None and value in options else None
        if isinstance(value, list):
            valid = [item for item in value if item in options]
            return valid or None
    except Exception:
        return None
    return None


class ButtonGroupMixin(ElementHost):
    def pills(
        self,
        label: Any,
        options: Any,
        *,
        selection_mode: Any = "single",
        default: Any = None,
        required: bool = False,
        format_func: Callable[[Any], Any] | None = None,
        key: Any = None,
        help: Any = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "content",
        wrap: bool | None = None,
        bind: Any = None,
        persist_state: Any = None,
    ) -> Any:
        """Options as pill buttons; returns the selected option (single) or a list (multi)."""
        return self._button_group(PILLS, locals())

    def segmented_control(
        self,
        label: Any,
        options: Any,
        *,
        selection_mode: Any = "single",
        default: Any = None,
        required: bool = False,
        format_func: Callable[[Any], Any] | None = None,
        key: Any = None,
        help: Any = None,
        on_change: Callable[..., Any] | str | None = "rerun",
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "content",
        wrap: bool | None = None,
        bind: Any = None,
        persist_state: Any = None,
    ) -> Any:
        """Options as joined segments; returns the selected option (single) or a list (multi)."""
        return self._button_group(SEGMENTED_CONTROL, locals())

    def _button_group(self, element: ElementType, call: dict[str, Any]) -> Any:
        """Streamlit's ``_internal_button_group`` and ``_button_group``, checks in their order."""
        label, mode, key = call["label"], call["selection_mode"], call["key"]
        check_label_visibility(call["label_visibility"])
        if call["required"] and mode == "multi":
            raise StreamlitIncompatibleParametersError(
                "required=True",
                "selection_mode='multi'",
                explanation="`required` is only supported for single-select mode.",
            )
        format_func = call["format_func"] or str
        option_list = options_to_list(call["options"])
        check_comparable(option_list)
        positions = default_indices(option_list, call["default"])
        texts = [format_func(option) for option in option_list]
        multi = mode == "multi"
        choice = ButtonGroupChoice(
            option_list,
            texts,
            {text: index for index, text in enumerate(texts)},
            positions,
            format_func,
            multi,
            _fallback(key, option_list, multi),
        )
        if mode not in SELECTION_MODES:
            raise StreamlitValueError("selection_mode", SELECTION_MODES)
        if not multi and len(positions) > 1:
            raise StreamlitAPIException(
                f"The default argument to `st.{element.name}` must be a single value when `selection_mode='single'`."
            )
        callback = validate_callback(call["on_change"], supported_modes=ON_CHANGE_MODES)
        width = call["width"]
        pixel_width = width_prop(width, allow_content=True)
        check_bind_and_persist_state(call["bind"], call["persist_state"], key)
        spec = WidgetSpec(
            element=element,
            key=key,
            identity_params={
                "options": texts,
                "default": positions,
                "click_mode": mode,
                "width": width,
                "label": label,
                "help": call["help"],
            },
            keyed_identity_params={"click_mode": mode},
            deserialize=choice.deserialize,
            serialize=choice.serialize,
            callback=callback,
            callback_args=call["args"],
            callback_kwargs=call["kwargs"],
            disabled=bool(call["disabled"]),
            non_default_value=bool(positions),  # docs/semantics.md 3.4
            label="" if label is None else label,
            help=call["help"] if label is not None else None,
            # A group without a label looks like a collapsed label (Streamlit's _build_proto).
            label_visibility="collapsed" if label is None else call["label_visibility"],
            pixel_width=pixel_width,
            on_change=call["on_change"],
            bind=call["bind"],
            persist_state=call["persist_state"],
            url=UrlValue(STRING_ARRAY, clearable=True, options=texts, max_length=None if multi else 1),
        )
        records = [option_record(text) for text in texts]
        widget = register_claimed(spec, claim_widget_id(self, spec))
        value, widget = choice.reconcile(widget)
        shown = choice.serialize(value)
        present, incoming = context.current().session_state.incoming_value(widget.id)
        if present and incoming != shown:
            # The page tracks the selection by text: labels that changed must reach it.
            widget = dataclasses.replace(widget, push_to_browser=True)
        props: dict[str, Any] = {"options": records, "selectionMode": mode}
        if call["required"]:
            props["required"] = True
        if width == "stretch":
            props["stretch"] = True
        if call["wrap"] is not None:
            props["wrap"] = bool(call["wrap"])
        show_widget(self, widget, props, browser_value=shown)
        if multi:
            return coerce_enum_sequence(value, call["options"], option_list)
        return coerce_enum(value, call["options"], option_list)
