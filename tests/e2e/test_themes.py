"""Themes: the page's colours for Streamlit's light and dark themes (the dark one by the
system's colour scheme when no theme is configured, or by theme.base) and for a custom
theme, against the computed colours of the same app in Streamlit 1.67 (measured in its
page with the same config; the values are its theme's, lib/src/theme in its frontend)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page

from tests.e2e.conftest import AppPage, SiteServer

APP = Path(__file__).parent / "apps" / "themes.py"

PROBE = """() => {
  const style = (selector, property) => getComputedStyle(document.querySelector(selector))[property];
  return {
    background: style('[data-testid="stApp"]', 'backgroundColor'),
    text: style('[data-testid="stMain"] [data-testid="stMarkdownContainer"] p', 'color'),
    primary: style('[data-testid="stBaseButton-primary"]', 'backgroundColor'),
    primaryText: style('[data-testid="stBaseButton-primary"]', 'color'),
    secondaryButton: style('[data-testid="stBaseButton-secondary"]', 'backgroundColor'),
    sidebar: style('[data-testid="stSidebar"]', 'backgroundColor'),
    sidebarText: style('[data-testid="stSidebar"] [data-testid="stMarkdownContainer"] p', 'color'),
    link: style('[data-testid="stMain"] [data-testid="stMarkdownContainer"] a', 'color'),
    input: style('[data-testid="stTextInputRootElement"]', 'backgroundColor'),
    inputBorder: style('[data-testid="stTextInputRootElement"]', 'borderTopColor'),
    alert: style('[data-testid="stAlertContainer"]', 'backgroundColor'),
    alertText: style('[data-testid="stAlertContainer"]', 'color'),
  };
}"""

# Streamlit 1.67.0, this app, Chromium: getComputedStyle of the same elements.
LIGHT = {
    "background": "rgb(255, 255, 255)",
    "text": "rgb(47, 45, 43)",
    "primary": "rgb(197, 57, 72)",
    "primaryText": "rgb(255, 255, 255)",
    "secondaryButton": "rgb(255, 255, 255)",
    "sidebar": "rgb(248, 248, 247)",
    "sidebarText": "rgb(47, 45, 43)",
    "link": "rgb(36, 79, 180)",
    "input": "rgb(248, 248, 247)",
    "inputBorder": "rgb(220, 216, 212)",
    "alert": "rgb(237, 245, 255)",
    "alertText": "rgb(36, 79, 180)",
}
DARK = {
    "background": "rgb(23, 22, 20)",
    "text": "rgb(237, 235, 232)",
    "primary": "rgb(207, 66, 80)",
    "primaryText": "rgb(255, 255, 255)",
    "secondaryButton": "rgb(30, 29, 26)",
    "sidebar": "rgb(33, 32, 29)",
    "sidebarText": "rgb(237, 235, 232)",
    "link": "rgb(133, 184, 248)",
    "input": "rgb(45, 43, 39)",
    "inputBorder": "rgb(74, 71, 66)",
    "alert": "rgb(30, 42, 61)",
    "alertText": "rgb(133, 184, 248)",
}
CUSTOM_CONFIG = {
    "theme.base": "dark",
    "theme.primaryColor": "#ff8800",
    "theme.backgroundColor": "#0e1117",
    "theme.secondaryBackgroundColor": "#262730",
    "theme.textColor": "#fafafa",
    "theme.linkColor": "#00ffaa",
    "theme.sidebar.backgroundColor": "#112233",
    "theme.sidebar.textColor": "#ddeeff",
}
CUSTOM = {
    "background": "rgb(14, 17, 23)",
    "text": "rgb(250, 250, 250)",
    "primary": "rgb(255, 136, 0)",
    "primaryText": "rgb(255, 255, 255)",
    "secondaryButton": "rgb(19, 23, 32)",
    "sidebar": "rgb(17, 34, 51)",
    "sidebarText": "rgb(221, 238, 255)",
    "link": "rgb(0, 255, 170)",
    "input": "rgb(38, 39, 48)",
    "inputBorder": "rgba(250, 250, 250, 0.2)",
    # Not measured: Streamlit keeps its dark palette's tints when no tint colour is configured.
    "alert": "rgb(30, 42, 61)",
    "alertText": "rgb(133, 184, 248)",
}


def _colours(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = page.evaluate(PROBE)
    return result


@pytest.mark.parametrize(("scheme", "expected"), [("light", LIGHT), ("dark", DARK)])
def test_without_a_theme_the_page_follows_the_system(
    app_page: AppPage, sites: SiteServer, scheme: str, expected: dict[str, str]
) -> None:
    app_page.page.emulate_media(color_scheme=scheme)
    page = app_page.open(sites.build(APP, "themes-default", prerender=False))
    assert _colours(page) == expected


def test_base_dark_ignores_the_system(app_page: AppPage, sites: SiteServer) -> None:
    app_page.page.emulate_media(color_scheme="light")
    page = app_page.open(sites.build(APP, "themes-dark", prerender=False, **{"theme.base": "dark"}))
    assert _colours(page) == DARK


def test_a_custom_theme(app_page: AppPage, sites: SiteServer) -> None:
    page = app_page.open(sites.build(APP, "themes-custom", prerender=False, **CUSTOM_CONFIG))
    assert _colours(page) == CUSTOM
