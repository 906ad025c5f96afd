"""Text elements render with Streamlit's DOM, and an uncaught exception leaves the app alive."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.conftest import AppPage, SiteServer


def test_text_elements_use_streamlits_test_ids(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("text_elements.py"))
    expect(page.get_by_test_id("stHeading").locator("h1")).to_have_text("Text elements")
    expect(page.get_by_test_id("stHeading").locator("h2")).to_have_text("A header")
    expect(page.locator("h1#text-elements")).to_have_count(1)
    expect(page.get_by_test_id("stMarkdownContainer").locator("strong").first).to_have_text("bold")
    link = page.get_by_role("link", name="link")
    expect(link).to_have_attribute("target", "_blank")
    expect(page.get_by_test_id("stCaptionContainer")).to_have_text("A caption: small and muted.")
    expect(page.get_by_test_id("stCode")).to_contain_text("return 'world'")
    expect(page.get_by_test_id("stText")).to_have_text("Plain text keeps    its spaces.")
    for kind, text in [("Success", "It worked."), ("Info", "Something to know."), ("Warning", "Something to watch.")]:
        expect(page.get_by_test_id(f"stAlertContent{kind}")).to_have_text(text)
    expect(page.get_by_test_id("stAlertContentError")).to_have_text("Something went wrong.")
    expect(page.get_by_role("alert").filter(has_text="Something went wrong.")).to_have_count(1)
    expect(page.get_by_text("Several values: 42 3.5 True None")).to_be_visible()
    expect(page.get_by_test_id("stJson")).to_contain_text('"wasmlit"')


def test_uncaught_exception_is_shown_and_the_app_stays_interactive(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("text_elements.py"))
    page.get_by_role("button", name="Divide by zero").click()
    app_page.wait_for_run()
    exception = page.get_by_test_id("stException")
    expect(exception.get_by_test_id("stExceptionMessage")).to_have_text("ZeroDivisionError: division by zero")
    rows = exception.get_by_test_id("stExceptionTraceRow")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(re.compile(r'File "/app/text_elements\.py", line \d+, in <module>'))
    expect(rows.first).to_contain_text("1 / 0")
    expect(page.get_by_text("Clicks: 0")).to_be_visible()

    page.get_by_role("button", name="Count").click()
    app_page.wait_for_run()
    expect(page.get_by_text("Clicks: 1")).to_be_visible()
    expect(page.get_by_test_id("stException")).to_have_count(0)
