"""Markup and links from the script cannot act as the page's controls or run script
(tests/e2e/apps/untrusted_markup.py)."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import expect

from tests.e2e.conftest import AppPage, SiteServer

APPS = Path(__file__).resolve().parent / "apps"
RUNNING = '[data-testid="stApp"][data-test-script-state="running"]'


def counters(app_page: AppPage) -> str:
    return next(line for line in app_page.main_text().splitlines() if line.startswith("runs="))


def test_injected_markup_cannot_pose_as_a_widget_or_press_stop(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APPS / "untrusted_markup.py"))
    real_id = page.locator('[data-widget-id$="-real"]').get_attribute("data-widget-id")
    markup = (
        f'<div data-widget-id="{real_id}"><button>Fake button WHERE</button></div>'
        '<span data-wl-action="stop" data-wl-on="x" data-wl-part="step-up">Fake stop WHERE</span>'
        "<details><summary>Fake summary WHERE</summary>inside</details>"
        '<div role="tab" data-tab-label="x">Fake tab WHERE</div>'
    )
    page.get_by_label("Markup").fill(markup)
    page.get_by_label("Markup").press("Enter")
    app_page.wait_for_run()
    expander = page.get_by_test_id("stExpander")
    for where in ("html", "markdown"):
        expect(expander.get_by_text(f"Fake button {where}")).to_be_visible()
    for attribute in ("data-widget-id", "data-wl-action", "data-wl-on", "data-wl-part", "data-tab-label"):
        expect(expander.locator(f'[data-testid="stHtml"] [{attribute}]')).to_have_count(0)
        expect(expander.locator(f'[data-testid="stMarkdownContainer"] [{attribute}]')).to_have_count(0)
    assert counters(app_page) == "runs=2 clicks=0"

    for where in ("html", "markdown"):
        for fake in ("Fake button", "Fake stop", "Fake summary", "Fake tab"):
            expander.get_by_text(f"{fake} {where}").click()
    page.get_by_role("button", name="Rerun").click()  # the one run these clicks may cause
    app_page.wait_for_run()
    assert counters(app_page) == "runs=3 clicks=0", "no injected click reached a widget"

    page.get_by_role("button", name="Slow").click()
    page.wait_for_selector(RUNNING)
    expander.get_by_text("Fake stop html").click()
    expander.get_by_text("Fake stop markdown").click()
    app_page.wait_for_run()
    expect(page.get_by_test_id("stMain")).to_contain_text("Slow run finished")  # not stopped
    expect(page.get_by_test_id("wlNotice")).to_have_count(0)  # no worker restart


def test_only_web_mail_and_relative_links_become_links(sites: SiteServer, app_page: AppPage) -> None:
    warnings: list[str] = []
    app_page.page.on("console", lambda message: warnings.append(message.text) if message.type == "warning" else None)
    page = app_page.open(sites.build(APPS / "untrusted_markup.py"))
    expect(page.get_by_text("html mail")).to_be_visible()
    for label in ("Script link", "Data link"):
        link = page.get_by_test_id("stLinkButton").filter(has_text=label).locator("a")
        assert link.get_attribute("href") is None
    web = page.get_by_test_id("stLinkButton").filter(has_text="Web link").locator("a")
    expect(web).to_have_attribute("href", "https://example.org/")
    expect(page.get_by_test_id("stImage").locator("a")).to_have_count(0)
    expect(page.get_by_role("link", name="md web")).to_have_attribute("href", "https://example.org/md")
    expect(page.get_by_role("link", name="html mail")).to_have_attribute("href", "mailto:a@example.org")
    expect(page.locator('a[href^="javascript:"], a[href^="data:"], a[href^="vbscript:"]')).to_have_count(0)
    dropped = sorted({text.split(": only")[0] for text in warnings if "dropped the link" in text})
    assert dropped == [
        "st.image: dropped the link 'javascript:alert(1)'",
        "st.link_button: dropped the link 'data:text/html,<script>alert(1)</script>'",
        "st.link_button: dropped the link 'javascript:alert(1)'",
        'wasmlit: dropped the link "data:text/html,x" in HTML',
        'wasmlit: dropped the link "data:text/html,x" in Markdown',
        'wasmlit: dropped the link "javascript:alert(1)" in HTML',
        'wasmlit: dropped the link "javascript:alert(1)" in Markdown',
    ], dropped
