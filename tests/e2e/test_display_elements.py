"""The display elements gallery renders with Streamlit 1.67's test ids, and the dataframe sorts by click and by keyboard."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.conftest import AppPage, SiteServer


def test_metrics_tables_images_links_and_html(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("display_elements.py"))
    metrics = page.get_by_test_id("stMetric")
    expect(metrics).to_have_count(4)
    expect(metrics.nth(0).get_by_test_id("stMetricLabel")).to_contain_text("Temperature")
    expect(metrics.nth(0).get_by_test_id("stMetricValue")).to_have_text("70 °F")
    up = metrics.nth(0).get_by_test_id("stMetricDelta")
    expect(up).to_have_text("1.2 °F")
    expect(up).to_have_css("color", "rgb(12, 90, 68)")
    expect(metrics.nth(1).get_by_test_id("stMetricDelta")).to_have_css("color", "rgb(158, 48, 59)")
    expect(metrics.nth(2).get_by_test_id("stMetricDelta")).to_have_css("color", "rgb(158, 48, 59)")  # inverse
    expect(metrics.nth(3).locator("svg.wl-metric-chart")).to_have_count(1)

    table = page.get_by_test_id("stTable").first
    expect(table.locator("thead th")).to_have_text(["city", "population", "area km²", "coastal"])
    expect(table.locator("tbody tr").first.locator("td")).to_have_text(["Lisbon", "545796", "100.0500", "True"])
    expect(table.locator("tbody td").nth(1)).to_have_css("text-align", "right")
    key_value = page.get_by_test_id("stTable").nth(1)
    expect(key_value.locator("thead")).to_have_count(0)
    expect(key_value.locator("tbody th")).to_have_text(["Version", "License"])

    image = page.get_by_test_id("stImage").locator("img")
    expect(image).to_have_attribute("src", re.compile(r"^data:image/png;base64,"))
    expect(image).to_have_js_property("naturalWidth", 48)
    expect(page.get_by_test_id("stImageCaption")).to_have_text("A file from the app folder")

    link = page.get_by_test_id("stLinkButton").get_by_test_id("stBaseLinkButton-secondary")
    expect(link).to_have_attribute("href", "https://docs.streamlit.io")
    expect(link).to_have_attribute("target", "_blank")
    html = page.get_by_test_id("stHtml")
    expect(html.locator("b")).to_have_text("bold")
    expect(html.locator("[onclick]")).to_have_count(0)


def test_markdown_extras_badges_and_emoji(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("display_elements.py"))
    expect(page.locator(".wl-badge", has_text="New")).to_have_css("background-color", "rgb(241, 251, 246)")
    expect(page.locator(".wl-color-red", has_text="red")).to_have_css("color", "rgb(158, 48, 59)")
    expect(page.locator(".wl-bg-blue", has_text="blue")).to_have_css("background-color", "rgb(237, 245, 255)")
    expect(page.locator(".wl-color-rainbow")).to_have_text("rainbow")
    expect(page.locator(".wl-small")).to_have_text("Small print.")
    expect(page.get_by_test_id("stMarkdownContainer").filter(has_text="Emoji:")).to_contain_text("Emoji: 😄 🚀 👍")
    latex = page.locator(".katex-display")
    expect(latex.locator("annotation")).to_have_text(r"e^{i\pi} + 1 = 0")
    expect(latex.locator(".katex-html")).to_be_visible()


def test_dataframe_sorts_by_header_click_and_keyboard(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("display_elements.py"))
    frame = page.get_by_test_id("stDataFrame")
    names = frame.locator("tbody tr td:first-child")
    expect(names).to_have_text(["Ada", "Grace", "Linus", "Margaret"])
    born = frame.get_by_role("button", name="born")
    born.click()
    expect(names).to_have_text(["Ada", "Grace", "Margaret", "Linus"])
    expect(frame.locator("th[aria-sort='ascending']")).to_have_count(1)
    born.focus()
    page.keyboard.press("Enter")
    expect(names).to_have_text(["Linus", "Margaret", "Grace", "Ada"])
    born.click()
    expect(names).to_have_text(["Ada", "Grace", "Linus", "Margaret"])
