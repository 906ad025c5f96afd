"""KaTeX's stylesheet and fonts, for math in Markdown (``st.latex``, ``$...$``).

The page loads KaTeX's script (a lazy chunk of the bundle) and this stylesheet only when
it shows math (``web/markdown_math.js``), and the browser fetches each KaTeX font only
when some math uses it. Every browser the page supports reads WOFF2, so the stylesheet
keeps only those sources and the site ships no WOFF or TrueType copies.
"""

from __future__ import annotations

import re

from wasmlit_build.hashing import content_hash
from wasmlit_build.paths import NODE_MODULES

KATEX_DIST = NODE_MODULES / "katex" / "dist"
# src:url(fonts/KaTeX_AMS-Regular.woff2) format("woff2"),url(...woff) format("woff"),url(...ttf) format("truetype")
_FONT_SOURCES = re.compile(r'src:url\(fonts/([\w-]+)\.woff2\) format\("woff2"\)(?:,url\([^)]*\) format\("[a-z]+"\))*')


def woff2_only(css: str, font_url: dict[str, str]) -> str:
    """Point each ``@font-face`` at its WOFF2 file alone, under the name ``font_url`` gives.

    >>> woff2_only('src:url(fonts/A.woff2) format("woff2"),url(fonts/A.woff) format("woff")}', {"A": "A-1.woff2"})
    'src:url(A-1.woff2) format("woff2")}'
    """
    return _FONT_SOURCES.sub(lambda match: f'src:url({font_url[match.group(1)]}) format("woff2")', css)


def math_assets() -> tuple[dict[str, bytes], dict[str, str]]:
    """The files (path under the output folder -> content) and the manifest entry."""
    files: dict[str, bytes] = {}
    font_url: dict[str, str] = {}
    for font in sorted((KATEX_DIST / "fonts").glob("*.woff2")):
        data = font.read_bytes()
        name = f"{font.stem}-{content_hash(data)}.woff2"
        files[f"assets/{name}"] = data
        font_url[font.stem] = name
    css = woff2_only((KATEX_DIST / "katex.min.css").read_text("utf-8"), font_url).encode("utf-8")
    stylesheet = f"assets/katex-{content_hash(css)}.css"
    files[stylesheet] = css
    return files, {"stylesheet": stylesheet}
