"""Fragments and dialogs in Chromium (examples/fragments_and_dialogs.py and
tests/e2e/apps/fragments.py): a fragment run rebuilds only its fragment, run_every ticks
while the fragment is shown, events that arrive during a fragment run are applied in
order, and dialogs open, trap focus and close with the keyboard and the mouse."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import AppPage, SiteServer

APPS = Path(__file__).parent / "apps"
DIALOG = '[data-testid="stDialog"]'

# Records DOM changes in stMain that happen outside one element (the fragment's block).
WATCH_OUTSIDE = """(inside) => {
  window.__outsideMutations = [];
  const keep = document.querySelector(inside);
  new MutationObserver((records) => {
    for (const record of records) {
      if (!keep.contains(record.target)) window.__outsideMutations.push(record.target.nodeName);
    }
  }).observe(document.querySelector('[data-testid="stMain"]'), {subtree: true, childList: true, attributes: true, characterData: true});
}"""


def fragment_block(page: Page, text: str) -> str:
    """A selector for the fragment's block that shows ``text``, marked for the test."""
    page.locator('[data-testid="stVerticalBlock"]', has_text=text).last.evaluate(
        "element => element.setAttribute('data-test-fragment', '1')"
    )
    return '[data-test-fragment="1"]'


def test_a_fragment_run_changes_only_the_fragment(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("fragments_and_dialogs.py"))
    main = page.get_by_test_id("stMain")
    expect(main).to_contain_text("The whole app ran 1 time(s).")
    page.evaluate("window.__heading = document.querySelector('[data-testid=stHeading]')")
    page.evaluate(WATCH_OUTSIDE, fragment_block(page, "squared is"))
    slider = page.get_by_role("slider", name="Pick a number")
    slider.focus()
    slider.press("ArrowRight")
    app_page.wait_for_run()
    expect(main).to_contain_text("6 squared is 36.")
    expect(main).to_contain_text("This fragment ran 2 time(s).")
    expect(main).to_contain_text("The whole app ran 1 time(s).")
    assert page.evaluate("window.__outsideMutations") == []
    assert page.evaluate("window.__heading === document.querySelector('[data-testid=stHeading]')")
    page.get_by_role("button", name="Rerun the whole app").click()
    app_page.wait_for_run()
    expect(main).to_contain_text("The whole app ran 2 time(s).")
    expect(main).to_contain_text("6 squared is 36.")


def test_run_every_ticks_while_the_fragment_is_shown_and_stops_when_it_leaves(
    sites: SiteServer, app_page: AppPage
) -> None:
    page = app_page.open(sites.build("fragments_and_dialogs.py"))
    main = page.get_by_test_id("stMain")
    page.evaluate("""() => {
      const session = window.__wasmlit.session;
      const original = session.autoRerun.bind(session);
      window.__ticks = 0;
      session.autoRerun = (id) => { window.__ticks += 1; original(id); };
    }""")
    page.get_by_role("switch", name="Run the clock").click()
    metric = page.get_by_test_id("stMetricValue")
    expect(metric).to_have_text("3")
    expect(main).to_contain_text("The whole app ran 2 time(s).")
    page.get_by_role("slider", name="Pick a number").focus()
    page.keyboard.press("ArrowLeft")
    expect(main).to_contain_text("4 squared is 16.")
    page.get_by_role("switch", name="Run the clock").click()
    app_page.wait_for_run()
    expect(metric).to_have_count(0)
    ticks = page.evaluate("window.__ticks")
    # Longer than two intervals of the clock (1 s): a timer still running would tick.
    page.wait_for_timeout(2500)
    assert page.evaluate("window.__ticks") == ticks


def test_a_dialog_opens_traps_focus_and_closes_with_keyboard_and_mouse(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("fragments_and_dialogs.py"))
    main = page.get_by_test_id("stMain")
    sign_in = page.get_by_role("button", name="Sign in")

    sign_in.click()
    dialog = page.get_by_role("dialog", name="Who are you?")
    expect(dialog).to_be_visible()
    expect(page.locator(DIALOG)).to_have_count(1)
    # Focus moves into the dialog once it is shown (an effect after the render): wait for it.
    focus_inside = "document.querySelector('[role=dialog]')?.contains(document.activeElement)"
    page.wait_for_function(focus_inside)
    for _ in range(6):
        page.keyboard.press("Tab")
        assert page.evaluate(focus_inside)
    page.keyboard.press("Escape")
    expect(page.locator(DIALOG)).to_have_count(0)
    expect(sign_in).to_be_focused()

    sign_in.click()
    dialog.get_by_role("button", name="Close").click()
    expect(page.locator(DIALOG)).to_have_count(0)

    sign_in.click()
    expect(dialog).to_be_visible()
    page.mouse.click(5, 450)  # the backdrop, beside the dialog
    expect(page.locator(DIALOG)).to_have_count(0)

    sign_in.click()
    app_page.wait_for_run()
    dialog.get_by_label("Your name").fill("Ada")
    dialog.get_by_label("Your name").press("Enter")
    app_page.wait_for_run()
    expect(dialog).to_contain_text("3 letters so far.")
    expect(main).to_contain_text("The whole app ran 5 time(s).")
    dialog.get_by_role("button", name="Submit").click()
    app_page.wait_for_run()
    expect(page.locator(DIALOG)).to_have_count(0)
    expect(main).to_contain_text("Signed in as Ada.")
    expect(main).to_contain_text("The whole app ran 6 time(s).")


def test_a_dialog_that_may_not_be_dismissed_and_one_whose_dismissal_reruns(
    sites: SiteServer, app_page: AppPage
) -> None:
    page = app_page.open(sites.build(APPS / "fragments.py"))
    main = page.get_by_test_id("stMain")
    page.get_by_role("button", name="Ask").click()
    app_page.wait_for_run()
    dialog = page.get_by_role("dialog", name="Confirm")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("button", name="Close")).to_have_count(0)
    page.keyboard.press("Escape")
    page.keyboard.press("r")
    page.mouse.click(5, 450)
    expect(dialog).to_be_visible()
    expect(main).to_contain_text("app runs: 2")
    dialog.get_by_role("button", name="Yes").click()
    app_page.wait_for_run()
    expect(page.locator(DIALOG)).to_have_count(0)
    expect(main).to_contain_text("answer: yes")
    expect(main).to_contain_text("app runs: 3")  # neither "r" nor anything else reran meanwhile

    page.get_by_role("button", name="Open note").click()
    app_page.wait_for_run()
    expect(main).to_contain_text("app runs: 4")
    page.get_by_role("dialog", name="Note").get_by_role("button", name="Close").click()
    app_page.wait_for_run()
    expect(main).to_contain_text("app runs: 5")
    expect(page.locator(DIALOG)).to_have_count(0)


@pytest.mark.parametrize("isolated", [False, True], ids=["queued", "fast-rerun"])
def test_a_click_during_a_fragment_run_is_applied_in_order(
    sites: SiteServer, app_page: AppPage, isolated: bool
) -> None:
    url = sites.build(APPS / "fragments.py")
    page = app_page.open(sites.isolated(url) if isolated else url)
    main = page.get_by_test_id("stMain")
    page.get_by_role("button", name="Slow").click()
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="running"]')
    page.get_by_role("button", name="Outside").click()
    page.get_by_role("button", name="Count").click()
    app_page.wait_for_run()
    expect(main).to_contain_text("log: slow,outside")
    expect(main).to_contain_text("count: 1")
    expect(main).to_contain_text("app runs: 2")
