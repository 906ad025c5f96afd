"""Python packages in Chromium: a pure-Python package from PyPI (with and without the
memory snapshot), packages from a (fake) Pyodide distribution through loadPackage, the
progress the worker reports, a missing or damaged wheel failing the boot with the reason,
and a compiled package from (a stand-in for) Pyodide's CDN, checked against the lock."""

from __future__ import annotations

import functools
import http.server
import json
import re
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import AppPage, SiteServer
from tests.fake_pyodide_dist import native_file_name, write_fake_cdn, write_fake_distribution
from wasmlit_build import packages, pyodide_cdn
from wasmlit_build.pip_resolve import PackageIndexUnreachableError

EXAMPLE = "packages/app.py"
DIST_APP = """\
import streamlit as st
import wlfake_stats

st.write(f"Stats: {wlfake_stats.summary([1, 2, 3])}")
"""


def build_or_skip(sites: SiteServer, script: str | Path, **options: object) -> str:
    """The example downloads humanize from PyPI on its first build (later builds use the cache)."""
    try:
        return sites.build(script, **options)  # type: ignore[arg-type]
    except PackageIndexUnreachableError as error:
        pytest.skip(f"PyPI is not reachable from this machine: {error}")


def worker_value(app_page: AppPage, expression: str) -> object:
    worker = next(worker for worker in app_page.page.workers if worker.evaluate("Boolean(self.__wasmlit)"))
    return worker.evaluate(expression)


def installed_packages(app_page: AppPage) -> list[str]:
    return sorted(worker_value(app_page, "Object.keys(self.__wasmlit.pyodide.loadedPackages)"))  # type: ignore[arg-type]


@pytest.mark.parametrize("snapshot", [True, False], ids=["snapshot", "no-snapshot"])
def test_an_app_uses_a_package_from_its_requirements(sites: SiteServer, app_page: AppPage, snapshot: bool) -> None:
    url = build_or_skip(sites, EXAMPLE, name=f"packages-{snapshot}", snapshot=snapshot)
    page = app_page.open(url)
    assert worker_value(app_page, "self.__wasmlit.bootMode") == ("snapshot" if snapshot else "normal")
    assert installed_packages(app_page) == ["humanize"]
    main = page.get_by_test_id("stMain")
    expect(main).to_contain_text("Size: 123.5 MB (117.7 MiB in binary units)")
    expect(main).to_contain_text("Visitors: 1.2 million (1,200,000)")
    page.get_by_role("slider", name="Visitors").press("ArrowRight")
    app_page.wait_for_run()
    expect(main).to_contain_text("Visitors: 1.3 million (1,300,000)")
    # The wheel's other modules import lazily from the installed files (MEMFS is not in the snapshot).
    assert worker_value(app_page, "self.__wasmlit.pyodide.runPython('import humanize.i18n; humanize.i18n.__name__')")


@pytest.fixture(scope="module")
def dist_app(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """An app whose requirement comes from a fake Pyodide distribution (see tests/fake_pyodide_dist.py)."""
    folder = tmp_path_factory.mktemp("dist-app")
    (folder / "app" / "app.py").parent.mkdir()
    (folder / "app" / "app.py").write_text(DIST_APP)
    (folder / "app" / "requirements.txt").write_text("wlfake-stats>=2\n")
    return folder / "app" / "app.py", write_fake_distribution(folder / "pyodide-dist")


def test_packages_from_a_pyodide_distribution_load_with_their_dependencies(
    sites: SiteServer, app_page: AppPage, dist_app: tuple[Path, Path]
) -> None:
    script, dist = dist_app
    page = app_page.open(sites.build(script, name="fake-dist", pyodide_dist=dist))
    expect(page.get_by_test_id("stMain")).to_contain_text("Stats: sum=6 doubled=12")
    # Installed by pyodide.loadPackage from the site's lock file: the dependency came too.
    assert installed_packages(app_page) == ["wlfake_core", "wlfake_stats"]
    assert worker_value(app_page, "self.__wasmlit.pyodide.loadedPackages.wlfake_core") == "default channel"


# Records every message the page receives from its workers, before any page script runs.
RECORD_WORKER_MESSAGES = """
const NativeWorker = window.Worker;
window.__workerMessages = [];
window.Worker = function (...args) {
  const worker = new NativeWorker(...args);
  worker.addEventListener("message", (event) => window.__workerMessages.push(event.data));
  return worker;
};
"""


def test_the_package_download_and_install_are_reported(sites: SiteServer, app_page: AppPage) -> None:
    url = build_or_skip(sites, EXAMPLE, name="packages-no-first-paint", prerender=False)
    [wheel] = sites.folder(url).glob("assets/packages/*/*.whl")
    app_page.page.add_init_script(RECORD_WORKER_MESSAGES)
    app_page.open(url)
    messages = [json.loads(text) for text in app_page.page.evaluate("window.__workerMessages")]
    stages = [(m["stage"], m["loaded"], m["total"]) for m in messages if m["type"] == "boot_progress"]
    size = wheel.stat().st_size
    assert ("Python packages", size, size) in stages
    assert stages.index(("Installing Python packages", 1, 1)) < stages.index(("Starting the app", 1, 1))


def _damage(wheel: Path) -> None:
    data = bytearray(wheel.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size, different bytes
    wheel.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("name", "mutate", "reason"),
    [
        ("missing-wheel", Path.unlink, r"humanize-[\d.]+-py3-none-any\.whl could not be loaded \(HTTP 404"),
        ("damaged-wheel", _damage, r"humanize-[\d.]+-py3-none-any\.whl is damaged: its SHA-256 is not the one"),
    ],
)
def test_a_missing_or_damaged_wheel_fails_the_boot_with_the_reason(
    sites: SiteServer, app_page: AppPage, name: str, mutate: Callable[[Path], None], reason: str
) -> None:
    built = sites.folder(build_or_skip(sites, EXAMPLE, name="packages-True", snapshot=True))
    site = sites.root / f"packages-{name}"
    shutil.copytree(built, site)
    [wheel] = site.glob("assets/packages/*/*.whl")
    mutate(wheel)
    app_page.expect_console_error(".")  # the browser and Pyodide log the failure too
    app_page.page.goto(f"{sites.base_url}packages-{name}/")
    failure = app_page.page.get_by_role("alert")
    expect(failure).to_contain_text("This app could not start", timeout=60_000)
    expect(failure).to_contain_text(re.compile(reason))


# --- Pyodide's CDN, played by a local server on another port (the real one cannot be
# reached from here). The build believes in a lock that lists a fake compiled package
# (tests/fake_pyodide_dist.py: write_fake_cdn); the page fetches it cross-origin, as it
# would fetch numpy from jsDelivr, through the same code.

CDN_APP = """\
import streamlit as st
import wlfake_native

st.write(f"Native: {wlfake_native.value()}")
"""


class _CdnHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files as jsDelivr does for the page: readable cross-origin (CORS)."""

    requested: ClassVar[list[str]] = []

    def end_headers(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def do_GET(self) -> None:
        type(self).requested.append(self.path)
        super().do_GET()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.fixture(scope="module")
def stand_in_cdn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A server for a folder holding two CDNs: ``good/`` and ``tampered/``. Yields its URL and folder."""
    folder = tmp_path_factory.mktemp("cdn")
    write_fake_cdn(folder / "good")
    write_fake_cdn(folder / "tampered", tampered=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_CdnHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", folder
    finally:
        server.shutdown()


def build_against_cdn(
    sites: SiteServer, monkeypatch: pytest.MonkeyPatch, folder: Path, cdn_url: str, name: str, **options: Any
) -> str:
    """Build ``CDN_APP`` (it imports wlfake_native without listing it) for the CDN at ``cdn_url``."""
    lock = json.loads((folder / "pyodide-lock.json").read_text())
    monkeypatch.setattr(packages, "pinned_lock", lambda: lock)
    monkeypatch.setenv(pyodide_cdn.BASE_VARIABLE, cdn_url)
    script = folder.parent / f"app-{name}" / "app.py"
    script.parent.mkdir(exist_ok=True)
    script.write_text(CDN_APP)
    return sites.build(script, name=name, **options)


@pytest.mark.parametrize("isolated", [False, True], ids=["plain", "cross-origin-isolated"])
def test_a_compiled_package_comes_from_the_cdn_with_its_dependency(
    sites: SiteServer,
    app_page: AppPage,
    monkeypatch: pytest.MonkeyPatch,
    stand_in_cdn: tuple[str, Path],
    isolated: bool,
) -> None:
    base, folder = stand_in_cdn
    url = build_against_cdn(sites, monkeypatch, folder / "good", f"{base}good/", "cdn-good")
    site = sites.folder(url)
    assert not (site / "assets" / "packages").exists()  # nothing of the packages is shipped
    assert 'id="wasmlit-first-paint"' not in (site / "index.html").read_text()  # not pre-rendered
    _CdnHandler.requested.clear()
    page = app_page.open(sites.isolated(url) if isolated else url)
    expect(page.get_by_test_id("stMain")).to_contain_text("Native: 42")
    assert installed_packages(app_page) == ["wlfake_core", "wlfake_native"]
    assert worker_value(app_page, "self.__wasmlit.bootMode") == "snapshot"  # the runtime's snapshot
    assert sorted(_CdnHandler.requested) == sorted(
        ["/good/" + native_file_name(), "/good/wlfake_core-1.0.0-py3-none-any.whl"]
    )


def test_a_file_from_the_cdn_that_does_not_match_the_lock_is_refused(
    sites: SiteServer, app_page: AppPage, monkeypatch: pytest.MonkeyPatch, stand_in_cdn: tuple[str, Path]
) -> None:
    base, folder = stand_in_cdn
    url = build_against_cdn(sites, monkeypatch, folder / "tampered", f"{base}tampered/", "cdn-tampered")
    _CdnHandler.requested.clear()
    # The one console error: the page reporting the failed boot.
    app_page.expect_console_error(r"^wasmlit: boot failed: The package wlfake_native was refused")
    app_page.page.goto(url)
    failure = app_page.page.get_by_role("alert")
    expect(failure).to_contain_text("This app could not start", timeout=60_000)
    expect(failure).to_contain_text(
        f"The package wlfake_native was refused: the file from Pyodide's CDN ({base}tampered/{native_file_name()})"
        " does not match its SHA-256 checksum in pyodide-lock.json; it was not installed."
    )
    assert f"/tampered/{native_file_name()}" in _CdnHandler.requested  # served, then refused by the check


def test_packages_from_the_cdn_are_kept_for_offline_use(
    sites: SiteServer, app_page: AppPage, monkeypatch: pytest.MonkeyPatch, stand_in_cdn: tuple[str, Path]
) -> None:
    base, folder = stand_in_cdn
    url = build_against_cdn(sites, monkeypatch, folder / "good", f"{base}good/", "cdn-good")
    page = app_page.open(url)
    expect(page.get_by_test_id("stMain")).to_contain_text("Native: 42")
    # The service worker precaches the CDN's files too (checked against the pinned lock).
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=60_000)
    page.context.set_offline(True)
    page.reload()
    app_page.wait_connected()
    expect(page.get_by_test_id("stMain")).to_contain_text("Native: 42")
