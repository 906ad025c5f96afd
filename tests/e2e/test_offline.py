"""Offline use in Chromium: the service worker (web/offline/), and the home folder kept in
the browser (web/worker/home_folder.js)."""

from __future__ import annotations

import shutil
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from tests.e2e.conftest import AppPage, SiteServer
from wasmlit_build.pipeline import BuildRequest, build

APPS = Path(__file__).parent / "apps"
CONTROLLED = "navigator.serviceWorker.controller !== null"


def wait_until_controlled(page: Page) -> None:
    """The service worker registers once the app is interactive, precaches, then takes over."""
    page.wait_for_function(CONTROLLED, timeout=60_000)


def click(app_page: AppPage, name: str) -> None:
    app_page.page.get_by_role("button", name=name).click()
    app_page.wait_for_run()


def last_text(page: Page) -> str:
    return page.get_by_test_id("stMarkdown").last.inner_text()


def test_a_visited_site_reloads_and_runs_offline(sites: SiteServer, app_page: AppPage) -> None:
    url = sites.build(APPS / "offline_counter.py", "offline-reload")
    page = app_page.open(url)
    wait_until_controlled(page)
    page.context.set_offline(True)
    page.reload()
    app_page.wait_connected()
    app_page.wait_for_run()
    click(app_page, "Increment")
    assert last_text(page) == "Count = 1"
    # Offline, the page comes from the cache: a site never visited fails as usual.
    assert page.evaluate(CONTROLLED)


def test_a_new_deployment_is_offered_and_taken_on_the_visitors_word(
    sites: SiteServer, app_page: AppPage, tmp_path: Path
) -> None:
    url = sites.build(APPS / "offline_counter.py", "offline-deploy", snapshot=False, prerender=False)
    page = app_page.open(url)
    wait_until_controlled(page)
    click(app_page, "Increment")  # the visitor did something: no reload without asking

    changed = tmp_path / "offline_counter.py"
    changed.write_text((APPS / "offline_counter.py").read_text().replace("first version", "second version"))
    request = BuildRequest(script=str(changed), output=sites.folder(url), snapshot=False, prerender=False)
    build(request, report=lambda message: None)
    page.evaluate("navigator.serviceWorker.getRegistration().then((registration) => registration.update())")

    notice = page.get_by_test_id("wlNotice")
    expect(notice).to_contain_text("A new version of this app is available.", timeout=60_000)
    # Until the reload the tab keeps its own version, whole.
    click(app_page, "Increment")
    assert last_text(page) == "Count = 2"
    expect(page.get_by_role("heading", level=1)).to_have_text("Offline counter, first version")
    page.get_by_test_id("wlNoticeAction").click()
    app_page.wait_connected()
    expect(page.get_by_role("heading", level=1)).to_have_text("Offline counter, second version")
    # The old version's cache is deleted once no tab uses it: one version cache is left.
    page.wait_for_function(
        """caches.keys().then((names) => names.filter(
             (name) => name.includes('/offline-deploy/ ') && !name.endsWith(' clients')).length === 1)""",
        timeout=30_000,
    )


def save_note(app_page: AppPage, text: str) -> None:
    field = app_page.page.get_by_label("Note")
    field.fill(text)
    field.press("Enter")
    app_page.wait_for_run()
    click(app_page, "Save note")


def test_files_in_the_home_folder_outlive_a_reload_and_stay_with_their_site(
    sites: SiteServer, app_page: AppPage, browser: Browser
) -> None:
    url = sites.build(APPS / "home_notes.py", "home-notes")
    page = app_page.open(url)
    expect(page.get_by_test_id("stMarkdown").last).to_have_text("Saved notes: none")
    save_note(app_page, "milk")
    save_note(app_page, "eggs")
    assert last_text(page) == "Saved notes: milk, eggs"

    page.reload()
    app_page.wait_connected()
    expect(page.get_by_test_id("stMarkdown").last).to_have_text("Saved notes: milk, eggs")

    # Another site on the same origin (a second GitHub Pages project site) has its own.
    twin = sites.folder(url).with_name("home-notes-twin")
    shutil.copytree(sites.folder(url), twin)
    page.goto(url.replace("/home-notes/", "/home-notes-twin/"))
    app_page.wait_connected()
    app_page.wait_for_run()
    expect(page.get_by_test_id("stMarkdown").last).to_have_text("Saved notes: none")

    # Another browser profile starts empty.
    fresh = browser.new_context()
    try:
        other = AppPage(fresh.new_page())
        other.open(url)
        expect(other.page.get_by_test_id("stMarkdown").last).to_have_text("Saved notes: none")
        assert not other.unexpected_console_errors()
    finally:
        fresh.close()


def clear_saved_data_from_the_menu(page: Page) -> None:
    page.get_by_test_id("stMainMenuButton").click()
    page.get_by_test_id("stMainMenuItem-clearSavedData").click()


def test_clear_saved_data_deletes_the_files_after_the_visitor_confirms(sites: SiteServer, app_page: AppPage) -> None:
    # An app that keeps no file: its menu has no "Clear saved data".
    page = app_page.open(sites.build(APPS / "offline_counter.py", "offline-reload"))
    page.get_by_test_id("stMainMenuButton").click()
    expect(page.get_by_test_id("stMainMenuItem-print")).to_be_visible()
    expect(page.get_by_test_id("stMainMenuItem-clearSavedData")).to_have_count(0)

    page = app_page.open(sites.copy(sites.build(APPS / "home_notes.py", "home-notes"), "home-notes-clear"))
    save_note(app_page, "secret")
    assert last_text(page) == "Saved notes: secret"

    page.once("dialog", lambda dialog: dialog.dismiss())
    clear_saved_data_from_the_menu(page)
    page.reload()
    app_page.wait_connected()
    expect(page.get_by_test_id("stMarkdown").last).to_have_text("Saved notes: secret")

    page.once("dialog", lambda dialog: dialog.accept())
    with page.expect_navigation():
        clear_saved_data_from_the_menu(page)
    app_page.wait_connected()
    expect(page.get_by_test_id("stMarkdown").last).to_have_text("Saved notes: none")


def sw_files(page: Page) -> list[dict[str, object]]:
    text = page.evaluate("fetch('sw.js').then((response) => response.text())")
    start = text.index("{")
    end = text.index(";\n")
    return page.evaluate(f"({text[start:end]}).files")


def test_chart_libraries_an_app_never_names_are_cached_on_first_use(sites: SiteServer, app_page: AppPage) -> None:
    # In a folder of its own: the build reads every Python file of the app folder.
    url = sites.build(APPS / "hidden_chart" / "app.py", "offline-hidden-chart", prerender=False)
    page = app_page.open(url)
    on_demand = [file["path"] for file in sw_files(page) if file.get("onDemand")]
    # Vega's code, Plotly's, Graphviz's and Leaflet's: none is named by the script.
    assert len(on_demand) >= 4
    wait_until_controlled(page)
    # Install fetched none of them; the page drew its chart before the worker took over.
    cached = page.evaluate(
        "caches.keys().then((names) => Promise.all(names.map((name) => caches.open(name).then((cache) => cache.keys())))).then((lists) => lists.flat().map((request) => request.url))"
    )
    assert not [path for path in on_demand if any(url.endswith(path) for url in cached)]
    # Drawn again under the service worker, Vega's files are kept; offline, the chart still draws.
    page.reload()
    expect(page.get_by_test_id("stVegaLiteChart").locator("svg.marks")).to_have_count(1, timeout=60_000)
    page.context.set_offline(True)
    page.reload()
    expect(page.get_by_test_id("stVegaLiteChart").locator("svg.marks")).to_have_count(1, timeout=60_000)


def test_stdlib_modules_downloaded_on_first_import_are_there_offline(sites: SiteServer, app_page: AppPage) -> None:
    """The stdlib pieces the page's zip lacks are precached: an import made for the first
    time offline still finds its module."""
    page = app_page.open(sites.build(APPS / "stdlib_on_demand" / "app.py", "offline-stdlib"))
    wait_until_controlled(page)
    page.context.set_offline(True)
    page.reload()
    app_page.wait_connected()
    app_page.wait_for_run()
    click(app_page, "Compare")
    assert last_text(page) == "Ratio: 0.615"
    assert app_page.unexpected_console_errors() == []
