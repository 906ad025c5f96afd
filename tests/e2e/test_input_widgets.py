"""The input widgets in Chromium: typing, keys, step buttons, calendar, uploads, downloads."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.e2e.conftest import AppPage, SiteServer

GALLERY = "widgets_input.py"


@pytest.fixture
def gallery(sites: SiteServer, app_page: AppPage) -> Page:
    return app_page.open(sites.build(GALLERY))


def output(page: Page, prefix: str) -> Locator:
    """The markdown line the gallery writes under a widget, e.g. "Quantity: 3"."""
    return page.get_by_test_id("stMarkdown").filter(has_text=prefix).first


def widget(page: Page, test_id: str, label: str) -> Locator:
    return page.get_by_test_id(test_id).filter(has=page.get_by_test_id("stWidgetLabel").get_by_text(label, exact=True))


def test_counter_with_args_adds_the_entered_value(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("counter_args.py"))
    field = page.get_by_role("spinbutton", name="Enter a value")
    field.fill("3")
    field.press("Enter")
    app_page.wait_for_run()
    page.get_by_test_id("stButton").get_by_role("button", name="Increment").click()
    app_page.wait_for_run()
    expect(page.get_by_test_id("stMarkdown").last).to_have_text("Count = 3")


def test_forty_rapid_step_presses_end_at_forty(gallery: Page, app_page: AppPage) -> None:
    step_up = widget(gallery, "stNumberInput", "Steps").get_by_test_id("stNumberInputStepUp")
    for _ in range(40):
        step_up.click(delay=0, no_wait_after=True)
    expect(output(gallery, "Steps:")).to_have_text("Steps: 40", timeout=60_000)
    app_page.wait_for_run()
    expect(widget(gallery, "stNumberInput", "Steps").get_by_test_id("stNumberInputField")).to_have_value("40")


def test_number_input_keys_commit_and_out_of_range_is_refused(gallery: Page, app_page: AppPage) -> None:
    quantity = widget(gallery, "stNumberInput", "Quantity")
    field = quantity.get_by_role("spinbutton", name="Quantity")
    field.focus()
    field.press("ArrowUp")
    app_page.wait_for_run()
    expect(output(gallery, "Quantity:")).to_have_text("Quantity: 4")
    field.fill("12")
    expect(quantity.get_by_test_id("InputInstructions")).to_have_text("Press Enter to apply")
    field.press("Enter")
    expect(quantity.get_by_role("alert")).to_have_text(
        "Number is outside the allowed range. Please enter a value between 0 and 10."
    )
    field.fill("9")
    field.press("Tab")
    app_page.wait_for_run()
    expect(output(gallery, "Quantity:")).to_have_text("Quantity: 9")
    expect(quantity.get_by_role("alert")).to_have_count(0)


def test_text_input_commits_on_enter_not_per_keystroke(gallery: Page, app_page: AppPage) -> None:
    name = widget(gallery, "stTextInput", "Name")
    field = name.get_by_role("textbox", name="Name")
    field.focus()
    gallery.keyboard.type("Ada")
    expect(name.get_by_test_id("InputInstructions")).to_have_text("Press Enter to apply3/20")
    expect(output(gallery, "Name:")).to_have_text("Name:")
    field.press("Enter")
    app_page.wait_for_run()
    expect(output(gallery, "Name:")).to_have_text("Name: Ada")


def test_password_commits_on_blur_and_can_be_revealed(gallery: Page, app_page: AppPage) -> None:
    password = widget(gallery, "stTextInput", "Password")
    field = password.get_by_label("Password", exact=True)
    expect(field).to_have_attribute("type", "password")
    field.fill("secret")
    field.press("Tab")
    expect(password.get_by_role("button", name="Show password")).to_be_focused()
    gallery.keyboard.press("Tab")
    app_page.wait_for_run()
    expect(output(gallery, "Password length:")).to_have_text("Password length: 6")
    password.get_by_role("button", name="Show password").click()
    expect(field).to_have_attribute("type", "text")


def test_text_area_enter_adds_a_line_and_ctrl_enter_commits(gallery: Page, app_page: AppPage) -> None:
    notes = widget(gallery, "stTextArea", "Notes")
    area = notes.get_by_role("textbox", name="Notes")
    area.focus()
    gallery.keyboard.press("End")
    gallery.keyboard.press("Enter")
    gallery.keyboard.type("more")
    expect(notes.get_by_test_id("InputInstructions")).to_have_text("Press Ctrl+Enter to apply")
    gallery.keyboard.press("Control+Enter")
    app_page.wait_for_run()
    expect(gallery.get_by_test_id("stMarkdown").filter(has_text="Notes:").first).to_contain_text("more")


def test_date_segments_are_typed_and_committed_with_enter(gallery: Page, app_page: AppPage) -> None:
    day = widget(gallery, "stDateInput", "Day")
    year = day.get_by_role("spinbutton", name="year, Day")
    year.focus()
    gallery.keyboard.type("2023")
    expect(day.get_by_role("spinbutton", name="month, Day")).to_be_focused()
    gallery.keyboard.type("06")
    gallery.keyboard.type("30")
    gallery.keyboard.press("Enter")
    app_page.wait_for_run()
    expect(output(gallery, "Day:")).to_have_text("Day: 2023-06-30")
    day.get_by_role("spinbutton", name="day, Day").press("ArrowUp")
    expect(day.get_by_role("spinbutton", name="day, Day")).to_have_text("01")
    expect(output(gallery, "Day:")).to_have_text("Day: 2023-06-30")
    day.get_by_role("spinbutton", name="day, Day").press("Tab")
    app_page.wait_for_run()
    expect(output(gallery, "Day:")).to_have_text("Day: 2023-06-01")


def test_date_calendar_works_with_the_keyboard(gallery: Page, app_page: AppPage) -> None:
    day = widget(gallery, "stDateInput", "Day")
    day.get_by_role("spinbutton", name="day, Day").focus()
    gallery.keyboard.press("Alt+ArrowDown")
    calendar = day.get_by_test_id("stDateInputCalendar")
    expect(calendar).to_be_visible()
    expect(calendar.get_by_role("button", name="Monday, January 15, 2024")).to_be_focused()
    gallery.keyboard.press("ArrowDown")
    gallery.keyboard.press("ArrowRight")
    gallery.keyboard.press("Enter")
    app_page.wait_for_run()
    expect(calendar).to_have_count(0)
    expect(output(gallery, "Day:")).to_have_text("Day: 2024-01-23")


def test_date_range_takes_two_clicks(gallery: Page, app_page: AppPage) -> None:
    trip = widget(gallery, "stDateInput", "Trip")
    trip.get_by_role("button", name="Choose date range").click()
    calendar = trip.get_by_test_id("stDateInputCalendar")
    calendar.get_by_role("button", name="Thursday, January 25, 2024").click()
    calendar.get_by_role("button", name="Monday, January 22, 2024").click()
    app_page.wait_for_run()
    expect(output(gallery, "Trip:")).to_contain_text("datetime.date(2024, 1, 22), datetime.date(2024, 1, 25)")
    expect(trip.get_by_role("spinbutton", name="day, Trip start date")).to_have_text("22")


def test_time_arrow_keys_snap_to_the_step_and_commit(gallery: Page, app_page: AppPage) -> None:
    alarm = widget(gallery, "stTimeInput", "Alarm")
    expect(alarm.get_by_test_id("stTimeInputTimeDisplay")).to_have_text("08:45")
    minute = alarm.get_by_role("spinbutton", name="minute, Alarm")
    minute.press("ArrowUp")
    app_page.wait_for_run()
    expect(output(gallery, "Alarm:")).to_have_text("Alarm: 09:00:00")
    hour = alarm.get_by_role("spinbutton", name="hour, Alarm")
    hour.focus()
    gallery.keyboard.type("17")
    gallery.keyboard.press("Enter")
    app_page.wait_for_run()
    expect(output(gallery, "Alarm:")).to_have_text("Alarm: 17:00:00")
    lap = widget(gallery, "stTimeInput", "Lap")
    lap.get_by_role("spinbutton", name="second, Lap").press("ArrowUp")
    app_page.wait_for_run()
    expect(output(gallery, "Lap:")).to_have_text("Lap: 00:02:00")


def test_file_upload_reaches_python_and_can_be_removed(gallery: Page, app_page: AppPage, tmp_path: Path) -> None:
    csv_file = tmp_path / "data.csv"
    csv_file.write_bytes(b"a,b\n1,2\n")
    uploader = widget(gallery, "stFileUploader", "Upload a CSV")
    expect(uploader.get_by_test_id("stFileUploaderDropzoneInstructions")).to_have_text("200MB per file • CSV, TXT")
    uploader.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(csv_file))
    app_page.wait_for_run()
    expect(output(gallery, "Uploaded:")).to_have_text("Uploaded: data.csv text/csv 8")
    expect(gallery.get_by_test_id("stCode")).to_contain_text("a,b")
    chip = uploader.get_by_test_id("stFileChip")
    expect(chip).to_have_attribute("aria-label", "data.csv, 8.0B")
    chip.get_by_role("button", name="Remove data.csv").click()
    app_page.wait_for_run()
    expect(output(gallery, "Uploaded:")).to_have_count(0)


def test_upload_button_opens_the_file_chooser_from_the_keyboard(
    gallery: Page, app_page: AppPage, tmp_path: Path
) -> None:
    text_file = tmp_path / "note.txt"
    text_file.write_text("hello")
    button = widget(gallery, "stFileUploader", "Upload a CSV").get_by_role("button", name="Upload", exact=True)
    # Playwright asks Chromium to intercept file choosers without waiting for a reply; a
    # listener added before the round trip of focus() makes sure interception is on.
    gallery.on("filechooser", lambda _chooser: None)
    button.focus()
    with gallery.expect_file_chooser() as chooser:
        gallery.keyboard.press("Enter")
    chooser.value.set_files(str(text_file))
    app_page.wait_for_run()
    expect(output(gallery, "Uploaded:")).to_have_text("Uploaded: note.txt text/plain 5")


def test_files_dropped_on_the_drop_zone_are_uploaded(gallery: Page, app_page: AppPage) -> None:
    zone = widget(gallery, "stFileUploader", "Upload several files").get_by_test_id("stFileUploaderDropzone")
    zone.evaluate(
        """zone => {
            const transfer = new DataTransfer();
            transfer.items.add(new File(["one"], "one.txt", { type: "text/plain" }));
            transfer.items.add(new File(["two"], "two.txt", { type: "text/plain" }));
            zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: transfer, bubbles: true, cancelable: true }));
            zone.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
        }"""
    )
    app_page.wait_for_run()
    expect(gallery.get_by_test_id("stJson")).to_contain_text('"one.txt"')
    expect(gallery.get_by_test_id("stJson")).to_contain_text('"two.txt"')
    expect(gallery.get_by_test_id("stFileChip")).to_have_count(2)


def test_download_button_saves_the_file_and_reruns(gallery: Page, app_page: AppPage) -> None:
    button = gallery.get_by_test_id("stDownloadButton").get_by_role("button", name="Download the notes")
    button.focus()
    with gallery.expect_download() as download_info:
        gallery.keyboard.press("Enter")
    download = download_info.value
    assert download.suggested_filename == "notes.txt"
    assert Path(download.path()).read_text() == "Some notes"
    app_page.wait_for_run()
    expect(output(gallery, "Downloaded:")).to_have_text("Downloaded: True")


def test_the_gallery_looks_like_streamlit(gallery: Page, tmp_path: Path) -> None:
    field = gallery.get_by_test_id("stNumberInputContainer").first
    assert field.evaluate("e => getComputedStyle(e).height") == "40px"
    expect(gallery.get_by_test_id("stNumberInputField").first).to_have_attribute("type", "number")
    expect(gallery.get_by_test_id("stTextAreaRootElement").first).to_be_visible()
    gallery.screenshot(path=str(tmp_path / "widgets_input.png"), full_page=True)
