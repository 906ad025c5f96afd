"""Browser tests: build examples, serve them like a static host, drive Debian's Chromium.

Every built site is served under its own sub-path (``/<name>/``), as on GitHub Pages
project sites. A test fails on any console error or uncaught page error it did not
declare with ``app_page.expect_console_error(pattern)``.
"""

from __future__ import annotations

import functools
import re
import shutil
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Playwright, expect, sync_playwright

from wasmlit_build import bundle
from wasmlit_build.pipeline import BuildRequest, build
from wasmlit_build.serve import make_server

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BOOT_TIMEOUT_MS = 60_000
# Assertions retry until they hold or this long has passed. Playwright's 5 s default is
# too short on a loaded CI machine (a file read, a boot and a run can take longer), and a
# wrong result still fails, only later.
expect.set_options(timeout=20_000)


@dataclass
class SiteServer:
    root: Path
    base_url: str
    # The same folder served with COOP/COEP headers (SharedArrayBuffer available).
    isolated_base_url: str = ""
    _builds: dict[tuple[Any, ...], str] = field(default_factory=dict)

    def isolated(self, url: str) -> str:
        """The same site, served cross-origin isolated."""
        return url.replace(self.base_url, self.isolated_base_url, 1)

    def build(
        self,
        script: str | Path,
        name: str | None = None,
        *,
        prerender: bool = True,
        snapshot: bool = True,
        pyodide_dist: Path | None = None,
        **config_flags: Any,
    ) -> str:
        """Build a script (path relative to examples/, or absolute) and return its URL."""
        script_path = Path(script) if Path(script).is_absolute() else EXAMPLES / script
        cache_key = (str(script_path), name, prerender, snapshot, pyodide_dist, tuple(sorted(config_flags.items())))
        if cache_key in self._builds:
            return self._builds[cache_key]
        site_name = name or f"{script_path.stem}-{len(self._builds)}"
        build(
            BuildRequest(
                script=str(script_path),
                output=self.root / site_name,
                config_flags=config_flags,
                prerender=prerender,
                snapshot=snapshot,
                pyodide_dist=pyodide_dist,
            ),
            report=lambda message: None,
        )
        url = f"{self.base_url}{site_name}/"
        self._builds[cache_key] = url
        return url

    def folder(self, url: str) -> Path:
        """The folder a built site is served from, to break it on purpose."""
        return self.root / url.removeprefix(self.base_url).strip("/")

    def copy(self, url: str, name: str) -> str:
        """A private copy of a built site, served as ``name``, to break without touching the
        shared build (a build's files do not depend on the folder it is written to)."""
        shutil.copytree(self.folder(url), self.root / name)
        return f"{self.base_url}{name}/"


class _SessionBundles:
    """esbuild's bundles of web/ (the page, and the pre-renderer), made once per session.

    They depend on web/ and node_modules alone, which a test session does not change, and
    esbuild gives the same bytes every time; bundling them again for each of the session's
    builds was about 3 s of each build.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.original_web = bundle.bundle_web
        self.original_prerenderer = bundle.bundle_prerenderer
        self.web = functools.cache(self.original_web)

    def prerenderer(self, output_file: Path) -> Path:
        made = self.folder / "prerender.mjs"
        if not made.exists():
            self.original_prerenderer(made)
        shutil.copyfile(made, output_file)
        return output_file


@pytest.fixture(scope="session", autouse=True)
def session_bundles() -> Iterator[_SessionBundles]:
    folder = Path(tempfile.mkdtemp(prefix="wasmlit-e2e-bundles-"))
    bundles = _SessionBundles(folder)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bundle, "bundle_web", bundles.web)
        patch.setattr(bundle, "bundle_prerenderer", bundles.prerenderer)
        yield bundles
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def fresh_bundles(session_bundles: _SessionBundles, monkeypatch: pytest.MonkeyPatch) -> None:
    """For a test about what a build makes from scratch: esbuild runs in each of its builds."""
    monkeypatch.setattr(bundle, "bundle_web", session_bundles.original_web)
    monkeypatch.setattr(bundle, "bundle_prerenderer", session_bundles.original_prerenderer)


@pytest.fixture(scope="session")
def sites() -> Iterator[SiteServer]:
    root = Path(tempfile.mkdtemp(prefix="wasmlit-e2e-"))
    servers = [make_server(root), make_server(root, cross_origin_isolated=True)]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield SiteServer(root, f"http://127.0.0.1:{servers[0].port}/", f"http://127.0.0.1:{servers[1].port}/")
    finally:
        for server in servers:
            server.shutdown()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    """One Playwright per session (its sync API cannot run twice at once); tests that need a
    browser with other switches launch it from here."""
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing; ./run-tests installs it (apt-get install chromium).")
    with sync_playwright() as started:
        yield started


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
    yield launched
    launched.close()


class AppPage:
    """A Playwright page plus the console discipline every browser test follows."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.console_errors: list[str] = []
        self._expected: list[re.Pattern[str]] = []
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.console_errors.append(f"page error: {error}"))

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.console_errors.append(message.text)

    def expect_console_error(self, pattern: str) -> None:
        self._expected.append(re.compile(pattern))

    def unexpected_console_errors(self) -> list[str]:
        return [text for text in self.console_errors if not any(p.search(text) for p in self._expected)]

    def open(self, url: str) -> Page:
        """Load an app and wait until its first run has finished."""
        self.page.goto(url)
        self.wait_connected()
        self.wait_for_run()
        return self.page

    def wait_connected(self) -> None:
        self.page.wait_for_selector(
            '[data-testid="stApp"][data-test-connection-state="CONNECTED"]', timeout=BOOT_TIMEOUT_MS
        )

    def wait_for_run(self, timeout: float = 30_000) -> None:
        """Wait until no run is in progress (Streamlit's own tests wait the same way)."""
        self.page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout)

    def main_text(self) -> str:
        return self.page.inner_text('[data-testid="stMain"]')


@pytest.fixture
def app_page(browser: Browser) -> Iterator[AppPage]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    wrapped = AppPage(context.new_page())
    yield wrapped
    unexpected = wrapped.unexpected_console_errors()
    context.close()
    assert not unexpected, f"console errors: {unexpected}"
