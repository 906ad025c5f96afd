"""The page's stylesheet inlined in ``index.html``: first paint needs no second request.

A ``<link rel="stylesheet">`` blocks rendering until it arrives: one more round trip
before the pre-rendered app can show (40 ms on the bench's throttled profile). Inlined,
its relative ``url(...)`` references are rewritten from the stylesheet's folder to the
page's. The upright text font is preloaded so it is usually there by first paint.
"""

from __future__ import annotations

import posixpath
import re

_RELATIVE_URL = re.compile(r"""url\((["']?)(?!data:|[a-z]+://|/|#)([^"')]+)\1\)""")


def rebase_urls(css: str, stylesheet_path: str) -> str:
    """Rewrite relative ``url()`` references for a stylesheet moved to the site's root.

    >>> rebase_urls('a{src:url("./f.woff2")} b{background:url(data:x)}', "assets/main.css")
    'a{src:url("assets/f.woff2")} b{background:url(data:x)}'
    """
    folder = posixpath.dirname(stylesheet_path)

    def rebase(match: re.Match[str]) -> str:
        quote, target = match.group(1), match.group(2)
        return f"url({quote}{posixpath.normpath(posixpath.join(folder, target))}{quote})"

    return _RELATIVE_URL.sub(rebase, css)


def inline_style_tag(css: str, stylesheet_path: str) -> str:
    # "</style" would end the element early; in CSS it can only occur inside a string.
    safe = rebase_urls(css, stylesheet_path).replace("</style", "<\\/style")
    return f"<style>{safe}</style>"


def text_font_preload(files: dict[str, bytes]) -> str | None:
    """The upright text font (used by every page), to preload."""
    fonts = sorted(path for path in files if path.endswith(".woff2") and "-normal-" in path)
    return fonts[0] if fonts else None
