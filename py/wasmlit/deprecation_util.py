"""``streamlit.deprecation_util.show_deprecation_warning``, which component libraries call.

As in Streamlit: a warning element when full error details are shown
(``client.showErrorDetails``), and always a warning line in the log (the browser console).
"""

_shown_messages: set[str] = set()


def show_deprecation_warning(message: str, show_in_browser: bool = True, show_once: bool = False) -> None:
    from wasmlit import get_option, warning
    from wasmlit.runtime import log

    if show_once:
        if message in _shown_messages:
            return
        _shown_messages.add(message)
    if show_in_browser and get_option("client.showErrorDetails") in ("full", True):
        warning(message)
    log.warn(message)
