"""Which addresses may become links: ``http``, ``https``, ``mailto`` and relative URLs.

Checked where a link enters (``st.link_button``, ``st.image(link=...)``, ``st.page_link``
to an external address), so AppTest sees what the page will show; the page applies the
same rule to Markdown links and sanitised HTML (``web/untrusted_html.js``). Streamlit 1.67
drops ``javascript:`` links but keeps ``data:text/html`` ones live; wasmlit drops every
other scheme, and logs what it dropped to the browser console.
"""

from __future__ import annotations

import re

from wasmlit.runtime import log

LINK_SCHEMES = ("http", "https", "mailto")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
# Browsers drop leading and trailing C0 controls and spaces, and tabs and newlines anywhere.
_EDGES = "".join(chr(code) for code in range(0x21))
_ANYWHERE = re.compile(r"[\t\n\r]")


def is_safe_link(url: str) -> bool:
    """Whether a URL may become a link.

    >>> [is_safe_link(url) for url in ("https://x.org", "MAILTO:a@b.c", "page?q=1", "#top", "//cdn.org/a")]
    [True, True, True, True, True]
    >>> [is_safe_link(url) for url in ("javascript:alert(1)", " JavaScript:x", "java\\tscript:x", "data:text/html,x")]
    [False, False, False, False]
    >>> is_safe_link("vbscript:x"), is_safe_link("file:///etc/passwd")
    (False, False)
    """
    match = _SCHEME.match(_ANYWHERE.sub("", url.strip(_EDGES)))
    return match is None or match.group(1).lower() in LINK_SCHEMES


def checked_link(url: str, command: str) -> str | None:
    """The URL if it may become a link; otherwise None, and a console warning naming it."""
    if is_safe_link(url):
        return url
    log.warn(
        f"{command}: dropped the link {url!r}: only http, https, mailto and relative URLs become links "
        "(docs/semantics.md 8.4)."
    )
    return None
