"""Booting: a site works from a sub-path and from a root, and a broken site says why."""

from __future__ import annotations

import io
import re
import shutil
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import AppPage, SiteServer
from wasmlit_build.archive import bundle_zip_of
from wasmlit_build.serve import make_server


def delete(pattern: str) -> Callable[[Path], None]:
    def mutate(site: Path) -> None:
        matches = list(site.glob(pattern))
        assert matches, pattern
        for path in matches:
            path.unlink()

    return mutate


def corrupt(pattern: str) -> Callable[[Path], None]:
    def mutate(site: Path) -> None:
        for path in site.glob(pattern):
            path.write_bytes(b"\x00asm not really wasm")

    return mutate


@pytest.mark.parametrize(
    ("name", "mutate", "reason"),
    [
        ("no-wasm", delete("pyodide/pyodide.asm.wasm"), r"pyodide\.asm\.wasm could not be loaded \(HTTP 404"),
        ("bad-wasm", corrupt("pyodide/pyodide.asm.wasm"), r"WebAssembly\) failed to start: CompileError"),
        # The stdlib zip a page restored from the snapshot boots with (stdlib_split.py).
        ("no-stdlib", delete("assets/stdlib-*.zip.gz"), r"stdlib-\w+\.zip\.gz could not be loaded \(HTTP 404"),
        ("no-app-files", delete("assets/app-*.zip.gz"), r"app-\w+\.zip\.gz could not be loaded \(HTTP 404"),
        ("no-worker", delete("assets/worker-*.js"), r"Python worker could not be started"),
        ("no-page-script", delete("assets/main-*.js"), r"page script \(assets/main-\w+\.js\) did not load"),
    ],
)
def test_a_broken_site_shows_the_reason(
    sites: SiteServer, app_page: AppPage, name: str, mutate: Callable[[Path], None], reason: str
) -> None:
    url = sites.copy(sites.build("counter.py"), name)
    mutate(sites.folder(url))
    app_page.expect_console_error(".")  # the browser and Pyodide log the failure too
    app_page.page.goto(url)
    failure = app_page.page.get_by_role("alert")
    expect(failure).to_contain_text("This app could not start", timeout=60_000)
    expect(failure).to_contain_text(re.compile(reason))


def test_loading_screen_reports_download_progress(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.page
    page.goto(sites.build("counter.py", name="no-first-paint", prerender=False))
    progress = page.get_by_test_id("wlBootProgress")
    expect(progress).to_contain_text("MB", timeout=60_000)
    app_page.wait_connected()
    expect(progress).to_have_count(0)


def test_site_served_from_the_host_root(sites: SiteServer, tmp_path: Path, app_page: AppPage) -> None:
    # The session's build of the counter, copied: a build's files do not depend on where they go.
    shutil.copytree(sites.folder(sites.build("counter.py")), tmp_path / "site")
    server = make_server(tmp_path / "site")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        page = app_page.open(f"http://127.0.0.1:{server.port}/")
        page.get_by_role("button", name="Increment").click()
        app_page.wait_for_run()
        expect(page.get_by_test_id("stMarkdown").last).to_have_text("Count = 1")
    finally:
        server.shutdown()


def test_a_site_without_a_snapshot_boots_from_the_runtime_bytecode(sites: SiteServer, app_page: AppPage) -> None:
    url = sites.build("counter.py", name="no-snapshot", snapshot=False)
    shipped = list((sites.folder(url) / "assets").glob("app-*.zip.gz"))
    assert len(shipped) == 1
    names = zipfile.ZipFile(io.BytesIO(bundle_zip_of(shipped[0].read_bytes()))).namelist()
    assert "runtime/wasmlit/__init__.pyc" in names and "runtime/wasmlit/__init__.py" not in names
    page = app_page.open(url)
    assert app_page.page.workers[0].evaluate("self.__wasmlit.bootMode") == "normal"
    page.get_by_role("button", name="Increment").click()
    app_page.wait_for_run()
    expect(page.get_by_test_id("stMarkdown").last).to_have_text("Count = 1")
