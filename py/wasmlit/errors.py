"""Streamlit's exception classes, with the exact texts of Streamlit 1.67.

The classes live here, but scripts see them as ``streamlit.errors.X`` (the
exception element prints ``streamlit.errors.StreamlitAPIException``), which is
why ``display_type_name`` in ``exceptions.py`` rewrites the module name.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

FORMS_DOCS_SUFFIX = (
    "\n\nFor more information, refer to the\n"
    "[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form)."
)


class Error(Exception):
    """Base of every Streamlit error."""


class StreamlitComponentRegistryError(Error):
    """Raised while discovering or registering components."""


class FragmentStorageKeyError(Error, KeyError):
    """A KeyError met in a fragment storage operation."""


class FragmentHandledException(Exception):  # noqa: N818 - Streamlit's name
    """A fragment already showed this error inside its container; the run ends quietly."""


class NoSessionContext(Error):  # noqa: N818 - Streamlit's name
    """Raised when a Streamlit command runs outside an active script session."""


class MarkdownFormattedException(Error):  # noqa: N818 - Streamlit's name
    """Errors whose message the browser renders as Markdown."""


class StreamlitMaxRetriesError(Error):
    """Raised when a file or folder cannot be accessed after several tries."""


class StreamlitAPIException(MarkdownFormattedException):
    """Raised when a Streamlit command is used incorrectly."""

    def __init__(self, *args: Any, error_id: str | None = None) -> None:
        super().__init__(*args)
        # Streamlit's telemetry slug; kept because scripts may read it.
        self.error_id = error_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


class StreamlitDataframeConversionError(StreamlitAPIException):
    """Raised when a value cannot be converted to a table."""


class StreamlitAuthError(StreamlitAPIException):
    """Raised when authentication fails."""


class StreamlitMissingAuthlibError(StreamlitAuthError):
    def __init__(self) -> None:
        super().__init__("Authentication requires Authlib>=1.3.2. Install it via `pip install streamlit[auth]`.")


class LocalizableStreamlitException(StreamlitAPIException):
    """An API error whose message is a format string filled from keyword arguments."""

    def __init__(self, message: str, **kwargs: Any) -> None:
        error_id = kwargs.pop("error_id", None)
        super().__init__(message.format(**kwargs), error_id=error_id)
        self._exec_kwargs = kwargs

    @property
    def exec_kwargs(self) -> dict[str, Any]:
        return self._exec_kwargs


class _PreformattedLocalizable(LocalizableStreamlitException):
    """wasmlit's localizable errors build their text themselves; it is never formatted again."""

    def __init__(self, message: str = "") -> None:
        super().__init__("{text}", text=message)


class DuplicateWidgetID(StreamlitAPIException):
    pass


class StreamlitDuplicateElementId(DuplicateWidgetID):
    def __init__(self, element_type: str) -> None:
        super().__init__(
            f"There are multiple `{element_type}` elements with the same auto-generated ID. "
            "When this element is created, it is assigned an internal ID based on the element "
            "type and provided parameters. Multiple elements with the same type and parameters "
            "will cause this error.\n\n"
            f"To fix this error, please pass a unique `key` argument to the `{element_type}` element."
        )


class StreamlitDuplicateElementKey(DuplicateWidgetID):
    def __init__(self, user_key: str) -> None:
        super().__init__(
            f"There are multiple elements with the same `key='{user_key}'`. To fix this, please "
            "make sure that the `key` argument is unique for each element you create."
        )


class UnserializableSessionStateError(StreamlitAPIException):
    pass


class StreamlitAPIWarning(StreamlitAPIException, Warning):
    pass


class StreamlitValueError(_PreformattedLocalizable):
    """``Invalid `{parameter}` value. Supported values: {supported}.``"""

    def __init__(
        self, parameter: str, supported_values: Iterable[Any] | str, provided: str = "", *, detail: str = ""
    ) -> None:
        if isinstance(supported_values, str):
            supported = supported_values
        else:
            supported = ", ".join(repr(value) for value in supported_values)
        message = f"Invalid `{parameter}` value. Supported values: {supported}."
        if provided:
            message += f" Provided value: {provided}."
        if detail:
            message += f" {detail}"
        super().__init__(message)


class StreamlitInvalidParameterTypeError(_PreformattedLocalizable):
    def __init__(self, parameter: str, expected: str, provided_type: str) -> None:
        super().__init__(f"Invalid `{parameter}` type. Expected one of: {expected}. Provided type: {provided_type}.")


class StreamlitValueOutOfRangeError(_PreformattedLocalizable):
    def __init__(self, parameter: str, value: object, lower: object, upper: object, unit: str = "") -> None:
        super().__init__(
            f"The `{parameter}` parameter, set to {value}{unit}, is outside the required range [{lower}, {upper}]."
        )


class StreamlitValueBelowMinError(_PreformattedLocalizable):
    def __init__(self, value: object, min_value: object) -> None:
        super().__init__(f"The `value` {value} is less than the `min_value` {min_value}.")


class StreamlitValueAboveMaxError(_PreformattedLocalizable):
    def __init__(self, value: object, max_value: object) -> None:
        super().__init__(f"The `value` {value} is greater than the `max_value` {max_value}.")


class StreamlitInvalidMinMaxError(_PreformattedLocalizable):
    def __init__(self, message: str) -> None:
        super().__init__(message)


class StreamlitMixedNumericTypesError(_PreformattedLocalizable):
    pass


class StreamlitJSNumberBoundsError(_PreformattedLocalizable):
    pass


class StreamlitInvalidNumberFormatError(_PreformattedLocalizable):
    def __init__(self, number_format: str) -> None:
        super().__init__(f"Format string for `st.number_input` contains invalid characters: {number_format}")


class StreamlitMissingRequiredParameterError(_PreformattedLocalizable):
    pass


class StreamlitDefaultNotInOptionsError(_PreformattedLocalizable):
    def __init__(self, value: object) -> None:
        super().__init__(
            f"The default value '{value}' is not part of the options. Please make sure that every "
            "default value also exists in the options."
        )


class StreamlitSelectionCountExceedsMaxError(_PreformattedLocalizable):
    pass


class StreamlitInvalidFormCallbackError(_PreformattedLocalizable):
    def __init__(self) -> None:
        super().__init__(
            "Within a form, callbacks can only be defined on `st.form_submit_button`. Defining "
            "callbacks on other widgets inside a form is not allowed."
        )


class StreamlitInvalidLayoutContextError(StreamlitAPIException):
    pass


def _session_state_item(key: str) -> str:
    """The Markdown code span ```st.session_state['n']``` used in 1.67's messages.

    >>> _session_state_item("n")
    "`st.session_state['n']`"
    >>> _session_state_item("a`b")
    "``st.session_state['a`b']``"
    """
    text = f"st.session_state[{key!r}]"
    longest_run = 0
    current_run = 0
    for character in text:
        current_run = current_run + 1 if character == "`" else 0
        longest_run = max(longest_run, current_run)
    fence = "`" * (longest_run + 1)
    return f"{fence}{text}{fence}"


class StreamlitValueAssignmentNotAllowedError(_PreformattedLocalizable):
    def __init__(self, key: str) -> None:
        super().__init__(
            f"{_session_state_item(key)} is read-only and cannot be assigned through session state. "
            "Use a different session state key for values you need to set."
        )


class StreamlitWidgetAlreadyInstantiatedError(_PreformattedLocalizable):
    def __init__(self, key: str) -> None:
        super().__init__(
            f"{_session_state_item(key)} cannot be modified after the widget with that key is "
            f"instantiated. Assign {_session_state_item(key)} before creating the widget, or update "
            "it from an `on_change` or `on_click` callback, which runs before the widget is "
            "instantiated. If this is a read-only session state key (buttons, file and media inputs, "
            "`st.data_editor`, forms, chart or `ButtonColumn` selections), store the value under a "
            "different session state key."
        )


class StreamlitPageNotFoundError(_PreformattedLocalizable):
    pass


class StreamlitQueryParamDictValueError(_PreformattedLocalizable):
    def __init__(self, key: str) -> None:
        super().__init__(
            f"Query param value for `{key}` cannot be set to a dictionary. Provide a string or "
            "iterable of strings instead."
        )


class StreamlitInvalidColorError(_PreformattedLocalizable):
    pass


class StreamlitIncompatibleParametersError(_PreformattedLocalizable):
    """Two (or more) parameters that exclude each other, plus an optional explanation."""

    def __init__(self, *uses: str, explanation: str | None = None) -> None:
        quoted = [f"`{use}`" for use in uses]
        uses_text = (
            f"{quoted[0]} and {quoted[1]}" if len(quoted) == 2 else ", ".join(quoted[:-1]) + f", and {quoted[-1]}"
        )
        message = f"{uses_text} cannot be used together."
        if explanation:
            message += f" {explanation}"
        super().__init__(message)


class StreamlitInvalidWidthError(_PreformattedLocalizable):
    def __init__(self, width: object, allow_content: bool = False) -> None:
        supported = "a positive integer (pixels) or 'stretch'"
        if allow_content:
            supported = "a positive integer (pixels), 'stretch', or 'content'"
        super().__init__(f"Invalid width value: {width!r}. Width must be either {supported}.")


class StreamlitInvalidHeightError(_PreformattedLocalizable):
    def __init__(self, height: object, allow_content: bool = False) -> None:
        supported = "a positive integer (pixels) or 'stretch'"
        if allow_content:
            supported = "a positive integer (pixels), 'stretch', or 'content'"
        super().__init__(f"Invalid height value: {height!r}. Height must be either {supported}.")


class StreamlitInvalidURLError(_PreformattedLocalizable):
    def __init__(self, url: str, protocols: tuple[str, ...] = ("http", "https", "mailto")) -> None:
        prefixes = [f'"{protocol}:"' if protocol == "mailto" else f'"{protocol}://"' for protocol in protocols]
        listed = " or ".join(prefixes) if len(prefixes) <= 2 else f"{', '.join(prefixes[:-1])}, or {prefixes[-1]}"
        super().__init__(f'"{url}" is not a valid URL. You must use a fully qualified domain beginning with {listed}.')


class StreamlitInvalidColumnSpecError(_PreformattedLocalizable):
    def __init__(self) -> None:
        super().__init__(
            "The `spec` argument to `st.columns` must be either a positive integer (number of columns) or a "
            "list of positive numbers (width ratios of the columns). See "
            "[documentation](https://docs.streamlit.io/develop/api-reference/layout/st.columns) for more "
            "information."
        )


class StreamlitBadTimeStringError(_PreformattedLocalizable):
    def __init__(self, time_string: str) -> None:
        super().__init__(
            "Time string doesn't look right. It should be formatted as `'1d2h34m'` or `2 days`, "
            f"for example. Got: {time_string}"
        )


class StreamlitSecretNotFoundError(LocalizableStreamlitException, FileNotFoundError):
    """Raised when a secret cannot be found or a secrets source cannot be parsed."""


class BidiComponentError(LocalizableStreamlitException):
    """Base of the errors of bidirectional (v2) components."""


class BidiComponentInvalidIdError(BidiComponentError):
    def __init__(self, part: str, delimiter: str) -> None:
        super().__init__(
            "The `{part}` of a bidirectional component's ID must not contain the delimiter sequence `{delimiter}`.",
            part=part,
            delimiter=delimiter,
        )


class BidiComponentInvalidCallbackNameError(BidiComponentError):
    def __init__(self, callback_name: str) -> None:
        super().__init__(
            "The callback name `'{callback_name}'` is not allowed. Callback names must follow the pattern "
            "`on_{{event_name}}_change` where `event_name` is not empty.",
            callback_name=callback_name,
        )


class BidiComponentInvalidDefaultKeyError(BidiComponentError):
    def __init__(self, state_key: str, available_keys: list[str]) -> None:
        super().__init__(
            "Key `'{state_key}'` in `default` is not a valid state name. Valid state names are those with "
            "corresponding `on_{{state_name}}_change` callbacks. Available state names: `{available_keys}`",
            state_key=state_key,
            available_keys=available_keys or "none",
        )


class BidiComponentUnserializableDataError(BidiComponentError):
    def __init__(self) -> None:
        super().__init__(
            "The `data` provided to the bidirectional component could not be serialized. Please ensure the "
            "data is JSON-serializable, or is a supported data structure like a pandas DataFrame."
        )


class StreamlitInvalidThemeError(LocalizableStreamlitException):
    """Base of the theme errors."""


class StreamlitInvalidThemeOptionError(StreamlitInvalidThemeError):
    """An invalid theme config option."""


class StreamlitInvalidThemeSectionError(StreamlitInvalidThemeError):
    def __init__(self, option_name: str, file_path_or_url: str = "config.toml") -> None:
        super().__init__(
            "Invalid theme section: `{option_name}` found in {file_path_or_url}. Valid sections are: `theme`, "
            "`theme.light`, `theme.dark`, `theme.sidebar`, `theme.light.sidebar`, and `theme.dark.sidebar`.",
            option_name=option_name,
            file_path_or_url=file_path_or_url,
        )


__all__ = [name for name in dir() if name[0].isupper()]
