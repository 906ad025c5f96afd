"""Layout containers and page config in Chromium: the browser wiring of examples/layout_gallery.py."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from tests.e2e.conftest import AppPage, SiteServer

APPS = Path(__file__).resolve().parent / "apps"


def rerun_with_the_sidebar_button(app_page: AppPage) -> None:
    app_page.page.get_by_role("button", name="A sidebar button").click()
    app_page.wait_for_run()


def test_page_config_sets_title_favicon_and_wide_layout(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("layout_gallery.py"))
    expect(page).to_have_title("Layout gallery")
    favicon = page.locator('link[rel~="icon"]').get_attribute("href") or ""
    assert favicon.startswith("data:image/svg+xml,") and "%F0%9F%A7%B1" in favicon  # 🧱
    main_width = page.get_by_test_id("stMainBlockContainer").bounding_box()
    assert main_width is not None and main_width["width"] > 900  # centered would be at most 736 px
    expect(page.get_by_test_id("stAppViewContainer")).to_have_attribute("data-layout", "wide")


def test_columns_sit_side_by_side_with_their_ratios(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("layout_gallery.py"))
    first_row = page.get_by_test_id("stHorizontalBlock").first
    boxes = [column.bounding_box() for column in first_row.get_by_test_id("stColumn").all()]
    assert all(box is not None for box in boxes)
    widths = [box["width"] for box in boxes if box]
    assert widths[0] > widths[1] > widths[2]
    assert len({round(box["y"]) for box in boxes if box}) == 1  # one row
    expect(first_row.get_by_test_id("stColumn").first).to_have_css("border-top-style", "solid")


def test_expander_state_survives_a_rerun(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("layout_gallery.py"))
    closed = page.get_by_test_id("stExpander").filter(has_text="Closed, with an")
    expect(closed.get_by_text("Hidden until you open it.")).to_be_hidden()
    closed.locator("summary").click()
    expect(closed.get_by_text("Hidden until you open it.")).to_be_visible()
    opened = page.get_by_test_id("stExpander").filter(has_text="Open by default")
    opened.locator("summary").press("Enter")  # keyboard works too
    expect(opened.get_by_test_id("stExpanderDetails")).to_be_hidden()
    rerun_with_the_sidebar_button(app_page)
    expect(closed.get_by_text("Hidden until you open it.")).to_be_visible()
    expect(opened.get_by_test_id("stExpanderDetails")).to_be_hidden()


def test_tab_selection_survives_a_rerun_and_arrow_keys_move_it(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("layout_gallery.py"))
    tabs = page.get_by_role("tab")
    expect(tabs).to_have_count(3)
    expect(page.get_by_text("Content of the first tab.")).to_be_visible()
    expect(page.get_by_text("Content of the second tab.")).to_be_hidden()
    page.get_by_role("tab", name="Second").click()
    expect(page.get_by_role("tab", name="Second")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_text("Content of the second tab.")).to_be_visible()
    rerun_with_the_sidebar_button(app_page)
    expect(page.get_by_role("tab", name="Second")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_text("Content of the second tab.")).to_be_visible()
    page.get_by_role("tab", name="Second").press("ArrowRight")
    expect(page.get_by_role("tab", name="Third")).to_be_focused()
    expect(page.get_by_role("tabpanel").filter(has_text="print('third tab')")).to_be_visible()


def test_popover_opens_and_closes(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("layout_gallery.py"))
    body = page.get_by_test_id("stPopoverBody")
    expect(body).to_be_hidden()
    page.get_by_test_id("stPopoverButton").click()
    expect(body).to_be_visible()
    expect(body).to_contain_text("Popover contents are written by the script on every run.")
    expect(page.get_by_test_id("stPopoverButton")).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Escape")
    expect(body).to_be_hidden()
    page.get_by_test_id("stPopoverButton").click()
    page.get_by_role("heading", name="Layout gallery").click()  # outside
    expect(body).to_be_hidden()


def test_containers_empty_and_late_filling(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("layout_gallery.py"))
    keyed = page.locator(".st-key-bordered")
    expect(keyed).to_have_attribute("data-testid", "stVerticalBlock")
    expect(keyed).to_contain_text("A container with a border.")
    scroller = page.get_by_test_id("stVerticalBlock").filter(has_text="Scrolling line 1").last
    assert scroller.evaluate("(element) => element.scrollHeight > element.clientHeight")
    expect(page.get_by_text("Replaced before you can see it.")).to_have_count(0)
    expect(page.get_by_test_id("stAlertContentSuccess")).to_contain_text("holds one element")
    warning = page.get_by_test_id("stAlertContentWarning")
    expansions = page.get_by_role("heading", name="Expanders")
    warning_box, heading_box = warning.bounding_box(), expansions.bounding_box()
    assert warning_box and heading_box and warning_box["y"] < heading_box["y"]


def test_sidebar_collapses_and_expands(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("layout_gallery.py"))
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_test_id("stSidebarUserContent")).to_contain_text("Sidebar")
    sidebar.hover()
    page.get_by_test_id("stSidebarCollapseButton").get_by_role("button").click()
    expect(sidebar).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_role("button", name="A sidebar button")).to_be_hidden()
    rerun_button = page.get_by_role("button", name="A button inside it")
    rerun_button.click()
    app_page.wait_for_run()
    expect(sidebar).to_have_attribute("aria-expanded", "false")  # a rerun keeps the visitor's choice
    page.get_by_test_id("stExpandSidebarButton").click()
    expect(sidebar).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("button", name="A sidebar button")).to_be_visible()


def narrow_page(app_page: AppPage) -> Page:
    app_page.page.set_viewport_size({"width": 500, "height": 900})
    return app_page.page


def test_narrow_screens_stack_columns_and_start_with_the_sidebar_collapsed(
    sites: SiteServer, app_page: AppPage
) -> None:
    page = narrow_page(app_page)
    app_page.open(sites.build("layout_gallery.py"))
    expect(page.get_by_test_id("stSidebar")).to_have_attribute("aria-expanded", "false")
    columns = page.get_by_test_id("stHorizontalBlock").first.get_by_test_id("stColumn").all()
    tops = [box["y"] for box in (column.bounding_box() for column in columns) if box]
    assert tops == sorted(tops) and len(set(tops)) == 3  # one column per row
    page.get_by_test_id("stExpandSidebarButton").click()
    expect(page.get_by_role("button", name="A sidebar button")).to_be_visible()


def test_initial_sidebar_state_and_centered_layout(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APPS / "page_config_collapsed.py"))
    expect(page).to_have_title("Collapsed")
    expect(page.get_by_test_id("stSidebar")).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_test_id("stExpandSidebarButton")).to_be_visible()
    box = page.get_by_test_id("stMainBlockContainer").bounding_box()
    assert box is not None and box["width"] <= 736


def test_stateful_expander_and_tabs_report_to_the_script(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APPS / "stateful_containers.py"))
    status = page.get_by_test_id("stMarkdown").last
    expect(status).to_have_text("open=False tab=Alpha changes=0")
    page.get_by_test_id("stExpander").locator("summary").click()
    app_page.wait_for_run()
    expect(status).to_have_text("open=True tab=Alpha changes=1")
    expect(page.get_by_text("Inside the details")).to_be_visible()
    page.get_by_role("tab", name="Beta").click()
    app_page.wait_for_run()
    expect(status).to_have_text("open=True tab=Beta changes=1")
    expect(page.get_by_text("Beta contents")).to_be_visible()
