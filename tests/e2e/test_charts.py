"""Charts in Chromium: every chart command draws a sized, non-empty SVG or canvas without
console errors; a Vega-Lite selection reaches Session State; charts follow their
container's width; the chart libraries load only on pages that show a chart."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.e2e.conftest import AppPage, SiteServer
from wasmlit_build.errors import BuildError

APPS = Path(__file__).parent / "apps"
# CARTO's map tiles need the network; the test machine has none.
TILE_FAILURE = r"Failed to load resource: net::ERR_"


def _open_charts(sites: SiteServer, app_page: AppPage) -> Page:
    app_page.expect_console_error(TILE_FAILURE)
    page = app_page.open(sites.build("charts.py"))
    expect(page.get_by_test_id("stVegaLiteChart").locator("svg.marks")).to_have_count(5)
    return page


def _marks(chart: Locator) -> Locator:
    return chart.locator("svg.marks g.role-mark path, svg.marks g.role-mark line")


def test_every_vega_lite_chart_draws_marks_across_its_container(sites: SiteServer, app_page: AppPage) -> None:
    page = _open_charts(sites, app_page)
    charts = page.get_by_test_id("stVegaLiteChart")
    main_width = (
        page.get_by_test_id("stMainBlockContainer").locator("[data-testid=stVerticalBlock]").first.bounding_box()
    )
    assert main_width is not None
    for position in range(5):
        chart = charts.nth(position)
        expect(_marks(chart).first).to_be_attached()
        box = chart.locator("svg.marks").bounding_box()
        assert box is not None
        assert box["width"] > 0.9 * main_width["width"], (position, box)
        assert 300 < box["height"] < 600, (position, box)
    # The line chart draws two series; the bar chart one rectangle per fruit and shop.
    expect(charts.nth(0).locator("g.mark-line.role-mark path")).to_have_count(2)
    expect(charts.nth(2).locator("g.mark-rect.role-mark path")).to_have_count(6)
    expect(charts.nth(3).locator("g.mark-symbol.role-mark path")).to_have_count(25)
    # Streamlit's theme: its categorical palette and its font.
    expect(charts.nth(0).locator("g.mark-line.role-mark path").first).to_have_attribute("stroke", "#0068c9")
    expect(charts.nth(0).locator("g.role-axis-label text").first).to_have_attribute(
        "font-family", '"Source Sans", sans-serif'
    )


def test_a_click_on_a_bar_selects_it_in_session_state(sites: SiteServer, app_page: AppPage) -> None:
    page = _open_charts(sites, app_page)
    chart = page.get_by_test_id("stVegaLiteChart").nth(4)
    expect(page.get_by_text("Selected: nothing yet (click a bar)")).to_be_visible()
    chart.locator("g.mark-rect.role-mark path").nth(1).click()
    app_page.wait_for_run()
    expect(page.get_by_text("Selected: pear")).to_be_visible()
    # The rerun keeps the chart: the selection still shows (the other bars faded).
    expect(chart.locator("g.mark-rect.role-mark path").nth(0)).to_have_attribute("fill-opacity", "0.4")


def test_charts_follow_the_container_and_redraw_for_new_props(sites: SiteServer, app_page: AppPage) -> None:
    page = _open_charts(sites, app_page)
    line = page.get_by_test_id("stVegaLiteChart").first.locator("svg.marks")
    wide = line.bounding_box()
    assert wide is not None
    page.set_viewport_size({"width": 640, "height": 900})
    page.wait_for_function(
        "(limit) => document.querySelector('[data-testid=stVegaLiteChart] svg.marks').getBoundingClientRect().width < limit",
        arg=wide["width"] - 50,
    )
    page.get_by_role("switch", name="Horizontal bars").click()
    app_page.wait_for_run()
    bars = page.get_by_test_id("stVegaLiteChart").nth(2).locator("g.mark-rect.role-mark path")
    expect(bars).to_have_count(6)
    box = bars.first.bounding_box()
    assert box is not None and box["width"] > box["height"]


def test_graphviz_draws_the_graph_as_svg(sites: SiteServer, app_page: AppPage) -> None:
    page = _open_charts(sites, app_page)
    graph = page.get_by_test_id("stGraphVizChart")
    expect(graph.locator("svg g.node")).to_have_count(4)
    expect(graph.locator("svg g.edge")).to_have_count(4)
    expect(graph.locator("svg text").first).to_have_text("idea")


# How many pixels of the map's point canvas are painted.
_PAINTED_PIXELS = """() => {
    const canvas = document.querySelector("[data-testid=stDeckGlJsonChart] .leaflet-overlay-pane canvas");
    const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted += 1;
    return painted > 100;
}"""


def test_map_draws_its_points_on_a_canvas_of_the_element_size(sites: SiteServer, app_page: AppPage) -> None:
    page = _open_charts(sites, app_page)
    chart = page.get_by_test_id("stDeckGlJsonChart")
    chart.scroll_into_view_if_needed()
    box = chart.bounding_box()
    assert box is not None and box["height"] == 500
    canvas = chart.locator(".leaflet-overlay-pane canvas")
    expect(canvas).to_have_count(1)
    page.wait_for_function(_PAINTED_PIXELS)
    expect(chart.locator(".leaflet-control-attribution")).to_contain_text("CARTO")


def test_plotly_charts_draw_with_their_sizes(sites: SiteServer, app_page: AppPage) -> None:
    try:
        url = sites.build(APPS / "plotly_app" / "app.py")
    except BuildError as error:
        if "pip" in str(error).lower() or "download" in str(error).lower():
            pytest.skip(f"plotly could not be downloaded from PyPI: {error}")
        raise
    page = app_page.open(url)
    charts = page.get_by_test_id("stPlotlyChart")
    expect(charts).to_have_count(2)
    expect(charts.nth(0).locator("g.trace.bars path")).to_have_count(3)
    expect(charts.nth(0).locator("g.g-gtitle text")).to_have_text("Fruit")
    expect(charts.nth(1).locator("g.trace.scatter path.js-line")).to_have_count(1)
    fixed = charts.nth(1).locator("svg.main-svg").first.bounding_box()
    assert fixed is not None and (fixed["width"], fixed["height"]) == (400, 300)


def test_a_page_without_charts_loads_no_chart_library(sites: SiteServer, app_page: AppPage) -> None:
    url = sites.build("counter.py")
    folder = sites.folder(url) / "assets"
    libraries = (b"vega-lite", b"plotly", b"Leaflet", b"graphviz")
    chart_chunks = {
        path.name for path in folder.glob("chunk-*.js") if any(name in path.read_bytes() for name in libraries)
    }
    assert chart_chunks, "the build has chart chunks"
    page = app_page.open(url)
    page.get_by_test_id("stButton").locator("button").click()
    app_page.wait_for_run()
    loaded = page.evaluate("performance.getEntriesByType('resource').map((entry) => entry.name)")
    assert not [name for name in loaded if name.rsplit("/", 1)[-1] in chart_chunks]
