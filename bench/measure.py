"""What the bench measures in Chromium, each figure taken inside the page where it can be.

- Cold load: a fresh browser context (empty cache) per load; navigation start to the
  moment the first run's output is shown and its widgets are live (a MutationObserver
  installed before the page's own scripts), first contentful paint (Paint Timing),
  bytes sent by the server, JS heap (CDP: the page's main thread plus its workers) and
  WebAssembly memory. The throttled profile goes through CDP
  Network.emulateNetworkConditions, which Chromium applies to the worker's fetches too.
- Clicks: the button is clicked by page script; the time from the click to the DOM
  showing the new count is taken in a MutationObserver callback. For wasmlit apps also
  the rerun+patch cost: Python's handling of the request in the worker (run, patch
  building, posting) plus the page's applying of the answer up to the DOM update.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from playwright.sync_api import Browser, CDPSession, Page

CHROMIUM = "/usr/bin/chromium"
# docs/design.md's flags, the same as the browser tests.
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
LOAD_TIMEOUT_MS = 180_000
# After the app is ready, late requests (a lazily loaded chunk, a font) still count.
SETTLE_SECONDS = 1.5


@dataclass(frozen=True)
class Profile:
    name: str
    latency_ms: float
    bytes_per_second: float | None  # None: unthrottled

    def apply(self, cdp: CDPSession) -> None:
        cdp.send("Network.enable")
        if self.bytes_per_second is None:
            return
        cdp.send(
            "Network.emulateNetworkConditions",
            {
                "offline": False,
                "latency": self.latency_ms,
                "downloadThroughput": self.bytes_per_second,
                "uploadThroughput": self.bytes_per_second,
            },
        )


FAST = Profile("fast", 0, None)
THROTTLED = Profile("throttled", 40, 20e6 / 8)  # 20 Mbit/s, 40 ms round trip

WASMLIT_READY = """(() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return Boolean(app && app.getAttribute("data-test-connection-state") === "CONNECTED"
    && app.getAttribute("data-test-script-state") === "notRunning"
    && document.querySelector('[data-testid="stButton"] button')
    && [...document.querySelectorAll('[data-testid="stMarkdown"]')].some((e) => /Count\\s*=\\s*0/.test(e.textContent)));
})()"""
FLOOR_READY = 'Boolean(document.body && document.body.dataset.ready === "true")'

_READY_WATCH = """(() => {
  window.__bench = { readyAt: null };
  const check = () => {
    if (window.__bench.readyAt !== null) return;
    const now = performance.now();
    let ready = false;
    try { ready = READY_EXPRESSION; } catch (error) { ready = false; }
    if (ready) { window.__bench.readyAt = now; observer.disconnect(); }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();"""

_CLICK_ONCE = """async ({ buttonSelector }) => {
  const readCount = () => {
    for (const element of document.querySelectorAll('[data-testid="stMarkdown"]')) {
      const match = element.textContent.replace(/\\s+/g, " ").match(/Count = (\\d+)/);
      if (match) return Number(match[1]);
    }
    return null;
  };
  const expected = readCount() + 1;
  const button = document.querySelector(buttonSelector);
  const result = await new Promise((resolve, reject) => {
    let started = 0;
    const timeout = setTimeout(() => reject(new Error("no DOM update within 10 s")), 10000);
    const observer = new MutationObserver(() => {
      const now = performance.now();
      if (readCount() !== expected) return;
      observer.disconnect();
      clearTimeout(timeout);
      const timing = window.__wasmlit && window.__wasmlit.timing;
      resolve({ clickToDom: now - started, pageApply: timing ? now - timing.lastMessageAt : null });
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    started = performance.now();
    button.click();
  });
  await new Promise((resolve) => {
    const idle = () => {
      const app = document.querySelector('[data-testid="stApp"]');
      return !app || app.getAttribute("data-test-script-state") === "notRunning";
    };
    const poll = () => (idle() ? setTimeout(resolve, 30) : setTimeout(poll, 5));
    poll();
  });
  return result;
}"""


# Until the page's service worker (if it registered one) has precached the site, at most 60 s.
_WAIT_FOR_SERVICE_WORKER = """async () => {
  const registration = navigator.serviceWorker && (await navigator.serviceWorker.getRegistration());
  if (!registration) return;
  await Promise.race([navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(resolve, 60000))]);
}"""


@dataclass
class ColdLoad:
    tti_ms: float
    fcp_ms: float | None
    bytes: int  # the server's, until the app was ready (all of them for Streamlit: the browser's)
    offline_bytes: int | None  # the server's after that: the service worker's precache
    js_heap_bytes: int
    wasm_bytes: int | None
    boot_mode: str | None


@dataclass
class Clicks:
    click_to_dom_ms: list[float]
    rerun_patch_ms: list[float]


def _metric(cdp: CDPSession, name: str) -> int:
    metrics = cdp.send("Performance.getMetrics")["metrics"]
    return int(next((item["value"] for item in metrics if item["name"] == name), 0))


def _worker_js_heap(browser: Browser, page: Page, app_url: str) -> int:
    """JS heap used by the app's dedicated workers (CDP Runtime.getHeapUsage, per target)."""
    cdp = browser.new_browser_cdp_session()
    replies: dict[int, dict[str, Any]] = {}

    def on_message(event: dict[str, Any]) -> None:
        message = json.loads(event["message"])
        if "id" in message:
            replies[int(message["id"])] = message

    cdp.on("Target.receivedMessageFromTarget", on_message)
    total = 0
    try:
        targets = cdp.send("Target.getTargets")["targetInfos"]
        workers = [target for target in targets if target["type"] == "worker" and target["url"].startswith(app_url)]
        for number, target in enumerate(workers, start=1):
            session = cdp.send("Target.attachToTarget", {"targetId": target["targetId"], "flatten": False})
            request = json.dumps({"id": number, "method": "Runtime.getHeapUsage"})
            cdp.send("Target.sendMessageToTarget", {"sessionId": session["sessionId"], "message": request})
            for _ in range(100):
                if number in replies:
                    break
                page.wait_for_timeout(50)  # lets Playwright deliver the reply event
            total += int(replies.get(number, {}).get("result", {}).get("usedSize", 0))
            cdp.send("Target.detachFromTarget", {"sessionId": session["sessionId"]})
    finally:
        cdp.detach()
    return total


def _wasm_memory(page: Page) -> tuple[int | None, str | None]:
    """WebAssembly memory and boot mode: in the worker for wasmlit, on the page for the floor."""
    for worker in page.workers:
        state = worker.evaluate(
            "self.__wasmlit ? [self.__wasmlit.pyodide._module.HEAP8.length, self.__wasmlit.bootMode] : null"
        )
        if state:
            return int(state[0]), str(state[1])
    on_page = page.evaluate("window.pyodide ? window.pyodide._module.HEAP8.length : null")
    return (int(on_page), None) if on_page else (None, None)


def cold_load(
    browser: Browser,
    url: str,
    *,
    ready_expression: str,
    profile: Profile,
    take_server_bytes: Callable[[], int] | None,
) -> ColdLoad:
    """One first visit with an empty cache."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.add_init_script(_READY_WATCH.replace("READY_EXPRESSION", ready_expression))
        cdp = context.new_cdp_session(page)
        cdp.send("Performance.enable")
        profile.apply(cdp)
        observed = _ObservedBytes(page)
        if take_server_bytes:
            take_server_bytes()
        page.goto(url, wait_until="commit", timeout=LOAD_TIMEOUT_MS)
        page.wait_for_function("window.__bench && window.__bench.readyAt !== null", timeout=LOAD_TIMEOUT_MS)
        # The service worker registers once the app is idle: what it precaches for offline
        # use is counted apart (it is not on the way to a usable page).
        to_ready = take_server_bytes() if take_server_bytes else None
        time.sleep(SETTLE_SECONDS)
        page.evaluate(_WAIT_FOR_SERVICE_WORKER)
        timings: dict[str, Any] = page.evaluate(
            """() => ({
                readyAt: window.__bench.readyAt,
                fcp: (performance.getEntriesByName("first-contentful-paint")[0] || {}).startTime ?? null,
            })"""
        )
        wasm_bytes, boot_mode = _wasm_memory(page)
        after_ready = take_server_bytes() if take_server_bytes else None
        return ColdLoad(
            tti_ms=float(timings["readyAt"]),
            fcp_ms=None if timings["fcp"] is None else float(timings["fcp"]),
            bytes=to_ready if to_ready is not None else observed.total(),
            offline_bytes=after_ready,
            js_heap_bytes=_metric(cdp, "JSHeapUsedSize") + _worker_js_heap(browser, page, url),
            wasm_bytes=wasm_bytes,
            boot_mode=boot_mode,
        )
    finally:
        context.close()


class _ObservedBytes:
    """Bytes as the browser saw them (for servers the bench does not run: Streamlit)."""

    def __init__(self, page: Page) -> None:
        self.requests: list[Any] = []
        self.frames = 0
        page.on("requestfinished", lambda request: self.requests.append(request))
        page.on("websocket", lambda socket: socket.on("framereceived", self._frame))

    def _frame(self, payload: str | bytes) -> None:
        self.frames += len(payload)

    def total(self) -> int:
        total = self.frames
        for request in self.requests:
            sizes = request.sizes()
            total += max(0, sizes["responseBodySize"]) + max(0, sizes["responseHeadersSize"])
        return total


def clicks(browser: Browser, url: str, *, ready_expression: str, button_selector: str, count: int) -> Clicks:
    """``count`` clicks, each waited for, after five warm-up clicks."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.add_init_script(_READY_WATCH.replace("READY_EXPRESSION", ready_expression))
        page.goto(url, timeout=LOAD_TIMEOUT_MS)
        page.wait_for_function("window.__bench && window.__bench.readyAt !== null", timeout=LOAD_TIMEOUT_MS)
        worker = next((w for w in page.workers if w.evaluate("Boolean(self.__wasmlit)")), None)
        result = Clicks([], [])
        for index in range(count + 5):
            measured: dict[str, Any] = page.evaluate(_CLICK_ONCE, {"buttonSelector": button_selector})
            if index < 5:
                continue
            result.click_to_dom_ms.append(float(measured["clickToDom"]))
            if worker is not None and measured["pageApply"] is not None:
                python_ms = float(worker.evaluate("self.__wasmlit.lastHandleMs"))
                result.rerun_patch_ms.append(python_ms + float(measured["pageApply"]))
        return result
    finally:
        context.close()


def describe(value: object) -> str:
    return json.dumps(value)
