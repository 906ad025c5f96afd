"""Details checked against Streamlit 1.67's page: tooltips, fenced code, heading anchors,
a collapsed metric label, form hints, the tab title on a rerun, expanders' open state,
data-layout."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import expect

from tests.e2e.conftest import AppPage, SiteServer

APP = Path(__file__).parent / "apps" / "details.py"


def test_help_opens_a_tooltip_with_its_markdown(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APP))
    expect(page.get_by_test_id("stTooltipContent")).to_have_count(0)
    page.get_by_test_id("stTextInput").filter(has_text="Name").get_by_test_id("stTooltipHoverTarget").hover()
    tooltip = page.get_by_test_id("stTooltipContent")
    expect(tooltip).to_have_text("Some bold help")
    expect(tooltip.locator("strong")).to_have_text("bold")
    page.mouse.move(0, 0)
    expect(tooltip).to_have_count(0)


def test_a_buttons_help_opens_on_the_button_itself(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APP))
    button = page.get_by_test_id("stButton").filter(has_text="Rename the tab")
    # As in Streamlit: the button is the tooltip's hover target, with no "?" beside it.
    expect(button.get_by_test_id("stTooltipHoverTarget").get_by_role("button", name="Rename the tab")).to_be_visible()
    expect(button.get_by_role("img")).to_have_count(0)
    button.get_by_role("button").hover()
    expect(page.get_by_test_id("stTooltipContent")).to_have_text("Button help")


def test_press_enter_to_submit_form_only_where_enter_submits(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APP))
    submits = page.get_by_test_id("stTextInput").filter(has_text="In a form")
    submits.get_by_role("textbox").focus()
    expect(submits.get_by_test_id("InputInstructions")).to_have_text("Press Enter to submit form")
    # enter_to_submit=False: Streamlit says nothing about Enter, typed text or not.
    silent = page.get_by_test_id("stTextInput").filter(has_text="Enter does not submit")
    silent.get_by_role("textbox").fill("typed")
    expect(silent.get_by_text("Press Enter")).to_have_count(0)
    # Outside a form: "apply", once there is something to apply.
    name = page.get_by_test_id("stTextInput").filter(has_text="Name")
    name.get_by_role("textbox").fill("Ada")
    expect(name.get_by_test_id("InputInstructions")).to_have_text("Press Enter to apply")


def test_a_collapsed_metric_label_stays_in_the_page_unseen(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APP))
    label = page.get_by_test_id("stMetric").get_by_test_id("stMetricLabel")
    expect(label).to_have_count(1)
    expect(label).to_have_text("Hidden metric label")
    expect(label).to_be_hidden()
    expect(page.get_by_test_id("stMetricValue")).to_have_text("42")


def test_the_app_view_says_its_layout(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APP))
    # st.set_page_config without layout="wide": Streamlit's "narrow".
    expect(page.get_by_test_id("stAppViewContainer")).to_have_attribute("data-layout", "narrow")


def test_a_page_title_set_on_a_rerun_renames_the_tab(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APP))
    expect(page).to_have_title("First title")
    page.get_by_role("button", name="Rename the tab").click()
    expect(page).to_have_title("Second title")


def test_an_expander_never_takes_another_expanders_open_state(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APP))
    first = page.get_by_test_id("stExpander").filter(has_text="First expander")
    first.locator("summary").click()
    expect(first.get_by_text("first body")).to_be_visible()
    # A checkbox after the forms is outside them: a click reruns at once.
    page.get_by_role("checkbox", name="Show the first expander").click()
    expect(first).to_have_count(0)
    second = page.get_by_test_id("stExpander").filter(has_text="Second expander")
    expect(second.locator("details")).not_to_have_attribute("open", "")
    expect(second.get_by_text("second body")).to_be_hidden()


def test_fenced_code_in_markdown_is_a_code_element(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APP))
    code = page.get_by_test_id("stMarkdown").get_by_test_id("stCode")
    expect(code).to_have_text("x = 1")
    # Highlighted as st.code is, once the highlighter has loaded.
    expect(code.locator("code.language-python .token.number")).to_have_text("1")


def test_headings_get_streamlits_anchor_ids(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APP))
    # Ids as Streamlit 1.67's page gives them to the same headings.
    expect(page.get_by_role("heading", name="Grüße aus Köln")).to_have_attribute("id", "gruesse-aus-koeln")
    expect(page.get_by_role("heading", name="A bold headerTitle & more")).to_have_attribute(
        "id", "a-bold-header-title-and-more"
    )
