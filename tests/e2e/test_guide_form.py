"""The session-state guide's Example 4: a form whose submit callback updates a counter and
the time it was last updated. Edits stay in the page until Update is pressed."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.e2e.conftest import AppPage, SiteServer


def test_form_values_reach_the_callback_only_on_submit(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("form_callback.py"))
    markdown = page.get_by_test_id("stMarkdown")
    expect(markdown.nth(0)).to_have_text("Current Count = 0")
    expect(markdown.nth(1)).to_have_text("Last Updated = 00:00:00")

    form = page.get_by_test_id("stForm")
    time_input = form.get_by_test_id("stTimeInput")
    hour = time_input.get_by_role("spinbutton", name="hour, Enter the time")
    hour.focus()
    page.keyboard.type("08")
    minute = time_input.get_by_role("spinbutton", name="minute, Enter the time")
    minute.focus()
    page.keyboard.type("45")
    value = form.get_by_role("spinbutton", name="Enter a value")
    value.fill("5")
    value.press("Tab")
    # Inside a form nothing runs until the submit button is pressed.
    expect(markdown.nth(0)).to_have_text("Current Count = 0")
    assert page.get_by_test_id("stApp").get_attribute("data-test-script-state") == "notRunning"

    form.get_by_role("button", name="Update").click()
    app_page.wait_for_run()
    expect(markdown.nth(0)).to_have_text("Current Count = 5")
    expect(markdown.nth(1)).to_have_text("Last Updated = 08:45:00")

    form.get_by_role("button", name="Update").click()
    app_page.wait_for_run()
    expect(markdown.nth(0)).to_have_text("Current Count = 10")
