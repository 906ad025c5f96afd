"""``st.text_input``: a single-line field that commits on Enter or blur (docs/semantics.md 6)."""

from __future__ import annotations

from typing import Any, NamedTuple

from wasmlit.catalogue import TEXT_INPUT
from wasmlit.elements.host import ElementHost
from wasmlit.elements.layout_params import check_width
from wasmlit.errors import StreamlitInvalidParameterTypeError, StreamlitValueError
from wasmlit.widgets.input_common import (
    key_holds_none,
    validate_icon,
)
from wasmlit.widgets.registration import (
    ON_CHANGE_MODES,
    WidgetSpec,
    check_label_visibility,
    register,
    show_widget,
    validate_callback,
)
from wasmlit.widgets.text_common import (
    check_max_chars,
    check_text_value_for_browser,
    live_debounce_ms,
    text_from_browser,
    text_to_browser,
)
from wasmlit.widgets.url_binding import STRING, UrlValue

EMAIL_VALIDATION = (r"^[^\s@]+@[^\s@]+\.[^\s@]+$", "Enter a valid email address.")
URL_VALIDATION = (r"^([Hh][Tt][Tt][Pp][Ss]?://)?[^\s/.]+\.[^\s]+$", "Enter a valid URL.")


class TypeDefaults(NamedTuple):
    """What each ``type`` brings when the script leaves the matching argument as None."""

    input_type: str  # the HTML input type
    icon: str | None
    placeholder: str | None
    validation: tuple[str, str] | None
    autocomplete: str


TEXT_INPUT_TYPES: dict[str, TypeDefaults] = {
    "default": TypeDefaults("text", None, None, None, ""),
    "password": TypeDefaults("password", None, None, None, "new-password"),
    "email": TypeDefaults("email", ":material/mail:", "you@example.com", EMAIL_VALIDATION, "email"),
    "url": TypeDefaults("url", ":material/link:", "https://example.com", URL_VALIDATION, "url"),
    "phone": TypeDefaults("tel", ":material/call:", "+1 234 567 8900", None, "tel"),
    "search": TypeDefaults("search", ":material/search:", "Search", None, "off"),
}


def parse_validation(validate: Any) -> tuple[str | None, str | None]:
    """``validate``: a regex, or a (regex, message) pair of strings."""
    if validate is None:
        return None, None
    if isinstance(validate, str):
        return validate, None
    if isinstance(validate, tuple):
        if len(validate) == 2 and all(isinstance(item, str) for item in validate):
            return validate[0], validate[1]
        raise StreamlitValueError("validate", "a regex string, a (regex, message) tuple of strings")
    raise StreamlitInvalidParameterTypeError("validate", "None, str, tuple", type(validate).__name__)


class TextInputMixin(ElementHost):
    def text_input(
        self,
        label: Any,
        value: Any = "",
        max_chars: int | None = None,
        key: Any = None,
        type: str = "default",
        help: Any = None,
        autocomplete: str | None = None,
        on_change: Any = "rerun",
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        placeholder: Any = None,
        disabled: bool = False,
        required: bool = False,
        label_visibility: str = "visible",
        icon: Any = None,
        validate: Any = None,
        live: Any = False,
        width: Any = "stretch",
        bind: Any = None,
        persist_state: Any = None,
    ) -> str | None:
        """A single-line text field; returns its text (``value`` is ``str()``-converted)."""
        callback = validate_callback(on_change, supported_modes=ON_CHANGE_MODES)
        debounce_ms = live_debounce_ms(live)
        type_defaults = TEXT_INPUT_TYPES.get(type) if isinstance(type, str) else None
        if type_defaults is None:
            raise StreamlitValueError("type", tuple(TEXT_INPUT_TYPES))
        check_label_visibility(label_visibility)
        label_text = "" if label is None else str(label)
        default = str(value) if value is not None else None
        identity_regex, _ = parse_validation(validate)
        if key_holds_none(key):
            default = None
        check_max_chars(max_chars)
        regex, message = parse_validation(type_defaults.validation if validate is None else validate)
        icon_text = validate_icon(type_defaults.icon if icon is None else icon)
        if autocomplete is not None and not isinstance(autocomplete, str):
            raise TypeError("bad argument type for built-in operation")
        widget = register(
            self,
            WidgetSpec(
                non_default_value=value is not None and value != "",
                element=TEXT_INPUT,
                key=key,
                identity_params={
                    "label": label_text,
                    "value": None if value is None else str(value),
                    "max_chars": max_chars,
                    "type": type,
                    "help": help,
                    "autocomplete": autocomplete,
                    "placeholder": str(placeholder),
                    "icon": icon,
                    "width": width,
                    "live": debounce_ms,
                    "validate": identity_regex,
                    "required": required,
                },
                keyed_identity_params={"max_chars": max_chars, "validate": identity_regex},
                deserialize=text_from_browser(default, max_chars),
                serialize=text_to_browser,
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
                url=UrlValue(STRING, clearable=True),
            ),
        )
        if widget.push_to_browser:
            check_text_value_for_browser(widget.value)
        check_width(width, allow_content=False)
        props: dict[str, Any] = {}
        props["inputType"] = type_defaults.input_type
        props["autocomplete"] = type_defaults.autocomplete if autocomplete is None else autocomplete
        props["default"] = default
        shown_placeholder = type_defaults.placeholder if placeholder is None else placeholder
        optional = {
            "maxChars": max_chars,
            "placeholder": None if shown_placeholder is None else str(shown_placeholder),
            "icon": icon_text,
            "validateRegex": regex,
            "validateMessage": message,
            "liveDebounceMs": debounce_ms,
            "required": True if required else None,
        }
        props.update({name: setting for name, setting in optional.items() if setting is not None})
        show_widget(self, widget, props, browser_value=widget.value)
        return widget.value
