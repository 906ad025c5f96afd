"""The page ships only the standard-library files the build saw the app import; any
other stdlib module is downloaded the first time it is imported (stdlib_split.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import AppPage, SiteServer

APP = Path(__file__).resolve().parent / "apps" / "stdlib_on_demand" / "app.py"


def _stdlib_downloads(app_page: AppPage) -> list[str]:
    worker = next(worker for worker in app_page.page.workers if worker.evaluate("Boolean(self.__wasmlit)"))
    return list(worker.evaluate("self.__wasmlit.stdlibDownloads"))


def _press(app_page: AppPage, label: str) -> None:
    app_page.page.get_by_role("button", name=label).click()
    app_page.wait_for_run()


def test_the_counter_downloads_no_stdlib_module_after_boot(sites: SiteServer, app_page: AppPage) -> None:
    app_page.open(sites.build("counter.py"))
    for _ in range(2):
        app_page.page.get_by_role("button", name="Increment").click()
        app_page.wait_for_run()
    expect(app_page.page.get_by_test_id("stMarkdown").last).to_have_text("Count = 2")
    assert _stdlib_downloads(app_page) == []
    assert app_page.unexpected_console_errors() == []


@pytest.mark.parametrize("snapshot", [True, False], ids=["snapshot", "no-snapshot"])
def test_modules_the_build_did_not_see_are_downloaded_on_first_import(
    sites: SiteServer, app_page: AppPage, snapshot: bool
) -> None:
    page = app_page.open(sites.build(APP, snapshot=snapshot))
    assert _stdlib_downloads(app_page) == []
    _press(app_page, "Compare")
    expect(page.get_by_test_id("stMarkdown").last).to_have_text("Ratio: 0.615")
    _press(app_page, "Mail")
    expect(page.get_by_test_id("stCode")).to_contain_text('Content-Type: text/plain; charset="us-ascii"')
    _press(app_page, "Codec")
    expect(page.get_by_test_id("stMarkdown").last).to_have_text("Bytes: [233, 128]")
    downloads = _stdlib_downloads(app_page)
    assert {"difflib", "email", "encodings"} <= set(downloads)
    assert len(downloads) == len(set(downloads)), "each piece is downloaded once"
    # A second press imports nothing new.
    _press(app_page, "Compare")
    assert _stdlib_downloads(app_page) == downloads
    _press(app_page, "Missing")
    expect(page.get_by_test_id("stException")).to_contain_text("No module named 'not_a_module_anywhere'")
    assert app_page.unexpected_console_errors() == []


@pytest.mark.parametrize("snapshot", [True, False], ids=["snapshot", "no-snapshot"])
def test_a_traceback_shows_the_lines_of_stdlib_files(sites: SiteServer, app_page: AppPage, snapshot: bool) -> None:
    """With a snapshot the page's zip lacks the files of the modules it holds: their
    lines come from the module's piece."""
    page = app_page.open(sites.build(APP, snapshot=snapshot))
    _press(app_page, "Bad JSON")
    trace = page.get_by_test_id("stException")
    expect(trace).to_contain_text("json/decoder.py")
    expect(trace).to_contain_text("obj, end = self.scan_once(s, idx)")
    assert app_page.unexpected_console_errors() == []
