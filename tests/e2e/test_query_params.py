"""st.query_params in Chromium: read on the first run, written back to the address bar."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.e2e.conftest import AppPage, SiteServer


def test_query_params_round_trip_through_the_address_bar(sites: SiteServer, app_page: AppPage) -> None:
    url = sites.build("query_params.py")
    page = app_page.open(f"{url}?colour=red&tag=x&tag=y&embed=true")
    main = page.get_by_test_id("stMain")
    expect(main).to_contain_text("Current params: {'colour': 'red', 'tag': 'y'}")
    expect(main).to_contain_text("All values of tag: ['x', 'y']")
    page.evaluate("window.__noReload = true")
    history_before = page.evaluate("history.length")

    page.get_by_role("button", name="Set colour=blue").click()
    app_page.wait_for_run()
    expect(page).to_have_url(f"{url}?colour=blue&tag=x&tag=y&embed=true")
    assert page.evaluate("history.length") == history_before + 1, "a write adds a history entry, as in Streamlit"
    assert page.evaluate("window.__noReload") is True, "the address changed without a reload"

    page.get_by_role("button", name="Add tags a and b").click()
    app_page.wait_for_run()
    expect(page).to_have_url(f"{url}?colour=blue&tag=a&tag=b&embed=true")
    page.reload()
    app_page.wait_connected()
    app_page.wait_for_run()
    expect(main).to_contain_text("All values of tag: ['a', 'b']")

    page.go_back()
    app_page.wait_for_run()
    expect(page).to_have_url(f"{url}?colour=blue&tag=x&tag=y&embed=true")
    expect(main).to_contain_text("All values of tag: ['x', 'y']")

    page.get_by_role("button", name="Clear").click()
    app_page.wait_for_run()
    expect(page).to_have_url(f"{url}?embed=true")
