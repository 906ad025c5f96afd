"""The main menu (⋮, Streamlit 1.67's stMainMenu): its entries for the toolbar modes,
Rerun from the menu and the "r" key, Clear caches from the menu and the "c" key, and the
theme switcher (System, Light, Dark) of an app without a configured theme."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.e2e.conftest import AppPage, SiteServer

APP = Path(__file__).parent / "apps" / "main_menu.py"


def _runs(page: Page) -> int:
    found = re.search(r"Runs: (\d+)", page.get_by_test_id("stMain").inner_text())
    assert found, "the app shows its run count"
    return int(found.group(1))


def _lucky(page: Page) -> str:
    found = re.search(r"Lucky: (\d+)", page.get_by_test_id("stMain").inner_text())
    assert found
    return found.group(1)


THEMES = ["stMainMenuItem-theme-System", "stMainMenuItem-theme-Light", "stMainMenuItem-theme-Dark"]


def _entries(page: Page) -> list[str]:
    page.get_by_test_id("stMainMenuButton").click()
    items = page.get_by_test_id("stMainMenuList").locator("[data-testid^='stMainMenuItem-']")
    expect(items.first).to_be_visible()
    return [item.get_attribute("data-testid") or "" for item in items.all()]


def test_menu_entries_rerun_and_clear_cache(app_page: AppPage, sites: SiteServer) -> None:
    page = app_page.open(sites.build(APP, "main-menu", prerender=False))
    assert _runs(page) == 1
    # Served from 127.0.0.1 with toolbarMode "auto": the developer entries show.
    assert _entries(page) == [*THEMES, "stMainMenuItem-rerun", "stMainMenuItem-clearCache", "stMainMenuItem-print"]
    labels = page.get_by_test_id("stMainMenuList").get_by_role("menuitem")
    expect(labels).to_have_text([re.compile(r"^Rerun\s*R$"), re.compile(r"^Clear cache\s*C$"), "Print"])
    expect(page.get_by_test_id("stMainMenuDivider")).to_have_count(3)
    expect(page.get_by_test_id("stThemeSwitcher").get_by_role("menuitemradio", checked=True)).to_have_text("System")

    page.get_by_test_id("stMainMenuItem-rerun").click()
    expect(page.get_by_test_id("stMainMenuPopover")).to_have_count(0)
    expect(page.get_by_test_id("stMain")).to_contain_text("Runs: 2")

    page.keyboard.press("r")
    expect(page.get_by_test_id("stMain")).to_contain_text("Runs: 3")
    # Not while typing in a field.
    page.get_by_label("Name").press("r")
    app_page.wait_for_run()
    assert _runs(page) == 3
    page.get_by_label("Name").blur()

    lucky = _lucky(page)
    page.get_by_test_id("stMainMenuButton").click()
    page.get_by_test_id("stMainMenuItem-clearCache").click()
    dialog = page.get_by_test_id("stClearCacheDialog")
    expect(dialog.get_by_role("dialog", name="Clear caches")).to_be_visible()
    expect(dialog).to_contain_text("Are you sure you want to clear the app's function caches?")
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_have_count(0)

    page.keyboard.press("c")
    page.get_by_test_id("stClearCacheDialog").get_by_role("button", name="Clear caches").click()
    expect(page.get_by_test_id("stClearCacheDialog")).to_have_count(0)
    page.keyboard.press("r")
    # Clear cache also empties Session State, as in Streamlit: the run count starts again.
    expect(page.get_by_test_id("stMain")).to_contain_text("Runs: 1")
    assert _lucky(page) != lucky


def test_viewer_and_minimal_toolbar_modes(app_page: AppPage, sites: SiteServer) -> None:
    page = app_page.open(sites.build(APP, "main-menu-viewer", prerender=False, **{"client.toolbarMode": "viewer"}))
    assert _entries(page) == [*THEMES, "stMainMenuItem-print"]
    page.keyboard.press("Escape")
    page.keyboard.press("c")
    expect(page.get_by_test_id("stClearCacheDialog")).to_have_count(0)

    page = app_page.open(sites.build(APP, "main-menu-minimal", prerender=False, **{"client.toolbarMode": "minimal"}))
    # "minimal" keeps the theme switcher and the app's own entries (none here).
    assert _entries(page) == THEMES


def test_the_theme_switcher_overrides_the_system_and_is_remembered(app_page: AppPage, sites: SiteServer) -> None:
    app_page.page.emulate_media(color_scheme="light")
    page = app_page.open(sites.build(APP, "main-menu", prerender=False))
    app = page.get_by_test_id("stApp")
    expect(app).to_have_css("background-color", "rgb(255, 255, 255)")
    page.get_by_test_id("stMainMenuButton").click()
    page.get_by_test_id("stMainMenuItem-theme-Dark").click()
    expect(app).to_have_css("background-color", "rgb(23, 22, 20)")
    expect(page.get_by_test_id("stMainMenuItem-theme-Dark")).to_have_attribute("aria-checked", "true")
    page.reload()
    app_page.wait_connected()
    expect(app).to_have_css("background-color", "rgb(23, 22, 20)")
    page.get_by_test_id("stMainMenuButton").click()
    page.get_by_test_id("stMainMenuItem-theme-System").click()
    expect(app).to_have_css("background-color", "rgb(255, 255, 255)")


def test_a_configured_theme_has_no_switcher(app_page: AppPage, sites: SiteServer) -> None:
    page = app_page.open(sites.build(APP, "main-menu-themed", prerender=False, **{"theme.base": "dark"}))
    assert _entries(page) == ["stMainMenuItem-rerun", "stMainMenuItem-clearCache", "stMainMenuItem-print"]
