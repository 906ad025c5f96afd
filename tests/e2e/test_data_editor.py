"""st.data_editor in Chromium: cells edited with the keyboard and with a double-click,
rows added and deleted, and Session State's editing state shown by the app after each;
a dataframe row selection in Session State; the grid chunk loads only where a grid is."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Locator, Page, expect

from tests.e2e.conftest import AppPage, SiteServer

APP = Path(__file__).parent / "apps" / "data_editor.py"


def _editor(page: Page) -> Locator:
    return page.get_by_test_id("stDataFrame").first


def _cell(editor: Locator, row: int, column: int) -> Locator:
    return editor.locator(f'[role="gridcell"][data-cell="{row}:{column}"]')


def _open(sites: SiteServer, app_page: AppPage) -> Page:
    page = app_page.open(sites.build(APP))
    expect(_cell(_editor(page), 0, 0)).to_have_text("apple")
    return page


def test_a_cell_edited_with_the_keyboard_reaches_session_state(sites: SiteServer, app_page: AppPage) -> None:
    page = _open(sites, app_page)
    editor = _editor(page)
    _cell(editor, 0, 0).click()
    page.keyboard.press("ArrowDown")  # pear
    page.keyboard.press("ArrowRight")  # its count
    expect(_cell(editor, 1, 1)).to_be_focused()
    page.keyboard.press("Enter")
    field = editor.locator("input.wl-grid-input")
    expect(field).to_be_focused()
    field.fill("42")
    page.keyboard.press("Enter")
    app_page.wait_for_run()
    expect(
        page.get_by_text("state: {'edited_rows': {1: {'count': 42}}, 'added_rows': [], 'deleted_rows': []}")
    ).to_be_visible()
    expect(page.get_by_text("counts: [3, 42, 7]")).to_be_visible()
    expect(_cell(editor, 1, 1)).to_have_text("42")
    # Escape leaves a cell as it was; typing starts an edit; values beyond max_value are clamped.
    page.keyboard.press("Enter")
    field.fill("9")
    page.keyboard.press("Escape")
    expect(_cell(editor, 1, 1)).to_have_text("42")
    page.keyboard.type("500")
    page.keyboard.press("Tab")
    app_page.wait_for_run()
    expect(page.get_by_text("counts: [3, 100, 7]")).to_be_visible()
    expect(_cell(editor, 1, 2)).to_be_focused()
    # Space toggles a checkbox cell.
    page.keyboard.press(" ")
    app_page.wait_for_run()
    expect(page.get_by_text("'edited_rows': {1: {'count': 100, 'ripe': True}}", exact=False)).to_be_visible()


def test_a_double_click_edits_a_cell(sites: SiteServer, app_page: AppPage) -> None:
    page = _open(sites, app_page)
    editor = _editor(page)
    _cell(editor, 2, 0).dblclick()
    field = editor.locator("input.wl-grid-input")
    expect(field).to_have_value("plum")
    field.fill("peach")
    page.keyboard.press("Enter")
    app_page.wait_for_run()
    expect(page.get_by_text("names: ['apple', 'pear', 'peach']")).to_be_visible()
    expect(page.get_by_text("state: {'edited_rows': {2: {'name': 'peach'}}", exact=False)).to_be_visible()


def test_rows_are_added_and_deleted(sites: SiteServer, app_page: AppPage) -> None:
    page = _open(sites, app_page)
    editor = _editor(page)
    editor.get_by_role("button", name="Add row").click()
    app_page.wait_for_run()
    expect(page.get_by_text("'added_rows': [{}]", exact=False)).to_be_visible()
    expect(_cell(editor, 3, 0)).to_be_focused()
    page.keyboard.type("fig")
    page.keyboard.press("Enter")
    app_page.wait_for_run()
    expect(page.get_by_text("'added_rows': [{'name': 'fig'}]", exact=False)).to_be_visible()
    expect(page.get_by_text("names: ['apple', 'pear', 'plum', 'fig']")).to_be_visible()
    editor.get_by_role("checkbox", name="Select row 1").check()
    editor.get_by_role("button", name="Delete rows").click()
    app_page.wait_for_run()
    expect(page.get_by_text("'deleted_rows': [0]", exact=False)).to_be_visible()
    expect(page.get_by_text("names: ['pear', 'plum', 'fig']")).to_be_visible()
    expect(_cell(editor, 0, 0)).to_have_text("pear")


def test_a_dataframe_row_selection_reaches_session_state(sites: SiteServer, app_page: AppPage) -> None:
    page = _open(sites, app_page)
    frames = page.get_by_test_id("stDataFrame")
    selectable = frames.nth(2)
    selectable.get_by_role("checkbox", name="Select row 2").check()
    app_page.wait_for_run()
    expect(page.get_by_text("selected rows: [1]")).to_be_visible()


def test_ten_thousand_rows_are_virtualised(sites: SiteServer, app_page: AppPage) -> None:
    page = _open(sites, app_page)
    big = page.get_by_test_id("stDataFrame").nth(1)
    expect(big.get_by_role("gridcell").first).to_have_text("0")
    assert big.get_by_role("gridcell").count() < 200
    big.locator(".wl-grid-scroll").evaluate("(box) => { box.scrollTop = box.scrollHeight; }")
    expect(big.get_by_role("gridcell", name="9999", exact=True).first).to_be_visible()


def test_a_page_without_grids_loads_no_grid_chunk(sites: SiteServer, app_page: AppPage) -> None:
    url = sites.build("counter.py")
    folder = sites.folder(url) / "assets"
    grid_chunks = {path.name for path in folder.glob("chunk-*.js") if b"wl-grid-toolbar" in path.read_bytes()}
    assert grid_chunks, "the build has a grid chunk"
    page = app_page.open(url)
    page.get_by_test_id("stButton").locator("button").click()
    app_page.wait_for_run()
    loaded = page.evaluate("performance.getEntriesByType('resource').map((entry) => entry.name)")
    assert not [name for name in loaded if name.rsplit("/", 1)[-1] in grid_chunks]
