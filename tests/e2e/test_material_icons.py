"""Material icons draw as glyphs of Material Symbols Rounded (not as their names), from a
subset font cut at build time; a name built at run time switches to the full font."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Locator, Page, expect

from tests.e2e.conftest import AppPage, SiteServer

APPS = Path(__file__).parent / "apps"
FAMILY = "Material Symbols Rounded"


def _font_files_fetched(page: Page) -> list[str]:
    names: list[str] = page.evaluate(
        "performance.getEntriesByType('resource').map(e => e.name).filter(n => n.endsWith('.woff2'))"
    )
    return [name.rsplit("/", 1)[-1] for name in names]


def _assert_glyph(icon: Locator, name: str) -> None:
    """The span holds the name (its ligature), in the icon font, and is one glyph wide, not a word."""
    expect(icon).to_have_text(name)
    expect(icon).to_have_css("font-family", f'"{FAMILY}"')
    # The text's own width (not the span's, which CSS may fix): a word is several em wide.
    # Waits while the font loads (font-display: block lays the text out in a fallback meanwhile).
    icon.page.wait_for_function(
        """e => { const r = document.createRange(); r.selectNodeContents(e);
                  return r.getBoundingClientRect().width <= parseFloat(getComputedStyle(e).fontSize) * 1.1; }""",
        arg=icon.element_handle(),
    )


def test_icons_render_as_glyphs_from_the_subset_font(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APPS / "material_icons.py"))
    markdown_icon = page.get_by_test_id("stMarkdownContainer").locator(".wl-material-icon")
    expect(markdown_icon).to_have_attribute("aria-label", "home icon")
    _assert_glyph(markdown_icon, "home")
    _assert_glyph(page.get_by_test_id("stButton").get_by_test_id("stIconMaterial"), "save")
    _assert_glyph(page.get_by_test_id("stAlertDynamicIcon").get_by_test_id("stIconMaterial"), "info")
    _assert_glyph(page.get_by_test_id("stExpanderIcon").get_by_test_id("stIconMaterial"), "settings")
    _assert_glyph(page.get_by_test_id("stMetric").get_by_test_id("stIconMaterial"), "star")
    _assert_glyph(page.get_by_test_id("stTextInput").get_by_test_id("stIconMaterial"), "mail")
    _assert_glyph(page.get_by_test_id("stChatMessageAvatarCustom").get_by_test_id("stIconMaterial"), "smart_toy")
    fetched = _font_files_fetched(page)
    assert any(name.startswith("material-symbols-subset-") for name in fetched), fetched
    assert not any(name.startswith("material-symbols-rounded-") for name in fetched), fetched


def test_an_icon_named_at_run_time_loads_the_full_font(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APPS / "material_icons.py"))
    page.get_by_test_id("stCheckbox").locator("label").click()
    app_page.wait_for_run()
    launch = page.get_by_test_id("stButton").filter(has_text="Launch").get_by_test_id("stIconMaterial")
    _assert_glyph(launch, "rocket_launch")
    assert any(name.startswith("material-symbols-rounded-") for name in _font_files_fetched(page))


def test_an_app_without_icons_fetches_no_icon_font(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("counter.py"))
    page.evaluate("document.fonts.ready")
    assert not any(name.startswith("material-symbols") for name in _font_files_fetched(page))
