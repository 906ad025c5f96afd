"""Themes at build time: the stylesheet's light theme and the build's CSS agree, and
config options become the variables Streamlit 1.67 would derive."""

from __future__ import annotations

import re
from pathlib import Path

from wasmlit_build import theme_colors
from wasmlit_build.theme import light_defaults, theme_css

STYLES = Path(__file__).resolve().parents[2] / "web" / "styles"


def _declarations(css: str, selector: str) -> dict[str, str]:
    """Custom properties of the first rule whose selector list is exactly ``selector``."""
    block = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", css)
    assert block, selector
    pairs = re.findall(r"(--[\w-]+)\s*:\s*([^;]+);", block.group(1))
    return {name: value.strip() for name, value in pairs}


def _same_colour(first: str, second: str) -> bool:
    return theme_colors.parse(first) == theme_colors.parse(second)


def test_the_stylesheet_holds_the_light_theme_the_build_computes() -> None:
    main, sidebar = light_defaults()
    page = _declarations((STYLES / "app.css").read_text(), ":root")
    for name in ("--st-bg", "--st-secondary-bg", "--st-text", "--st-primary", "--st-border", "--st-code-bg"):
        assert _same_colour(page[name], main[name]), name
    for name in ("--st-widget-border", "--st-button-bg", "--st-link", "--st-primary-hover"):
        assert _same_colour(page[name], main[name]), name
    side = _declarations((STYLES / "layout.css").read_text(), ".stApp .stSidebar")
    for name in ("--st-bg", "--st-secondary-bg", "--st-border", "--st-code-bg"):
        assert _same_colour(side[name], sidebar[name]), name


def test_without_a_theme_the_dark_palette_waits_for_the_system() -> None:
    css = theme_css({"client.toolbarMode": "auto"}).css
    assert css.startswith("@media (prefers-color-scheme:dark){:root:not([data-wl-theme=light]){--st-bg:#171614;")
    assert ":root:not([data-wl-theme=light]) .stApp .stSidebar{--st-bg:#21201d;" in css
    # The main menu's Dark choice, whatever the system says.
    assert ":root[data-wl-theme=dark]{--st-bg:#171614;" in css


def test_base_light_adds_nothing_and_base_dark_the_dark_palette() -> None:
    assert theme_css({"theme.base": "light"}).css == ":root{color-scheme:light}"
    dark = theme_css({"theme.base": "dark"}).css
    assert dark.startswith(":root{--st-bg:#171614;") and "@media" not in dark
    assert "--st-button-bg:#1e1d1a" in dark


def test_a_custom_primary_colour_fades_borders_as_streamlit_does() -> None:
    css = theme_css({"theme.primaryColor": "#1f77b4"}).css
    page = _declarations(css, ":root")
    assert page["--st-primary"] == "#1f77b4"
    assert page["--st-border"] == "rgba(47, 45, 43, 0.2)"
    assert page["--st-code-bg"] == "#fcfcfb"
    # The page's backgrounds are the base's: the sidebar keeps its own.
    assert _declarations(css, ".stApp .stSidebar")["--st-bg"] == "#f8f8f7"


def test_custom_backgrounds_swap_into_the_sidebar_unless_it_has_its_own() -> None:
    options = {"theme.backgroundColor": "#0e1117", "theme.secondaryBackgroundColor": "#262730"}
    sidebar = _declarations(theme_css(options).css, ".stApp .stSidebar")
    assert (sidebar["--st-bg"], sidebar["--st-secondary-bg"]) == ("#262730", "#0e1117")
    own = _declarations(theme_css({**options, "theme.sidebar.backgroundColor": "#112233"}).css, ".stApp .stSidebar")
    assert own["--st-bg"] == "#112233"


def test_fonts_radius_size_and_widget_borders() -> None:
    options = {
        "theme.font": "serif",
        "theme.codeFont": "Courier New",
        "theme.headingFont": "Georgia",
        "theme.baseRadius": "full",
        "theme.baseFontSize": 14,
        "theme.showWidgetBorder": False,
    }
    page = _declarations(theme_css(options).css, ":root")
    assert page["--st-font"] == '"Source Serif", serif'
    assert page["--st-heading-font"] == 'Georgia, "Source Sans", sans-serif'
    assert page["--st-mono"] == 'Courier New, "Source Code Pro", monospace'
    assert (page["--st-radius"], page["--st-font-size"]) == ("1.4rem", "14px")
    assert page["--st-widget-border"] == "transparent"
    assert _declarations(theme_css({"theme.baseRadius": "3px"}).css, ":root")["--st-radius"] == "3px"


def test_bad_values_are_named_and_ignored() -> None:
    themed = theme_css({"theme.primaryColor": "not-a-colour", "theme.base": "sepia", "theme.baseRadius": "big"})
    assert "--st-primary:" not in themed.css
    assert len(themed.warnings) == 3
    assert any('theme.primaryColor = "not-a-colour"' in warning for warning in themed.warnings)
