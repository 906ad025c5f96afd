"""Fast start: booting from the memory snapshot (and falling back), the pre-rendered
first paint and its hydration, and minimal DOM patching on rerun."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Route, expect

from tests.e2e.conftest import CHROMIUM_FLAGS, AppPage, SiteServer  # noqa: F401

APPS = Path(__file__).resolve().parent / "apps"


def _boot_mode(app_page: AppPage) -> str:
    worker = next(worker for worker in app_page.page.workers if worker.evaluate("Boolean(self.__wasmlit)"))
    return str(worker.evaluate("self.__wasmlit.bootMode"))


def _click_increment_and_read(app_page: AppPage) -> str:
    app_page.page.get_by_role("button", name="Increment").click()
    app_page.wait_for_run()
    return app_page.page.get_by_test_id("stMarkdown").last.inner_text()


def test_the_worker_boots_from_the_snapshot(sites: SiteServer, app_page: AppPage) -> None:
    app_page.open(sites.build("counter.py"))
    assert _boot_mode(app_page) == "snapshot"
    assert _click_increment_and_read(app_page) == "Count = 1"


def _damage_gzip(snapshot: Path) -> None:
    data = bytearray(snapshot.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(byte ^ 0xFF for byte in data[middle : middle + 64])
    snapshot.write_bytes(bytes(data))


def _change_build_id(snapshot: Path) -> None:
    raw = bytearray(gzip.decompress(snapshot.read_bytes()))
    raw[16:20] = b"\x00\x00\x00\x00"
    snapshot.write_bytes(gzip.compress(bytes(raw), compresslevel=1, mtime=0))


@pytest.mark.parametrize(
    ("damage", "reason"),
    [(_damage_gzip, "damaged"), (_change_build_id, "another Pyodide build")],
    ids=["damaged-file", "other-pyodide-build"],
)
def test_a_bad_snapshot_falls_back_to_a_normal_boot_with_a_warning(
    sites: SiteServer, app_page: AppPage, damage: object, reason: str
) -> None:
    url = sites.copy(sites.build("counter.py"), f"counter-bad-snapshot-{reason.split()[0]}")
    folder = sites.folder(url)
    damage(next(folder.glob("assets/python-*.snapshot")))  # type: ignore[operator]
    warnings: list[str] = []
    app_page.page.on("console", lambda message: message.type == "warning" and warnings.append(message.text))
    app_page.open(url)
    assert _boot_mode(app_page) == "fallback"
    assert any("snapshot could not be used" in text and reason in text for text in warnings), warnings
    assert _click_increment_and_read(app_page) == "Count = 1"


def test_on_a_link_the_browser_rates_3g_python_boots_without_the_snapshot(sites: SiteServer, app_page: AppPage) -> None:
    """Chromium rates a link by its round trips (300 ms here: "3g"); the snapshot's
    megabytes would then cost far more than the CPU they save."""
    cdp = app_page.page.context.new_cdp_session(app_page.page)
    cdp.send("Network.enable")
    throughput = 40e6 / 8
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 300, "downloadThroughput": throughput, "uploadThroughput": throughput},
    )
    snapshot_requests: list[str] = []
    app_page.page.on(
        "request", lambda request: request.url.endswith(".snapshot") and snapshot_requests.append(request.url)
    )
    app_page.open(sites.build("counter.py"))
    assert _boot_mode(app_page) == "slow-link"
    assert snapshot_requests == []
    assert _click_increment_and_read(app_page) == "Count = 1"


def test_the_first_paint_is_in_the_html_with_widgets_usable(sites: SiteServer, browser: Browser) -> None:
    """With scripts off, the page still shows the app: it is in index.html, not inert."""
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(sites.build("counter.py"))
        expect(page.get_by_role("heading", level=1)).to_have_text("Counter Example")
        expect(page.get_by_test_id("stMarkdown")).to_have_text("Count = 0")
        assert page.get_by_test_id("stMain").get_attribute("inert") is None
        app = page.get_by_test_id("stApp")
        expect(app).to_have_attribute("data-test-connection-state", "INITIAL")
        expect(page.get_by_test_id("wlBootProgress")).to_be_visible()
    finally:
        context.close()


# Installed before the page's scripts: records what hydration and the live first run do
# to the pre-rendered DOM, and any layout shift.
_WATCH_FIRST_PAINT = """
window.__firstPaint = { mutations: [], layoutShift: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__firstPaint.layoutShift += entry.value;
}).observe({ type: "layout-shift", buffered: true });
document.addEventListener("DOMContentLoaded", () => {
  window.__firstPaint.heading = document.querySelector("h1");
  window.__firstPaint.button = document.querySelector("button");
  const main = document.querySelector('[data-testid="stMainBlockContainer"]');
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "attributes" && record.attributeName === "data-stale") continue;
      window.__firstPaint.mutations.push(record.type + " " + (record.attributeName || ""));
    }
  }).observe(main, { subtree: true, childList: true, attributes: true, characterData: true });
});
"""


def test_the_live_app_takes_over_the_first_paint_without_changing_it(sites: SiteServer, app_page: AppPage) -> None:
    app_page.page.add_init_script(_WATCH_FIRST_PAINT)
    page = app_page.open(sites.build("counter.py"))
    assert page.evaluate("document.querySelector('h1') === window.__firstPaint.heading")
    assert page.evaluate("document.querySelector('button') === window.__firstPaint.button")
    assert page.evaluate("window.__firstPaint.mutations") == []
    assert page.evaluate("window.__firstPaint.layoutShift") < 0.01
    assert page.get_by_test_id("stMain").get_attribute("inert") is None
    assert _click_increment_and_read(app_page) == "Count = 1"


def test_a_first_run_that_shows_the_time_keeps_the_loading_screen(sites: SiteServer, app_page: AppPage) -> None:
    url = sites.build(APPS / "clock.py")
    html = (sites.folder(url) / "index.html").read_text()
    assert 'id="wasmlit-first-paint"' not in html and 'class="wl-boot"' in html
    page = app_page.open(url)
    expect(page.get_by_role("heading", level=1)).to_have_text("What time is it?")


_COUNT_MUTATIONS = """
window.__mutated = [];
const main = document.querySelector('[data-testid="stMainBlockContainer"]');
window.__recordMutations = (records) => {
  for (const record of records) {
    if (record.type === "attributes" && record.attributeName === "data-stale") continue;
    const node = record.target.nodeType === Node.ELEMENT_NODE ? record.target : record.target.parentElement;
    const container = node.closest('[data-testid="stElementContainer"]');
    window.__mutated.push(container ? container.innerText.trim() : "outside any element");
  }
};
window.__observer = new MutationObserver(window.__recordMutations);
window.__observer.observe(main, { subtree: true, childList: true, attributes: true, characterData: true });
"""


def test_a_rerun_that_changes_one_element_touches_only_its_dom_nodes(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APPS / "many_elements.py"))
    assert page.get_by_test_id("stElementContainer").count() == 300
    page.evaluate(_COUNT_MUTATIONS)
    page.get_by_role("button", name="Increment").click()
    app_page.wait_for_run()
    expect(page.get_by_text("Count = 1")).to_be_visible()
    mutated = page.evaluate("window.__recordMutations(window.__observer.takeRecords()), window.__mutated")
    assert mutated, "the rerun changed nothing in the DOM"
    assert set(mutated) == {"Count = 1"}, mutated


class _HeldRequests:
    """Requests whose answer waits until the test releases them: boot waits for input."""

    def __init__(self) -> None:
        self.routes: list[Route] = []

    def hold(self, route: Route) -> None:
        self.routes.append(route)

    def release(self) -> None:
        for route in self.routes:
            route.continue_()
        self.routes.clear()


def test_input_on_the_pre_rendered_page_before_python_is_ready_is_applied_in_order(
    sites: SiteServer, app_page: AppPage
) -> None:
    """Clicks, typing, a toggle and a form submit made while Python loads (the page script
    held back at first, then the interpreter) all count once it is ready, as after boot."""
    url = sites.build(APPS / "boot_input.py")
    page = app_page.page
    page_script, interpreter = _HeldRequests(), _HeldRequests()
    page.context.route("**/assets/main-*.js", page_script.hold)
    page.context.route("**/pyodide.asm.wasm", interpreter.hold)
    page.goto(url, wait_until="commit")
    button = page.get_by_role("button", name="Increment")
    expect(button).to_be_visible()
    # Before the page script has run: the pre-rendered HTML alone.
    assert page.evaluate("window.__wasmlit === undefined")
    button.click()
    page.get_by_label("Name").fill("Ada")
    page.get_by_label("Name").press("Enter")
    page_script.release()
    page.wait_for_function("window.__wasmlit !== undefined")
    # The page script runs; Python is still loading.
    button.click()
    page.get_by_role("checkbox", name="Agree").click()
    page.get_by_label("City").fill("Oslo")
    page.get_by_role("button", name="Submit").click()
    button.click()
    app = page.get_by_test_id("stApp")
    expect(app).to_have_attribute("data-test-connection-state", "CONNECTING")
    expect(page.get_by_test_id("wlBootProgress")).to_be_visible()
    expect(page.get_by_text("Count = 0")).to_be_visible()
    interpreter.release()
    app_page.wait_connected()
    expect(page.get_by_test_id("wlBootProgress")).to_have_count(0)
    expect(page.get_by_text("Count = 3")).to_be_visible()
    app_page.wait_for_run()
    main = app_page.main_text()
    assert "Name = Ada" in main
    assert "Agree = True" in main
    assert "City = Oslo, submitted = False" in main
    # The first run alone, then one per click: queued value changes (the name, the
    # toggle) join the next click's run, as the session does for any queued input.
    assert "Runs = 5" in main, main
