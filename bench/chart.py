"""A chart's first render after its data arrives: ``bench/apps/line_chart.py`` in a fresh
browser context each time (so the chart chunk is fetched, as on a first visit), from the
moment the worker's message that adds the chart is handled (the chart's element appears
in the DOM) until Vega's marks (its canvas) are in place. Downloading and compiling the chart code is
part of the figure: it is what a visitor waits for.
"""

from __future__ import annotations

from playwright.sync_api import Browser

from bench.measure import _READY_WATCH, LOAD_TIMEOUT_MS

_DRAW_AND_TIME = """async () => {
  const drawn = () => document.querySelector('[data-testid="stVegaLiteChart"] .marks');
  return await new Promise((resolve) => {
    let arrivedAt = null;
    const observer = new MutationObserver(() => {
      if (arrivedAt === null && document.querySelector('[data-testid="stVegaLiteChart"]')) {
        arrivedAt = window.__wasmlit.timing.lastMessageAt;
      }
      if (arrivedAt !== null && drawn()) { observer.disconnect(); resolve(performance.now() - arrivedAt); }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    [...document.querySelectorAll("button")].find((button) => button.textContent.trim() === "Draw").click();
  });
}"""


def first_render_times(browser: Browser, url: str, *, ready_expression: str, count: int) -> list[float]:
    times = []
    for _ in range(count):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        try:
            page = context.new_page()
            page.add_init_script(_READY_WATCH.replace("READY_EXPRESSION", ready_expression))
            page.goto(url, timeout=LOAD_TIMEOUT_MS)
            page.wait_for_function("window.__bench && window.__bench.readyAt !== null", timeout=LOAD_TIMEOUT_MS)
            times.append(float(page.evaluate(_DRAW_AND_TIME)))
        finally:
            context.close()
    return times
