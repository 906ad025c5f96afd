"""examples/caching.py in Chromium: the expensive function runs once until its cache is cleared."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.e2e.conftest import AppPage, SiteServer


def test_cached_function_runs_once_across_reruns_until_cleared(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("caching.py"))
    main = page.get_by_test_id("stMain")
    expect(main).to_contain_text("The expensive function ran 1 time(s).")
    expect(main).to_contain_text("Runs recorded in the shared resource: 1")
    for runs in (2, 3):
        page.get_by_role("button", name="Rerun the script").click()
        app_page.wait_for_run()
        expect(main).to_contain_text(f"Runs recorded in the shared resource: {runs}")
        expect(main).to_contain_text("The expensive function ran 1 time(s).")
    expect(page.get_by_test_id("stSpinner")).to_have_count(0)
    page.get_by_role("button", name="Clear the data cache").click()
    expect(page.get_by_test_id("stSpinner")).to_contain_text("Computing squares...")
    app_page.wait_for_run()
    expect(main).to_contain_text("The expensive function ran 2 time(s).")
    expect(page.get_by_test_id("stSpinner")).to_have_count(0)
