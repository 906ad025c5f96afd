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


class MarkdownFormattedException(Error):  # noqa: N818 - Streamlit's name
    """Errors whose message the browser renders as Markdown."""


class StreamlitAPIException(MarkdownFormattedException):
    """Raised when a Streamlit command is used incorrectly."""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self)!r})"


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


class StreamlitValueError(StreamlitAPIException):
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


class StreamlitInvalidParameterTypeError(StreamlitAPIException):
    def __init__(self, parameter: str, expected: str, provided_type: str) -> None:
        super().__init__(f"Invalid `{parameter}` type. Expected one of: {expected}. Provided type: {provided_type}.")


class StreamlitValueOutOfRangeError(StreamlitAPIException):
    def __init__(self, parameter: str, value: object, lower: object, upper: object, unit: str = "") -> None:
        super().__init__(
            f"The `{parameter}` parameter, set to {value}{unit}, is outside the required range [{lower}, {upper}]."
        )


class StreamlitValueBelowMinError(StreamlitAPIException):
    def __init__(self, value: object, min_value: object) -> None:
        super().__init__(f"The `value` {value} is less than the `min_value` {min_value}.")


class StreamlitValueAboveMaxError(StreamlitAPIException):
    def __init__(self, value: object, max_value: object) -> None:
        super().__init__(f"The `value` {value} is greater than the `max_value` {max_value}.")


class StreamlitInvalidMinMaxError(StreamlitAPIException):
    def __init__(self, message: str) -> None:
        super().__init__(message)


class StreamlitMixedNumericTypesError(StreamlitAPIException):
    pass


class StreamlitJSNumberBoundsError(StreamlitAPIException):
    pass


class StreamlitInvalidNumberFormatError(StreamlitAPIException):
    def __init__(self, number_format: str) -> None:
        super().__init__(f"Format string for `st.number_input` contains invalid characters: {number_format}")


class StreamlitMissingRequiredParameterError(StreamlitAPIException):
    pass


class StreamlitDefaultNotInOptionsError(StreamlitAPIException):
    def __init__(self, value: object) -> None:
        super().__init__(
            f"The default value '{value}' is not part of the options. Please make sure that every "
            "default value also exists in the options."
        )


class StreamlitSelectionCountExceedsMaxError(StreamlitAPIException):
    pass


class StreamlitInvalidFormCallbackError(StreamlitAPIException):
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


class StreamlitValueAssignmentNotAllowedError(StreamlitAPIException):
    def __init__(self, key: str) -> None:
        super().__init__(
            f"{_session_state_item(key)} is read-only and cannot be assigned through session state. "
            "Use a different session state key for values you need to set."
        )


class StreamlitWidgetAlreadyInstantiatedError(StreamlitAPIException):
    def __init__(self, key: str) -> None:
        super().__init__(
            f"{_session_state_item(key)} cannot be modified after the widget with that key is "
            f"instantiated. Assign {_session_state_item(key)} before creating the widget, or update "
            "it from an `on_change` or `on_click` callback, which runs before the widget is "
            "instantiated. If this is a read-only session state key (buttons, file and media inputs, "
            "`st.data_editor`, forms, chart or `ButtonColumn` selections), store the value under a "
            "different session state key."
        )


class StreamlitPageNotFoundError(StreamlitAPIException):
    pass


class StreamlitQueryParamDictValueError(StreamlitAPIException):
    def __init__(self, key: str) -> None:
        super().__init__(
            f"Query param value for `{key}` cannot be set to a dictionary. Provide a string or "
            "iterable of strings instead."
        )


class StreamlitInvalidColorError(StreamlitAPIException):
    pass


class StreamlitIncompatibleParametersError(StreamlitAPIException):
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


class StreamlitInvalidWidthError(StreamlitAPIException):
    def __init__(self, width: object, allow_content: bool = False) -> None:
        supported = "a positive integer (pixels) or 'stretch'"
        if allow_content:
            supported = "a positive integer (pixels), 'stretch', or 'content'"
        super().__init__(f"Invalid width value: {width!r}. Width must be either {supported}.")


class StreamlitInvalidHeightError(StreamlitAPIException):
    def __init__(self, height: object, allow_content: bool = False) -> None:
        supported = "a positive integer (pixels) or 'stretch'"
        if allow_content:
            supported = "a positive integer (pixels), 'stretch', or 'content'"
        super().__init__(f"Invalid height value: {height!r}. Height must be either {supported}.")


class NoSessionContext(Error):  # noqa: N818 - Streamlit's name
    pass


__all__ = [name for name in dir() if name[0].isupper()]
