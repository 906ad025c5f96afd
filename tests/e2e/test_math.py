"""Math renders with KaTeX (st.latex, $...$ and $$...$$ in Markdown), loaded only by a page
that shows math; text that only looks like math stays text."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.e2e.conftest import AppPage, SiteServer

APPS = Path(__file__).parent / "apps"


def _fetched(page: Page) -> list[str]:
    names: list[str] = page.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
    return [name.rsplit("/", 1)[-1] for name in names]


def test_latex_and_markdown_math_render_as_katex(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APPS / "math.py"))
    blocks = page.get_by_test_id("stMarkdownContainer")
    latex = blocks.nth(0)
    expect(latex.locator(".katex-display .katex-html")).to_have_count(1)
    expect(latex.locator("annotation")).to_have_text(r"a + ar + ar^2 + \cdots + ar^{n-1} = \sum_{k=0}^{n-1} ar^k")
    # KaTeX's stylesheet and fonts are there: its HTML is set in KaTeX_Main.
    expect(latex.locator(".katex").first).to_have_css("font-family", re.compile(r"^KaTeX_Main,"))
    inline = blocks.nth(1)
    expect(inline.locator(".katex")).to_have_count(1)
    expect(inline.locator(".katex-display")).to_have_count(0)
    expect(inline).to_contain_text("Euler:")
    expect(blocks.nth(2).locator(".katex-display mfrac")).to_have_count(1)
    expect(blocks.nth(3).locator("code")).to_have_text("$x$")
    expect(blocks.nth(3).locator(".katex")).to_have_count(0)
    expect(blocks.nth(4).locator(".katex-error")).to_have_count(1)
    expect(blocks.nth(5)).to_have_text("Prices $5 and $10 stay text.")
    fetched = _fetched(page)
    assert any(name.startswith("katex-") and name.endswith(".css") for name in fetched), fetched
    assert any(name.startswith("KaTeX_Main-Regular-") for name in fetched), fetched


def test_a_page_without_math_loads_no_katex(sites: SiteServer, app_page: AppPage) -> None:
    url = sites.build("counter.py")
    page = app_page.open(url)
    expect(page.get_by_test_id("stButton")).to_have_count(1)
    katex_chunks = [
        chunk.name
        for chunk in (sites.folder(url) / "assets").glob("chunk-*.js")
        if "KaTeX parse error" in chunk.read_text()
    ]
    assert len(katex_chunks) == 1, "the build has one KaTeX chunk"
    fetched = _fetched(page)
    assert not [name for name in fetched if "katex" in name.lower() or name in katex_chunks], fetched
