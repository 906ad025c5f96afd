"""Which config options go into the page.

Everything in ``index.html`` is public, and ``.streamlit/config.toml`` or the build's
``STREAMLIT_*`` variables may hold secrets (``server.cookieSecret``, tokens). The page
gets only the options it uses: the theme, ``client.*`` and ``runner.*``, and the few
others the runtime reads (``context.current().config``). Options a static site has no
use for (the server's, the browser's, logging) stay out, with a warning.
"""

from __future__ import annotations

from typing import Any

from wasmlit_build.runtime import runtime_config

PAGE_SECTIONS = ("theme.", "client.", "runner.")
# Read by the runtime outside those sections (see py/wasmlit: log.py, widgets/file_uploader.py).
RUNTIME_OPTIONS = frozenset({"global.disableWidgetStateDuplicationWarning", "server.maxUploadSize"})


def used_by_the_page(key: str) -> bool:
    """Whether the page reads option ``key``.

    >>> [used_by_the_page(key) for key in ("theme.primaryColor", "runner.magicEnabled", "server.maxUploadSize")]
    [True, True, True]
    >>> [used_by_the_page(key) for key in ("server.cookieSecret", "server.port", "runner.noSuchOption", "runner")]
    [False, False, False, False]
    """
    if key.startswith("theme."):  # colours and fonts, in subsections the option list does not name
        return True
    known = key in runtime_config.known_option_names() or key in runtime_config.DEFAULTS
    return known and (key.startswith(PAGE_SECTIONS) or key in RUNTIME_OPTIONS or key in runtime_config.DEFAULTS)


def page_options(options: dict[str, Any]) -> dict[str, Any]:
    """The options the page gets.

    >>> page_options({"theme.base": "dark", "server.cookieSecret": "s3cret", "client.toolbarMode": "minimal"})
    {'client.toolbarMode': 'minimal', 'theme.base': 'dark'}
    """
    return {key: options[key] for key in sorted(options) if used_by_the_page(key)}


def ignored_option_warnings(options: dict[str, Any]) -> list[str]:
    """One warning naming the known options that were set and that the page does not use
    (unknown ones get Streamlit's own warning).

    >>> ignored_option_warnings({"server.cookieSecret": "x", "server.port": 1, "theme.base": "dark", "no.such": 1})
    ['config options a static site does not use, left out of the page: server.cookieSecret, server.port']
    """
    known = runtime_config.known_option_names()
    ignored = [key for key in sorted(options) if key in known and not used_by_the_page(key)]
    if not ignored:
        return []
    return [f"config options a static site does not use, left out of the page: {', '.join(ignored)}"]
