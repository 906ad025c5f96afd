"""Material Symbols for ``:material/name:`` icons: a subset font and the full one, both lazy.

The page draws a Material icon as Streamlit does, as the icon's name set in the
"Material Symbols Rounded" font, whose ligatures turn the name into the glyph. A font
declared with ``@font-face`` is downloaded only when some text on the page uses it, so
an app that shows no icon fetches nothing.

The build reads the app's files for ``:material/name:`` literals (and for the text
input types whose icons the runtime shows, ``type="email"``, ...) and cuts the font down
to those icons: a few hundred bytes an icon instead of the whole 374 KB font. The full
font ships too, for names the build could not see (built at run time, read from data):
the page declares it, in place of the subset, when it meets such a name
(``web/material_icons.js``). Both files are Apache-2.0 (Google's Material Symbols, from
``@fontsource/material-symbols-rounded``).
"""

from __future__ import annotations

import base64
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from wasmlit_build.hashing import content_hash
from wasmlit_build.node_scripts import run_node_script
from wasmlit_build.paths import NODE_MODULES

FAMILY = "Material Symbols Rounded"
FULL_FONT = NODE_MODULES / "@fontsource/material-symbols-rounded/files/material-symbols-rounded-latin-400-normal.woff2"
# Streamlit's Markdown matches :material/(\w+): ; icon= parameters are checked to [a-z0-9_]+.
_LITERAL = re.compile(rb":material/(\w+):")
_SUBSET_TIMEOUT_SECONDS = 120
# Icons the runtime shows without the app naming them: st.text_input's type= icons
# (py/wasmlit/widgets/text_input.py; tests/unit/test_material_icons.py keeps them in step).
TEXT_INPUT_TYPE_ICONS = {"email": "mail", "url": "link", "phone": "call", "search": "search"}
RUNTIME_MATERIAL_ICONS = frozenset(TEXT_INPUT_TYPE_ICONS.values())
_TEXT_INPUT_TYPE = re.compile(rb"""\btype\s*=\s*["'](email|url|phone|search)["']""")


def icon_names_in(contents: Iterable[bytes]) -> frozenset[str]:
    """The icon names ``:material/name:`` literals spell, in any of the app's files.

    >>> sorted(icon_names_in([b'st.button("Go", icon=":material/home:")', b"# :material/thumb_up: :material/home:"]))
    ['home', 'thumb_up']
    >>> sorted(icon_names_in([b'f":material/{name}:"']))
    []
    >>> sorted(icon_names_in([b'st.text_input("Mail", type="email")']))
    ['mail']
    """
    names: set[str] = set()
    for data in contents:
        names.update(match.decode("ascii", "ignore") for match in _LITERAL.findall(data))
        names.update(TEXT_INPUT_TYPE_ICONS[match.decode("ascii")] for match in _TEXT_INPUT_TYPE.findall(data))
    return frozenset(names)


@dataclass(frozen=True)
class IconFonts:
    files: dict[str, bytes]  # path under the output folder -> content
    manifest: dict[str, Any]  # what the page needs: {"full", "subset", "names"}
    css: str  # the @font-face rule for the subset, for the page's stylesheet (in assets/); "" without one


def _font_face(path: str) -> str:
    url = posixpath.relpath(path, "assets")
    # block: an icon's name never shows as a word while its glyph loads.
    return f'@font-face{{font-family:"{FAMILY}";font-style:normal;font-weight:400;font-display:block;src:url("{url}") format("woff2")}}'


def icon_fonts(app_contents: Iterable[bytes]) -> IconFonts:
    """The full font, and a subset with the icons the app's files name (none when they name none)."""
    full = FULL_FONT.read_bytes()
    full_path = f"assets/material-symbols-rounded-{content_hash(full)}.woff2"
    files = {full_path: full}
    no_subset = IconFonts(files, {"full": full_path, "subset": None, "names": []}, "")
    names = sorted(icon_names_in(app_contents))
    if not names:
        return no_subset
    result = run_node_script(
        "subset_icons.mjs", {"font": str(FULL_FONT), "names": names}, timeout_seconds=_SUBSET_TIMEOUT_SECONDS
    )
    found = [name for name in names if name not in set(result["missing"])]
    if result["woff2"] is None:
        return no_subset
    subset = base64.b64decode(result["woff2"])
    subset_path = f"assets/material-symbols-subset-{content_hash(subset)}.woff2"
    files[subset_path] = subset
    return IconFonts(files, {"full": full_path, "subset": subset_path, "names": found}, _font_face(subset_path))
