"""A one-file app (--single-file) opened from file:// in Chromium, with no network at all."""

from __future__ import annotations

import gzip
from pathlib import Path

from playwright.sync_api import Browser, Route, expect

from tests.e2e.conftest import EXAMPLES, AppPage, SiteServer
from wasmlit_build.pipeline import BuildRequest, build

APPS = Path(__file__).parent / "apps"
LOCAL = ("file:", "blob:", "data:")
# A face of the family was loaded (document.fonts.check is also true when there is none).
FONT_LOADED = """(family) => [...document.fonts].some(
    (face) => face.family.replaceAll('"', "") === family && face.status === "loaded")"""


def build_one_file(script: Path, output: Path) -> Path:
    build(BuildRequest(script=str(script), output=output, single_file=True), report=lambda message: None)
    return output


def open_without_network(browser: Browser, page_file: Path) -> tuple[AppPage, list[str]]:
    """The page from its file:// address; any other request is refused, and recorded."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    refused: list[str] = []

    def refuse(route: Route) -> None:
        if route.request.url.startswith(LOCAL):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    context.route("**/*", refuse)
    app_page = AppPage(context.new_page())
    app_page.open(page_file.as_uri())
    return app_page, refused


def test_a_one_file_app_runs_from_file_with_no_network(browser: Browser, tmp_path: Path) -> None:
    page_file = build_one_file(EXAMPLES / "counter.py", tmp_path / "counter.html")
    app_page, refused = open_without_network(browser, page_file)
    try:
        page = app_page.page
        expect(page.get_by_role("heading", level=1)).to_have_text("Counter Example")
        for _ in range(2):
            page.get_by_role("button", name="Increment").click()
            app_page.wait_for_run()
        expect(page.get_by_test_id("stMarkdown").last).to_have_text("Count = 2")
        # The text font came out of the file too.
        page.wait_for_function(FONT_LOADED, arg="Source Sans")
        assert refused == []
        assert app_page.unexpected_console_errors() == []
    finally:
        app_page.page.context.close()


def test_a_one_file_app_is_no_bigger_than_its_site_gzipped_plus_five_percent(sites: SiteServer, tmp_path: Path) -> None:
    site = sites.folder(sites.build("counter.py"))
    site_gzip = sum(len(gzip.compress(path.read_bytes(), 9)) for path in site.rglob("*") if path.is_file())
    page_file = build_one_file(EXAMPLES / "counter.py", tmp_path / "counter.html")
    assert page_file.stat().st_size <= site_gzip * 1.05


def test_a_one_file_app_with_math_and_icons_draws_them_offline(browser: Browser, tmp_path: Path) -> None:
    page_file = build_one_file(APPS / "math.py", tmp_path / "math.html")
    app_page, refused = open_without_network(browser, page_file)
    try:
        page = app_page.page
        expect(page.locator(".katex").first).to_be_visible()
        page.wait_for_function(FONT_LOADED, arg="KaTeX_Main")
        assert refused == []
        assert app_page.unexpected_console_errors() == []
    finally:
        app_page.page.context.close()


def test_a_one_file_app_keeps_its_home_folder_across_a_reload(browser: Browser, tmp_path: Path) -> None:
    page_file = build_one_file(APPS / "home_notes.py", tmp_path / "notes.html")
    app_page, refused = open_without_network(browser, page_file)
    try:
        page = app_page.page
        field = page.get_by_label("Note")
        field.fill("tea")
        field.press("Enter")
        app_page.wait_for_run()
        page.get_by_role("button", name="Save note").click()
        app_page.wait_for_run()
        expect(page.get_by_test_id("stMarkdown").last).to_have_text("Saved notes: tea")
        page.reload()
        app_page.wait_connected()
        expect(page.get_by_test_id("stMarkdown").last).to_have_text("Saved notes: tea")
        assert refused == []
        assert app_page.unexpected_console_errors() == []
    finally:
        app_page.page.context.close()


def test_a_one_file_app_imports_stdlib_modules_the_build_did_not_see(browser: Browser, tmp_path: Path) -> None:
    page_file = build_one_file(APPS / "stdlib_on_demand" / "app.py", tmp_path / "stdlib.html")
    app_page, refused = open_without_network(browser, page_file)
    try:
        page = app_page.page
        page.get_by_role("button", name="Compare").click()
        app_page.wait_for_run()
        expect(page.get_by_test_id("stMarkdown").last).to_have_text("Ratio: 0.615")
        assert refused == []
        assert app_page.unexpected_console_errors() == []
    finally:
        app_page.page.context.close()
