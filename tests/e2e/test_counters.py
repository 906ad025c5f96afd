"""The counter apps from Streamlit's session-state guide, clicked in Chromium."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import AppPage, SiteServer


def click(app_page: AppPage, name: str, times: int = 1) -> None:
    for _ in range(times):
        app_page.page.get_by_role("button", name=name).click()
        app_page.wait_for_run()


def count_text(app_page: AppPage) -> str:
    return app_page.page.get_by_test_id("stMarkdown").last.inner_text()


def test_session_state_counter_counts_three_clicks(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("counter.py"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Counter Example")
    assert count_text(app_page) == "Count = 0"
    click(app_page, "Increment", 3)
    expect(page.get_by_test_id("stMarkdown").last).to_have_text("Count = 3")


def test_plain_variable_counter_never_passes_one(sites: SiteServer, app_page: AppPage) -> None:
    app_page.open(sites.build("counter_plain_variable.py"))
    assert count_text(app_page) == "Count = 0"
    for _ in range(3):
        click(app_page, "Increment")
        assert count_text(app_page) == "Count = 1"


def test_callback_counter(sites: SiteServer, app_page: AppPage) -> None:
    app_page.open(sites.build("counter_callback.py"))
    click(app_page, "Increment", 2)
    assert count_text(app_page) == "Count = 2"


def test_kwargs_counter_adds_five_and_subtracts_one(sites: SiteServer, app_page: AppPage) -> None:
    app_page.open(sites.build("counter_kwargs.py"))
    click(app_page, "Increment")
    assert count_text(app_page) == "Count = 5"
    click(app_page, "Decrement", 2)
    assert count_text(app_page) == "Count = 3"


def test_rapid_clicks_are_never_lost(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("counter.py"))
    button = page.get_by_role("button", name="Increment")
    for _ in range(200):
        button.click(delay=0, no_wait_after=True)
    expect(page.get_by_test_id("stMarkdown").last).to_have_text("Count = 200", timeout=60_000)
    app_page.wait_for_run()
    assert count_text(app_page) == "Count = 200"


@pytest.mark.parametrize("script", ["counter.py"])
def test_page_looks_like_streamlit(sites: SiteServer, app_page: AppPage, script: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = app_page.open(sites.build(script))
    app = page.get_by_test_id("stApp")
    expect(app).to_have_attribute("data-test-script-state", "notRunning")
    expect(page.get_by_test_id("stMainBlockContainer")).to_be_visible()
    button = page.get_by_test_id("stBaseButton-secondary")
    expect(button).to_have_text("Increment")
    assert re.search(r"Source Sans", page.evaluate("getComputedStyle(document.body).fontFamily"))
    page.screenshot(path=str(tmp_path / "counter.png"))
