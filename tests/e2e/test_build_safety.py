"""Sites from the build's safety rules work in the page: a build that could not sandbox
the app's code (a loading screen, no first paint), a script saved with a byte order mark,
a site rebuilt into a folder with kept entries."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import EXAMPLES, AppPage, SiteServer
from wasmlit_build import sandbox


def test_without_a_sandbox_the_site_boots_from_its_loading_screen(
    sites: SiteServer, app_page: AppPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sandbox, "detect", lambda: sandbox.NoSandbox("a machine without a permission model"))
    url = sites.build(EXAMPLES / "counter.py", name="counter-unsandboxed")
    html = (sites.folder(url) / "index.html").read_text()
    assert 'id="wasmlit-first-paint"' not in html and 'class="wl-boot"' in html
    page = app_page.open(url)
    page.get_by_role("button", name="Increment").click()
    app_page.wait_for_run()
    expect(page.get_by_test_id("stMarkdown").last).to_have_text("Count = 1")


def test_a_script_saved_with_a_byte_order_mark_runs_in_the_page(
    sites: SiteServer, app_page: AppPage, tmp_path: Path
) -> None:
    script = tmp_path / "bom_app.py"
    script.write_bytes(b"\xef\xbb\xbfimport streamlit as st\nst.title('Saved with a BOM')\nst.button('Press')\n")
    page = app_page.open(sites.build(script, prerender=False))
    expect(page.get_by_role("heading", level=1)).to_have_text("Saved with a BOM")
    page.get_by_role("button", name="Press").click()
    app_page.wait_for_run()
    expect(page.get_by_test_id("stException")).to_have_count(0)


def test_a_site_rebuilt_beside_kept_entries_serves_them_and_the_new_site(
    sites: SiteServer, app_page: AppPage, tmp_path: Path
) -> None:
    from wasmlit_build.pipeline import BuildRequest, build

    folder = sites.root / "kept"
    folder.mkdir()
    (folder / "CNAME").write_text("apps.example.org\n")
    script = tmp_path / "app.py"
    for title in ("First", "Second"):
        script.write_text(f"import streamlit as st\nst.title('{title}')\n")
        build(BuildRequest(script=str(script), output=folder, keep=["CNAME"]), report=lambda message: None)
    page = app_page.open(f"{sites.base_url}kept/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Second")
    assert page.request.get(f"{sites.base_url}kept/CNAME").text() == "apps.example.org\n"
