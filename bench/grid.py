"""The grid's figures: a 10,000-row ``st.dataframe`` scrolled to its end, and sorted.

- **scroll**: from setting the scroll box's ``scrollTop`` to its end until the last row's
  cells are in the DOM (a MutationObserver), after two frames at the top.
- **sort**: from a click on the ``square`` header that sorts it descending until the
  first row shows 9999's square.
Each is measured ``count`` times after two warm-ups; the page is loaded once.
"""

from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import Browser

from bench.measure import _READY_WATCH, LOAD_TIMEOUT_MS

_SCROLL_TO_END = """async () => {
  const box = document.querySelector('[data-testid="stDataFrame"] .wl-grid-scroll');
  box.scrollTop = 0;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const last = () => box.querySelector('[aria-rowindex="10001"]');
  const start = performance.now();
  return await new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (last()) { observer.disconnect(); resolve(performance.now() - start); }
    });
    observer.observe(box, { childList: true, subtree: true });
    box.scrollTop = box.scrollHeight;
  });
}"""

_SORT_DESCENDING = """async () => {
  const grid = document.querySelector('[data-testid="stDataFrame"]');
  const header = () => grid.querySelectorAll('.wl-grid-sort')[1];
  const firstCell = () => grid.querySelector('[aria-rowindex="2"] [role="gridcell"]');
  const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  grid.querySelector('.wl-grid-scroll').scrollTop = 0;
  while (header().closest('[aria-sort]')) { header().click(); await settle(); }  // back to no sort
  header().click();  // ascending: the data's own order
  await settle();
  const start = performance.now();
  return await new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (firstCell()?.textContent === "9999") { observer.disconnect(); resolve(performance.now() - start); }
    });
    observer.observe(grid, { childList: true, subtree: true, characterData: true });
    header().click();
  });
}"""


@dataclass
class GridTimes:
    scroll_ms: list[float]
    sort_ms: list[float]


def scroll_and_sort(browser: Browser, url: str, *, ready_expression: str, count: int) -> GridTimes:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.add_init_script(_READY_WATCH.replace("READY_EXPRESSION", ready_expression))
        page.goto(url, timeout=LOAD_TIMEOUT_MS)
        page.wait_for_function("window.__bench && window.__bench.readyAt !== null", timeout=LOAD_TIMEOUT_MS)
        page.wait_for_selector('[data-testid="stDataFrame"] [role="gridcell"]', timeout=LOAD_TIMEOUT_MS)
        times = GridTimes([], [])
        for index in range(count + 2):
            scroll = float(page.evaluate(_SCROLL_TO_END))
            sort = float(page.evaluate(_SORT_DESCENDING))
            if index >= 2:
                times.scroll_ms.append(scroll)
                times.sort_ms.append(sort)
        return times
    finally:
        context.close()
