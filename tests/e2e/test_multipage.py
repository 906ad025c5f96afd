"""Multipage apps in Chromium: page addresses on a static host, from a sub-path."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.e2e.conftest import AppPage, SiteServer


def heading(app_page: AppPage) -> str:
    return app_page.page.get_by_role("heading", level=1).inner_text()


def click_page(app_page: AppPage, title: str) -> None:
    app_page.page.get_by_test_id("stSidebarNavLink").filter(has_text=title).click()
    app_page.wait_for_run()


def test_every_page_has_an_address_that_survives_reload_and_sharing(
    sites: SiteServer, app_page: AppPage, browser
) -> None:  # type: ignore[no-untyped-def]
    url = sites.build("multipage/app.py", name="multipage")
    page = app_page.open(url)
    assert heading(app_page) == "Home"
    links = page.get_by_test_id("stSidebarNavLink")
    expect(links).to_contain_text(["Home", "Reports", "Settings", "About"])
    expect(page.get_by_test_id("stNavSectionHeader")).to_have_text(["Work", "Help"])
    click_page(app_page, "Reports")
    assert heading(app_page) == "Reports"
    assert page.url == f"{url}#/reports", "the address names the page, under the site's sub-path"
    expect(links.filter(has_text="Reports")).to_have_attribute("aria-current", "page")
    page.reload()
    app_page.wait_connected()
    app_page.wait_for_run()
    assert heading(app_page) == "Reports", "a reload stays on the page"

    shared = browser.new_context().new_page()  # someone the link was shared with
    shared.goto(f"{url}?year=2023#/reports")
    shared.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=60_000)
    expect(shared.get_by_role("heading", level=1)).to_have_text("Reports")
    expect(shared.get_by_test_id("stMain")).to_contain_text("Showing the report for 2023")
    shared.context.close()


def test_back_and_forward_move_between_pages_without_reloading(sites: SiteServer, app_page: AppPage) -> None:
    url = sites.build("multipage/app.py", name="multipage")
    page = app_page.open(url)
    page.evaluate("window.__noReload = true")
    click_page(app_page, "Settings")
    click_page(app_page, "About")
    page.go_back()
    app_page.wait_for_run()
    expect(page.get_by_role("heading", level=1)).to_have_text("Settings")
    assert page.url == f"{url}#/settings"
    page.go_back()
    app_page.wait_for_run()
    expect(page.get_by_role("heading", level=1)).to_have_text("Home")
    assert page.url == url
    page.go_forward()
    app_page.wait_for_run()
    expect(page.get_by_role("heading", level=1)).to_have_text("Settings")
    assert page.evaluate("window.__noReload") is True


def test_switch_page_page_link_and_shared_session_state(sites: SiteServer, app_page: AppPage) -> None:
    url = sites.build("multipage/app.py", name="multipage")
    page = app_page.open(url)
    page.get_by_role("button", name="Like").click()
    app_page.wait_for_run()
    page.get_by_role("button", name="Open the 2024 report").click()
    app_page.wait_for_run()
    expect(page.get_by_role("heading", level=1)).to_have_text("Reports")
    assert page.url == f"{url}?year=2024#/reports"
    expect(page.get_by_test_id("stMain")).to_contain_text("Likes from the home page: 1")
    page.go_back()
    app_page.wait_for_run()
    expect(page.get_by_role("heading", level=1)).to_have_text("Home")
    page.get_by_test_id("stPageLink-NavLink").click()
    app_page.wait_for_run()
    expect(page.get_by_role("heading", level=1)).to_have_text("Settings")
    assert page.url == f"{url}#/settings"


def test_an_unknown_address_runs_the_main_page_and_says_so(sites: SiteServer, app_page: AppPage) -> None:
    url = sites.build("multipage/app.py", name="multipage")
    page = app_page.open(f"{url}#/nowhere")
    expect(page.get_by_role("heading", level=1)).to_have_text("Home")
    expect(page.get_by_test_id("wlNotice")).to_contain_text("Page not found")
    assert page.url == url


def test_a_pages_folder_app_lists_its_files_as_pages(sites: SiteServer, app_page: AppPage, tmp_path) -> None:  # type: ignore[no-untyped-def]
    url = sites.build("pages_folder/app.py", name="pages-folder")
    page = app_page.open(url)
    links = page.get_by_test_id("stSidebarNavLink")
    expect(links).to_have_count(3)
    expect(links.nth(1)).to_contain_text("Progress")
    expect(links.nth(2)).to_have_text("Settings")
    page.get_by_role("button", name="Say hello").click()
    app_page.wait_for_run()
    click_page(app_page, "Progress")
    assert page.url == f"{url}#/Progress"
    expect(page.get_by_test_id("stMain")).to_contain_text("Greetings from the first page: 1")
    page.screenshot(path=str(tmp_path / "pages-folder.png"))
    page.reload()
    app_page.wait_connected()
    app_page.wait_for_run()
    expect(page.get_by_role("heading", level=1)).to_have_text("Progress")
    page.get_by_test_id("stSidebarNavLink").filter(has_text="Settings").click()
    app_page.wait_for_run()
    page.get_by_role("button", name="Back to the welcome page").click()
    app_page.wait_for_run()
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome")
    assert page.url == url
