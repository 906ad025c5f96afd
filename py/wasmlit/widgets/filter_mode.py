"""``filter_mode`` of selectbox and multiselect: how typing narrows the options."""

from __future__ import annotations

from typing import Any

from wasmlit.errors import StreamlitIncompatibleParametersError, StreamlitValueError

FILTER_MODES = ("fuzzy", "contains", "prefix", None)


def check_filter_mode(filter_mode: Any, *, accept_new_options: bool) -> None:
    """Streamlit's checks; the page does the filtering.

    >>> check_filter_mode("exact", accept_new_options=False)
    Traceback (most recent call last):
    ...
    wasmlit.errors.StreamlitValueError: Invalid `filter_mode` value. Supported values: fuzzy, contains, prefix, None.
    """
    try:
        known = filter_mode in FILTER_MODES
    except TypeError:
        known = False
    if not known:
        raise StreamlitValueError("filter_mode", "fuzzy, contains, prefix, None")
    if filter_mode is None and accept_new_options:
        raise StreamlitIncompatibleParametersError(
            "filter_mode=None",
            "accept_new_options=True",
            explanation="`filter_mode` cannot be `None` when `accept_new_options=True`. "
            "Set `filter_mode` to `fuzzy`, `contains`, or `prefix`.",
        )
