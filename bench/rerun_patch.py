"""Only the 1,000-element app's "rerun+patch" in Chromium, split into its two parts.

A quicker loop than ``bench/run`` for work on the rerun path: one build, one page, N clicks.

    .venv/bin/python -m bench.rerun_patch [--clicks 50] [--site DIR [--site DIR2]]

``--site DIR`` reuses (or, the first time, fills) a build folder instead of a temporary
one; two of them (say, built before and after a change) are measured side by side.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from bench import measure
from bench.run import ELEMENTS_1000, WASMLIT_BUTTON
from bench.server import start_server
from wasmlit_build.pipeline import BuildRequest, build


class _Page:
    """One open app and the samples taken on it."""

    def __init__(self, browser: Browser, url: str) -> None:
        self.url = url
        self.page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        self.page.add_init_script(measure._READY_WATCH.replace("READY_EXPRESSION", measure.WASMLIT_READY))
        self.page.goto(url, timeout=measure.LOAD_TIMEOUT_MS)
        self.page.wait_for_function(
            "window.__bench && window.__bench.readyAt !== null", timeout=measure.LOAD_TIMEOUT_MS
        )
        self.worker = next(w for w in self.page.workers if w.evaluate("Boolean(self.__wasmlit)"))
        self.python_ms: list[float] = []
        self.page_ms: list[float] = []

    def click(self, *, record: bool) -> None:
        measured = self.page.evaluate(measure._CLICK_ONCE, {"buttonSelector": WASMLIT_BUTTON})
        if record:
            self.python_ms.append(float(self.worker.evaluate("self.__wasmlit.lastHandleMs")))
            self.page_ms.append(float(measured["pageApply"]))

    def summary(self) -> str:
        both = [python + page for python, page in zip(self.python_ms, self.page_ms, strict=True)]
        return (
            f"{len(both)} clicks, medians: rerun+patch {statistics.median(both):.1f} ms"
            f" = worker {statistics.median(self.python_ms):.1f} ms + page {statistics.median(self.page_ms):.1f} ms"
            f" (min rerun+patch {min(both):.1f} ms)"
        )


def _measure(sites: list[Path], clicks: int) -> None:
    """Clicks in rounds of ten, the sites interleaved: load on a shared machine hits them alike."""
    root = Path(os.path.commonpath([site.parent for site in sites]))
    server = start_server(root)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=measure.CHROMIUM, args=measure.CHROMIUM_FLAGS)
        pages = [_Page(browser, f"{server.url}{site.relative_to(root).as_posix()}/") for site in sites]
        for page in pages:
            for _ in range(5):
                page.click(record=False)
        for _ in range(max(1, clicks // 10)):
            for page in pages:
                for _ in range(10):
                    page.click(record=True)
        for site, page in zip(sites, pages, strict=True):
            print(f"{site}: {page.summary()}")
        browser.close()
    server.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clicks", type=int, default=50)
    parser.add_argument(
        "--site",
        type=Path,
        action="append",
        help="build folder to reuse (built if missing); repeat it to compare builds, clicks interleaved",
    )
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wasmlit-rerun-") as temporary:
        sites = [site.resolve() for site in arguments.site or [Path(temporary) / "elements-1000"]]
        for site in sites:
            if not (site / "index.html").exists():
                print(f"Building {site}...", flush=True)
                build(BuildRequest(script=str(ELEMENTS_1000), output=site, snapshot=True), report=lambda message: None)
        _measure(sites, arguments.clicks)


if __name__ == "__main__":
    main()
