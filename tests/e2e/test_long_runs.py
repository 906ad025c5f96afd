"""Long runs in Chromium: the page advances while Python works; Stop; interrupts; recovery."""

from __future__ import annotations

import time

from playwright.sync_api import Page, expect

from tests.e2e.conftest import AppPage, SiteServer

RUNNING = '[data-testid="stApp"][data-test-script-state="running"]'


def progress_values_while_running(page: Page, timeout_s: float = 60) -> set[int]:
    """Progress values the page showed while the script was still running."""
    seen: set[int] = set()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        state = page.get_attribute('[data-testid="stApp"]', "data-test-script-state")
        values = page.eval_on_selector_all(
            '[data-testid="stProgressBarTrack"]', "bars => bars.map(bar => Number(bar.getAttribute('aria-valuenow')))"
        )
        if state != "running":
            return seen
        seen.update(values)
        page.wait_for_timeout(30)
    return seen


def test_a_progress_bar_shows_intermediate_values_before_the_run_ends(
    sites: SiteServer, app_page: AppPage, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    page = app_page.open(sites.build("long_run.py"))
    page.get_by_role("button", name="Start the job").click()
    page.wait_for_selector(RUNNING)
    seen = progress_values_while_running(page)
    assert any(0 < value < 100 for value in seen), f"only saw {sorted(seen)} while running"
    app_page.wait_for_run()
    expect(page.get_by_test_id("stProgressBarTrack")).to_have_attribute("aria-valuenow", "100")
    status = page.get_by_test_id("stExpander")
    expect(status).to_contain_text("Download complete")
    expect(status.get_by_test_id("stExpanderIconCheck")).to_be_visible()
    expect(page.get_by_test_id("stToast")).to_contain_text("Job finished")
    expect(page.get_by_test_id("stSpinner")).to_have_count(0)
    page.screenshot(path=str(tmp_path / "long-run.png"))


def test_spinner_status_widget_and_write_stream_during_a_run(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("long_run.py"))
    page.get_by_role("button", name="Start the job").click()
    status_widget = page.get_by_test_id("stStatusWidget")
    expect(status_widget).to_be_visible(timeout=30_000)
    expect(status_widget.get_by_role("button", name="Stop")).to_be_visible()
    expect(page.get_by_test_id("stSpinner")).to_contain_text("Tidying up...", timeout=30_000)
    expect(page.get_by_test_id("stExpander")).to_contain_text("Downloading data...", timeout=30_000)
    app_page.wait_for_run(timeout=60_000)
    expect(status_widget).to_have_count(0)

    page.get_by_role("button", name="Stream an answer").click()
    app_page.wait_for_run()
    main = page.get_by_test_id("stMain")
    expect(main).to_contain_text("Streaming answers appear word by word while the generator runs.")
    expect(main).to_contain_text("Async generators stream too.")
    expect(main).to_contain_text("10 words")


def test_a_runaway_script_is_stopped_by_restarting_python(sites: SiteServer, app_page: AppPage, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = app_page.open(sites.build("stop_and_interrupts.py"))
    page.evaluate("window.__noReload = true")
    for _ in range(2):
        page.get_by_role("button", name="Count").click()
        app_page.wait_for_run()
    page.get_by_role("button", name="Run forever").click()
    stop = page.get_by_test_id("stStatusWidget").get_by_role("button", name="Stop")
    expect(stop).to_be_visible(timeout=30_000)
    assert page.evaluate("1 + 1") == 2, "the tab stays responsive while Python loops"
    stop.click()
    notice = page.get_by_test_id("wlNotice")
    expect(notice).to_contain_text("Restarting Python")
    app_page.wait_for_run(timeout=90_000)
    expect(notice).to_contain_text("The app was restarted", timeout=30_000)
    expect(notice).to_contain_text("cannot interrupt it")
    expect(notice).to_contain_text("Not restored: lock")
    expect(page.get_by_test_id("stMain")).to_contain_text("Count: 2")
    assert page.evaluate("window.__noReload") is True, "recovered without reloading the page"
    page.screenshot(path=str(tmp_path / "restarted.png"))
    page.get_by_role("button", name="Count").click()
    app_page.wait_for_run()
    expect(page.get_by_test_id("stMain")).to_contain_text("Count: 3")


def test_clicks_during_a_runaway_run_all_count_after_stop_restarts_python(sites: SiteServer, app_page: AppPage) -> None:
    """No click is lost: the replacement worker runs the app, then each queued click in order."""
    page = app_page.open(sites.build("stop_and_interrupts.py"))
    page.get_by_role("button", name="Count").click()
    app_page.wait_for_run()
    page.get_by_role("button", name="Run forever").click()
    stop = page.get_by_test_id("stStatusWidget").get_by_role("button", name="Stop")
    expect(stop).to_be_visible(timeout=30_000)
    for _ in range(3):
        page.get_by_role("button", name="Count").click()
    stop.click()
    expect(page.get_by_test_id("wlNotice")).to_contain_text("The app was restarted", timeout=90_000)
    app_page.wait_for_run(timeout=90_000)
    expect(page.get_by_test_id("stMain")).to_contain_text("Count: 4")


def test_clicks_during_a_long_run_wait_for_it_and_are_not_lost(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("stop_and_interrupts.py"))
    page.get_by_role("button", name="Slow job").click()
    page.wait_for_selector(RUNNING)
    page.get_by_role("button", name="Count").click()
    page.get_by_role("button", name="Count").click()
    app_page.wait_for_run(timeout=60_000)
    main = page.get_by_test_id("stMain")
    expect(main).to_contain_text("Count: 2")


# ----- cross-origin isolated: the interrupt buffer reaches a busy script -------------------


def test_stop_interrupts_a_busy_loop_without_a_restart(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.isolated(sites.build("stop_and_interrupts.py")))
    assert page.evaluate("crossOriginIsolated") is True
    page.get_by_role("button", name="Run forever").click()
    stop = page.get_by_test_id("stStatusWidget").get_by_role("button", name="Stop")
    expect(stop).to_be_visible(timeout=30_000)
    stop.click()
    app_page.wait_for_run()
    expect(page.get_by_test_id("stMain")).to_contain_text("Looping...")  # kept, as after st.stop()
    expect(page.get_by_test_id("wlNotice")).to_have_count(0)


def test_a_click_interrupts_a_long_run_and_its_callback_counts(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.isolated(sites.build("stop_and_interrupts.py")))
    page.get_by_role("button", name="Slow job").click()
    page.wait_for_selector(RUNNING)
    expect(page.get_by_test_id("stProgress")).to_be_visible()
    page.get_by_role("button", name="Count").click()
    page.get_by_role("button", name="Count").click()
    app_page.wait_for_run(timeout=60_000)
    main = page.get_by_test_id("stMain")
    expect(main).to_contain_text("Count: 2")
    expect(main).not_to_contain_text("Slow job finished")  # the job was interrupted, not waited for
