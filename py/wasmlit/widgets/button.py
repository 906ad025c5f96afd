"""``st.button`` and the button half of ``st.form_submit_button``: triggers that are True
for exactly the run their click caused (docs/semantics.md 5.1)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wasmlit.elements.host import ElementHost
from wasmlit.errors import FORMS_DOCS_SUFFIX, StreamlitInvalidLayoutContextError, StreamlitValueError
from wasmlit.runtime.state.session_state import TRIGGER
from wasmlit.string_util import to_help_str
from wasmlit.widgets.registration import WidgetSpec, claim_widget_id, register_claimed, validate_callback

BUTTON_TYPES = ("primary", "secondary", "tertiary")

BUTTON_IN_FORM_MESSAGE = (
    "`st.button()` can't be used in an `st.form()`. Use `st.form_submit_button()` instead to submit the form."
    + FORMS_DOCS_SUFFIX
    + "\n"
)
SUBMIT_OUTSIDE_FORM_MESSAGE = "`st.form_submit_button()` must be used inside an `st.form()`." + FORMS_DOCS_SUFFIX + "\n"


def trigger_from_browser(value: Any) -> bool:
    return bool(value)


def check_button_type(button_type: str) -> None:
    if button_type not in BUTTON_TYPES:
        raise StreamlitValueError("type", BUTTON_TYPES)


def button_width(use_container_width: bool | None, width: Any) -> Any:
    """``use_container_width`` (deprecated) overrides ``width`` when given."""
    if use_container_width is not None:
        return "stretch" if use_container_width else "content"
    return width


@dataclass
class ButtonCall:
    """The parameters ``st.button`` and ``st.form_submit_button`` share."""

    label: Any
    key: Any
    help: Any
    on_click: Any
    args: tuple[Any, ...] | list[Any] | None
    kwargs: dict[str, Any] | None
    type: str
    icon: Any
    disabled: bool
    width: Any
    shortcut: Any


def emit_button(host: ElementHost, call: ButtonCall, *, is_form_submitter: bool) -> bool:
    """Streamlit's order: callback check, policies, key and id, layout rule, value."""
    command = "form_submit_button" if is_form_submitter else "button"
    label_text = "" if call.label is None else str(call.label)
    callback: Callable[..., Any] | None = validate_callback(call.on_click, parameter="on_click")
    form_id = host.form_id
    key = call.key
    if key is None and is_form_submitter:
        # The implicit key of a submit button (visible in st.session_state).
        key = f"FormSubmitter:{form_id or ''}-{label_text}"
    spec = WidgetSpec(
        element_type=command,
        command=command,
        key=key,
        identity_params={
            "label": label_text,
            "help": call.help,
            "type": call.type,
            "icon": call.icon,
            "width": call.width,
            "shortcut": call.shortcut,
        },
        deserialize=trigger_from_browser,
        serialize=bool,
        value_type=TRIGGER,
        callback=callback,
        callback_args=tuple(call.args) if call.args is not None else None,
        callback_kwargs=call.kwargs,
        disabled=bool(call.disabled),
        read_only=True,
        may_have_callback_in_form=is_form_submitter,
    )
    claimed = claim_widget_id(host, spec)
    if form_id is not None and not is_form_submitter:
        raise StreamlitInvalidLayoutContextError(BUTTON_IN_FORM_MESSAGE)
    if form_id is None and is_form_submitter:
        raise StreamlitInvalidLayoutContextError(SUBMIT_OUTSIDE_FORM_MESSAGE)
    widget = register_claimed(spec, claimed)
    props: dict[str, Any] = {"label": label_text, "kind": call.type, "disabled": bool(call.disabled)}
    if call.help is not None:
        props["help"] = to_help_str(call.help)
    if call.icon is not None:
        props["icon"] = str(call.icon)
    if call.width == "stretch":
        props["stretch"] = True
    if widget.user_key is not None:
        # The page's `st-key-<key>` class; an implicit submit key gets one too.
        props["key"] = widget.user_key
    if form_id is not None:
        props["formId"] = form_id
    host._emit(command, props, widget_id=widget.id)
    return bool(widget.value)


class ButtonMixin(ElementHost):
    def button(
        self,
        label: Any,
        key: Any = None,
        help: Any = None,
        on_click: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        type: str = "secondary",
        icon: Any = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Any = "content",
        shortcut: Any = None,
    ) -> bool:
        """A button; returns True only in the run its click caused."""
        check_button_type(type)
        call = ButtonCall(
            label,
            key,
            help,
            on_click,
            args,
            kwargs,
            type,
            icon,
            disabled,
            button_width(use_container_width, width),
            shortcut,
        )
        return emit_button(self, call, is_form_submitter=False)
