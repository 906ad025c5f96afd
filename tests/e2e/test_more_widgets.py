"""examples/more_widgets.py in Chromium: pills, segmented controls, feedback, datetime input,
the address binding and a reload, the logo, st.space, st.echo and st.context."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from tests.e2e.conftest import AppPage, SiteServer


def line(page: Page, prefix: str) -> Locator:
    return page.get_by_test_id("stMarkdown").filter(has_text=prefix).first


def settle(app_page: AppPage) -> None:
    app_page.page.wait_for_timeout(150)
    app_page.wait_for_run()


def test_pills_by_mouse_and_keyboard_and_the_address_binding(sites: SiteServer, app_page: AppPage) -> None:
    url = sites.build("more_widgets.py")
    page = app_page.open(url)
    genres = page.get_by_role("toolbar", name="Genres")
    expect(page.get_by_test_id("stButtonGroup").first).to_be_visible()
    genres.get_by_role("button", name="Comedy").click()
    settle(app_page)
    expect(line(page, "Genres:")).to_have_text("Genres: Comedy")
    expect(genres.get_by_role("button", name="Comedy")).to_have_attribute("aria-pressed", "true")
    # Arrow keys move between the buttons, Space toggles the focused one.
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Space")
    settle(app_page)
    expect(line(page, "Genres:")).to_have_text("Genres: Comedy, 🚀 Sci-fi")
    assert "genres=Comedy&genres=%F0%9F%9A%80+Sci-fi" in page.url

    page.reload()
    app_page.wait_connected()
    app_page.wait_for_run()
    expect(line(page, "Genres:")).to_have_text("Genres: Comedy, 🚀 Sci-fi")
    genres.get_by_role("button", name="Comedy").click()
    genres.get_by_role("button", name="Sci-fi").click()
    settle(app_page)
    expect(line(page, "Genres:")).to_have_text("Genres: none")
    assert "genres" not in page.url


def test_segmented_control_single_required_and_in_a_form(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("more_widgets.py"))
    view = page.get_by_role("radiogroup", name="View")
    view.get_by_role("radio", name="Grid").click()
    settle(app_page)
    expect(line(page, "View:")).to_have_text("View: Grid")
    expect(view.get_by_role("radio", name="Grid")).to_have_attribute("aria-checked", "true")
    # required=True: a click on the selected option keeps it.
    view.get_by_role("radio", name="Grid").click()
    page.wait_for_timeout(300)
    expect(line(page, "View:")).to_have_text("View: Grid")

    mood = page.get_by_role("radiogroup", name="Mood after the film")
    mood.get_by_role("radio").nth(2).click()
    page.wait_for_timeout(300)
    expect(line(page, "Mood:")).to_have_text("Mood: not saved")
    page.get_by_test_id("stForm").get_by_role("button", name="Save").click()
    settle(app_page)
    expect(line(page, "Mood:")).to_have_text("Mood: 😀")


def test_feedback_stars_and_thumbs(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("more_widgets.py"))
    stars = page.get_by_test_id("stFeedback").first
    stars.get_by_role("radio", name="4 out of 5 stars").click()
    settle(app_page)
    expect(line(page, "Stars:")).to_have_text("Stars: 4")
    expect(stars.get_by_test_id("stFeedbackButtonActive")).to_have_count(4)
    assert "stars=3" in page.url
    stars.get_by_role("radio", name="4 out of 5 stars").click()
    settle(app_page)
    expect(line(page, "Stars:")).to_have_text("Stars: none")
    assert "stars" not in page.url

    thumbs = page.get_by_test_id("stFeedback").nth(1)
    thumbs.get_by_role("radio", name="Thumbs up").focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")
    settle(app_page)
    expect(line(page, "Thumbs:")).to_have_text("Thumbs: down")


def test_datetime_input_by_keyboard_and_calendar(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("more_widgets.py"))
    field = page.get_by_test_id("stDateTimeInput")
    hour = field.get_by_role("spinbutton", name="hour, Screening time")
    hour.click()
    page.keyboard.type("21")
    page.keyboard.press("Enter")
    settle(app_page)
    expect(line(page, "Screening:")).to_have_text("Screening: 2025-11-19 21:30")
    field.get_by_role("button", name="Choose date and time").click()
    page.get_by_test_id("stDateTimeInputCalendar").get_by_role("button", name="November 20, 2025").click()
    settle(app_page)
    expect(line(page, "Screening:")).to_have_text("Screening: 2025-11-20 21:30")


def test_logo_space_echo_and_context(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("more_widgets.py"))
    expect(page.get_by_test_id("stHeaderLogo")).to_have_text("🎬")
    expect(page.get_by_test_id("stSpace")).to_have_count(1)
    left, right = page.get_by_role("button", name="Left"), page.get_by_role("button", name="Right")
    assert (right.bounding_box() or {"x": 0})["x"] - (left.bounding_box() or {"x": 0})["x"] > 300
    expect(page.get_by_test_id("stCode")).to_contain_text("minutes = 2 * 60 + 15")
    expect(line(page, "Running time:")).to_have_text("Running time: 135 minutes")
    timezone = page.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone")
    expect(page.get_by_test_id("stCaptionContainer")).to_contain_text(f"time zone: {timezone}")
