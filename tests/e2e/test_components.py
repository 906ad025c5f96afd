"""streamlit.components.v1 in Chromium: a hand-written custom component (args in, value
out, reruns, frame height) and components.html in a sandboxed iframe."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import expect

from tests.e2e.conftest import AppPage, SiteServer

APP = Path(__file__).parent / "apps" / "components" / "app.py"
STREAMLIT_SANDBOX = "allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-same-origin allow-scripts allow-downloads"


def test_a_component_gets_its_args_and_sends_its_value_back(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APP))
    frame_element = page.get_by_test_id("stCustomComponentV1")
    frame = page.frame_locator('[data-testid="stCustomComponentV1"]')
    # Args in (and the theme): the component draws them, then asks for its height.
    expect(frame.locator("#label")).to_have_text("clicks:0:light")
    expect(frame_element).to_have_attribute("height", "64")
    expect(frame_element).to_have_attribute("sandbox", STREAMLIT_SANDBOX)
    expect(frame_element).to_have_attribute("title", "app.counter")
    expect(page.get_by_text("clicks=0")).to_be_visible()
    expect(page.get_by_text("runs=1")).to_be_visible()
    # Value out: each setComponentValue reruns the script, which gets the value back.
    frame.locator("#add").click()
    expect(page.get_by_text("clicks=1")).to_be_visible()
    expect(page.get_by_text("state=1")).to_be_visible()
    expect(page.get_by_text("runs=2")).to_be_visible()
    frame.locator("#add").click()
    expect(page.get_by_text("clicks=2")).to_be_visible()
    app_page.wait_for_run()
    # New args reach the same frame (keyed: its own state, two clicks, is kept).
    page.get_by_label("Label").fill("taps")
    page.get_by_label("Label").press("Enter")
    expect(frame.locator("#label")).to_have_text("taps:2:light")
    expect(page.get_by_text("clicks=2")).to_be_visible()


def test_components_html_runs_its_scripts_inside_a_sandboxed_frame(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APP))
    frame_element = page.get_by_test_id("stIFrame").first
    expect(frame_element).to_have_attribute("sandbox", STREAMLIT_SANDBOX)
    expect(frame_element).to_have_attribute("scrolling", "no")
    assert frame_element.evaluate("f => f.getBoundingClientRect().height") == 80
    expect(page.frame_locator('[data-testid="stIFrame"] >> nth=0').locator("#inside")).to_have_text("script ran")
    # The markup and its script stayed in the frame: the page has no such node.
    assert page.evaluate("() => document.getElementById('inside')") is None


def test_st_iframe_of_html_takes_its_contents_height(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APP))
    frame_element = page.get_by_title("Measured")
    expect(frame_element).to_have_attribute("scrolling", "auto")
    # height="content": the frame grows to what its body measures (300 px of content, plus
    # the body's default margins).
    page.wait_for_function("f => f.getBoundingClientRect().height >= 300", arg=frame_element.element_handle())
    assert frame_element.evaluate("f => f.getBoundingClientRect().height") < 400
