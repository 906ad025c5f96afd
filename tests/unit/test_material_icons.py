"""The build's icon fonts (which names an app's files spell, the subset it cuts) and KaTeX's files."""

from __future__ import annotations

import re

from tests.tiers import needs_node_modules
from wasmlit.widgets.text_input import TEXT_INPUT_TYPES
from wasmlit_build import icons, math_assets


def test_literals_in_any_file_are_found_and_computed_names_are_not() -> None:
    found = icons.icon_names_in(
        [
            b'st.button("Go", icon=":material/rocket_launch:")\nst.markdown("A :material/home: page")',
            b'{"icon": ":material/thumb_up:"}',
            b'st.button("x", icon=f":material/{name}:")',
        ]
    )
    assert found == {"rocket_launch", "home", "thumb_up"}


def test_the_runtime_icons_are_the_text_input_type_icons() -> None:
    shown = {kind: defaults.icon for kind, defaults in TEXT_INPUT_TYPES.items() if defaults.icon}
    assert {kind: f":material/{name}:" for kind, name in icons.TEXT_INPUT_TYPE_ICONS.items()} == shown
    assert icons.icon_names_in([b'st.text_input("a", type="url")\nst.text_input("b", type = \'phone\')']) == {
        "link",
        "call",
    }


@needs_node_modules
def test_an_app_that_names_no_icon_gets_no_subset_and_no_font_face() -> None:
    fonts = icons.icon_fonts([b'st.button("Go")'])
    assert fonts.manifest["subset"] is None and fonts.css == ""
    assert list(fonts.files) == [fonts.manifest["full"]]


@needs_node_modules
def test_the_subset_holds_the_named_icons_and_the_full_font_ships_for_the_rest() -> None:
    fonts = icons.icon_fonts([b'icon=":material/home:" :material/no_such_icon_here: type="email"'])
    assert fonts.manifest["names"] == ["home", "mail"]
    subset = fonts.files[fonts.manifest["subset"]]
    full = fonts.files[fonts.manifest["full"]]
    assert subset[:4] == full[:4] == b"wOF2"
    # A few hundred bytes an icon, against the whole font.
    assert len(subset) < 4000 < 300_000 < len(full)
    match = re.search(r'url\("([^"]+)"\)', fonts.css)
    assert match and f"assets/{match.group(1)}" == fonts.manifest["subset"]
    assert "font-display:block" in fonts.css


@needs_node_modules
def test_katex_ships_woff2_fonts_only_and_one_stylesheet() -> None:
    files, entry = math_assets.math_assets()
    css = files[entry["stylesheet"]].decode("utf-8")
    fonts = [path for path in files if path.endswith(".woff2")]
    assert len(fonts) == css.count('format("woff2")') == 20
    assert ".woff)" not in css and ".ttf)" not in css
    assert all(f"url({path.removeprefix('assets/')})" in css for path in fonts)
