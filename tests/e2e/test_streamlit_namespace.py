"""Streamlit's namespace and module paths under Pyodide, in the browser."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import expect

from tests.e2e.conftest import AppPage, SiteServer

APPS = Path(__file__).resolve().parent / "apps"


def test_module_paths_dedent_and_bottom_work_in_the_page(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APPS / "streamlit_namespace.py"))
    expect(page.get_by_role("heading", name="Indented heading", level=3)).to_be_visible()
    expect(page.get_by_test_id("stMarkdownContainer").locator("strong").first).to_have_text("bold")
    expect(page.get_by_test_id("stCode")).to_have_count(0)
    texts = page.get_by_test_id("stText")
    expect(texts.nth(0)).to_have_text("runtime exists: True, run context: True")
    expect(texts.nth(1)).to_contain_text("No module named 'streamlit.web.server' in wasmlit: ")
    expect(page.get_by_test_id("stBottom")).to_contain_text("Pinned below")


def test_a_command_wasmlit_lacks_shows_one_clear_error(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APPS / "streamlit_namespace.py"))
    page.get_by_role("button", name="Use st.pagination").click()
    app_page.wait_for_run()
    expect(page.get_by_test_id("stExceptionMessage")).to_contain_text(
        "st.pagination is not supported in wasmlit yet: the page has no component for this widget."
    )
    expect(page.get_by_test_id("stBottom")).to_contain_text("Pinned below")
