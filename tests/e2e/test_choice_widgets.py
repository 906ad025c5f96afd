"""The choice widgets in Chromium: mouse and keyboard reach the script, values come back."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Locator, Page, expect

from tests.e2e.conftest import AppPage, SiteServer

APPS = Path(__file__).parent / "apps"


def line(page: Page, prefix: str) -> Locator:
    """The st.write output that starts with a prefix, e.g. "Checkbox:"."""
    return page.get_by_test_id("stMarkdown").filter(has_text=prefix).first


def settle(app_page: AppPage) -> None:
    app_page.page.wait_for_timeout(150)
    app_page.wait_for_run()


def test_checkbox_and_toggle_by_mouse_and_keyboard(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("widgets_choice.py"))
    expect(line(page, "Checkbox:")).to_have_text("Checkbox: False")
    page.get_by_role("checkbox", name="I agree").click()
    settle(app_page)
    expect(line(page, "Checkbox:")).to_have_text("Checkbox: True")
    page.get_by_role("checkbox", name="I agree").press("Space")
    settle(app_page)
    expect(line(page, "Checkbox:")).to_have_text("Checkbox: False")

    switch = page.get_by_role("switch", name="Enable feature")
    expect(switch).to_be_checked()
    switch.press("Space")
    settle(app_page)
    expect(line(page, "Toggle:")).to_have_text("Toggle: False")
    expect(switch).not_to_be_checked()
    assert page.get_by_test_id("stCheckbox").count() == 2  # the toggle is an stCheckbox too


def test_radio_by_click_and_arrow_keys(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("widgets_choice.py"))
    group = page.get_by_role("radiogroup", name="Favourite colour")
    expect(group.get_by_test_id("stRadioOption")).to_have_count(3)
    expect(group).to_have_attribute("data-testid", "stRadioGroup")
    group.get_by_role("radio", name="Green").click()
    settle(app_page)
    expect(line(page, "Radio:")).to_have_text("Radio: Green")
    page.keyboard.press("ArrowDown")
    settle(app_page)
    expect(line(page, "Radio:")).to_have_text("Radio: Blue")
    expect(group.get_by_role("radio", name="Blue")).to_be_checked()

    sizes = page.get_by_role("radiogroup", name="T-shirt size")
    expect(sizes.get_by_role("radio", name="M")).not_to_be_checked()
    sizes.get_by_role("radio", name="M").click()
    settle(app_page)
    expect(line(page, "Horizontal radio:")).to_have_text("Horizontal radio: M")


def test_selectbox_opens_navigates_and_filters(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("widgets_choice.py"))
    combobox = page.get_by_role("combobox", name="Contact method")
    expect(combobox).to_have_value("Email")
    combobox.click()
    dropdown = page.get_by_test_id("stSelectboxVirtualDropdown")
    expect(dropdown.get_by_role("option")).to_have_count(4)
    expect(dropdown.get_by_role("option", name="Email")).to_have_attribute("aria-selected", "true")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    settle(app_page)
    expect(line(page, "Selectbox:")).to_have_text("Selectbox: Phone")
    expect(dropdown).to_have_count(0)

    combobox.click()
    page.keyboard.type("smo")
    expect(dropdown.get_by_role("option")).to_have_text(["Smoke signal"])
    page.keyboard.press("Enter")
    settle(app_page)
    expect(line(page, "Selectbox:")).to_have_text("Selectbox: Smoke signal")

    combobox.click()
    page.keyboard.press("Escape")
    expect(dropdown).to_have_count(0)
    expect(combobox).to_have_value("Smoke signal")


def test_selectbox_placeholder_and_choosing_by_click(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("widgets_choice.py"))
    pet = page.get_by_role("combobox", name="Pet")
    expect(pet).to_have_attribute("placeholder", "Choose a pet")
    expect(pet).to_have_value("")
    page.get_by_test_id("stSelectbox").nth(1).get_by_role("button", name="Open").click()
    page.get_by_role("option", name="Dog").click()
    settle(app_page)
    expect(line(page, "Selectbox without a default:")).to_have_text("Selectbox without a default: Dog")
    page.get_by_role("button", name="Clear value").click()
    settle(app_page)
    expect(line(page, "Selectbox without a default:")).to_have_text("Selectbox without a default: None")


def test_multiselect_tags_dropdown_and_keyboard(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("widgets_choice.py"))
    tags = page.get_by_test_id("stMultiSelectTagsContainer")
    expect(tags).to_contain_text("Banana")
    page.get_by_role("combobox", name="Fruits").click()
    dropdown = page.get_by_test_id("stMultiSelectDropdown")
    expect(dropdown.get_by_role("option")).to_have_text(["Select all", "Apple", "Date", "Elderberry"])
    dropdown.get_by_role("option", name="Apple").click()
    settle(app_page)
    expect(line(page, "Multiselect:")).to_have_text("Multiselect: Banana, Cherry, Apple")
    expect(dropdown).to_contain_text("You can only select up to 3 options. Remove an option first.")

    page.get_by_role("button", name="Remove Banana").click()
    settle(app_page)
    expect(line(page, "Multiselect:")).to_have_text("Multiselect: Cherry, Apple")
    combobox = page.get_by_role("combobox", name="Fruits")
    combobox.focus()
    page.keyboard.press("Backspace")
    settle(app_page)
    expect(line(page, "Multiselect:")).to_have_text("Multiselect: Cherry")
    page.keyboard.type("eld")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    settle(app_page)
    expect(line(page, "Multiselect:")).to_have_text("Multiselect: Cherry, Elderberry")


def test_slider_keys_commit_each_step_and_a_drag_commits_on_release(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("widgets_choice.py"))
    age = page.get_by_role("slider", name="Age")
    age.focus()
    page.keyboard.press("ArrowRight")
    settle(app_page)
    expect(line(page, "Slider:")).to_have_text("Slider: 26")

    slider = page.get_by_test_id("stSlider").first
    thumb = slider.locator(".wl-slider-thumb")
    box = thumb.bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + 200, box["y"] + box["height"] / 2, steps=8)
    shown = slider.get_by_test_id("stSliderThumbValue").inner_text()
    assert shown != "26"
    page.wait_for_timeout(300)
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")
    expect(line(page, "Slider:")).to_have_text("Slider: 26")  # nothing sent while dragging
    page.mouse.up()
    settle(app_page)
    expect(line(page, "Slider:")).to_have_text(f"Slider: {shown}")


def test_range_date_and_select_sliders(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("widgets_choice.py"))
    page.get_by_role("slider", name="Price range — end").focus()
    page.keyboard.press("ArrowLeft")
    settle(app_page)
    expect(line(page, "Range slider:")).to_have_text("Range slider: 25.0 to 74.99")
    page.get_by_role("slider", name="Price range — start").focus()
    page.keyboard.press("ArrowRight")
    settle(app_page)
    expect(line(page, "Range slider:")).to_have_text("Range slider: 25.01 to 74.99")
    rail = page.get_by_test_id("stSlider").nth(1).locator(".wl-slider-rail")
    box = rail.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] * 0.95, box["y"] + box["height"] / 2)  # the end thumb is nearer
    settle(app_page)
    start, end = line(page, "Range slider:").inner_text().removeprefix("Range slider: ").split(" to ")
    assert start == "25.01" and 93 < float(end) < 97

    day = page.get_by_role("slider", name="Day")
    expect(day).to_have_attribute("aria-valuetext", "Jan 15, 2024")
    day.focus()
    page.keyboard.press("ArrowRight")
    settle(app_page)
    expect(line(page, "Date slider:")).to_have_text("Date slider: 2024-01-16")

    page.get_by_role("slider", name="Meeting time — end").focus()
    page.keyboard.press("ArrowRight")
    settle(app_page)
    expect(line(page, "Time range:")).to_have_text("Time range: 09:00:00 to 10:45:00")

    shirt = page.get_by_role("slider", name="Shirt size")
    expect(shirt).to_have_attribute("aria-valuetext", "M")
    shirt.focus()
    page.keyboard.press("ArrowRight")
    settle(app_page)
    expect(line(page, "Select slider:")).to_have_text("Select slider: L")
    page.get_by_role("slider", name="Span — start").focus()
    page.keyboard.press("ArrowLeft")
    settle(app_page)
    expect(line(page, "Select range:")).to_have_text("Select range: XS to L")
    tick_bar = page.get_by_test_id("stSliderTickBar").nth(4)
    expect(tick_bar).to_have_text("XSXL")


def test_color_picker_commits_when_it_closes(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("widgets_choice.py"))
    swatch = page.get_by_role("button", name="Pick a colour color picker")
    expect(page.get_by_test_id("stColorPickerBlock")).to_have_css("background-color", "rgb(0, 249, 0)")
    swatch.click()
    popover = page.get_by_role("dialog", name="Pick a colour color picker")
    expect(popover).to_be_visible()
    hex_field = popover.get_by_role("textbox", name="Hex")
    hex_field.fill("#123456")
    page.wait_for_timeout(200)
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")
    expect(line(page, "Colour picker:")).to_have_text("Colour picker: #00f900")
    page.keyboard.press("Escape")
    settle(app_page)
    expect(line(page, "Colour picker:")).to_have_text("Colour picker: #123456")
    expect(swatch).to_be_focused()

    swatch.click()
    popover.get_by_role("slider", name="Hue").focus()
    page.keyboard.press("End")
    swatch.click()
    settle(app_page)
    expect(line(page, "Colour picker:")).not_to_have_text("Colour picker: #123456")


def test_celsius_example_starts_at_fifty_and_follows_the_slider(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("celsius_slider.py"))
    slider = page.get_by_role("slider", name="Temperature in Celsius")
    expect(slider).to_have_attribute("aria-valuetext", "50.00")
    expect(page.get_by_test_id("stSliderThumbValue")).to_have_text("50.00")
    expect(page.get_by_test_id("stMarkdown")).to_have_text("50.0")
    slider.focus()
    page.keyboard.press("ArrowRight")
    settle(app_page)
    expect(page.get_by_test_id("stMarkdown")).to_have_text("50.01")
    page.keyboard.press("End")
    settle(app_page)
    expect(page.get_by_test_id("stMarkdown")).to_have_text("100.0")


def test_disabled_hidden_labels_ignore_and_values_set_by_the_script(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APPS / "choice_states.py"))
    expect(page.get_by_role("checkbox", name="Disabled box")).to_be_disabled()
    expect(page.get_by_role("radiogroup", name="Hidden label")).to_be_visible()
    expect(page.get_by_role("combobox", name="Collapsed label")).to_be_visible()

    page.get_by_role("checkbox", name="Quiet box").click()
    page.wait_for_timeout(300)
    expect(line(page, "Quiet:")).to_have_text("Quiet: False")  # on_change="ignore": no rerun

    page.get_by_role("button", name="Reset from a callback").click()
    settle(app_page)
    expect(line(page, "Quiet:")).to_have_text("Quiet: True")  # the quiet value travelled with this run
    expect(line(page, "Level:")).to_have_text("Level: 80 Flavours: Mint Shade: #ff0000")
    expect(page.get_by_role("slider", name="Level")).to_have_value("80")
    expect(page.get_by_test_id("stMultiSelectTagsContainer")).to_have_text("Mint")
    expect(page.get_by_test_id("stColorPickerBlock")).to_have_css("background-color", "rgb(255, 0, 0)")

    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_role("combobox", name="Sidebar choice").click()
    page.keyboard.type("middle")
    expect(sidebar.get_by_role("option").first).to_have_text("Add: middle")
    page.keyboard.press("Enter")
    settle(app_page)
    expect(line(page, "Sidebar:")).to_have_text("Sidebar: middle")


def test_choice_widgets_in_a_form_wait_for_the_submit_and_clear_after_it(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APPS / "choice_form.py"))
    order = line(page, "Order:")
    expect(order).to_have_text("Order: False S plain")
    page.get_by_role("checkbox", name="Extra cheese").click()
    page.get_by_role("slider", name="Size").focus()
    page.keyboard.press("End")
    page.get_by_role("combobox", name="Toppings").click()
    page.get_by_role("option", name="Basil").click()
    page.keyboard.press("Escape")  # the list stays open for more picks; it covers the button
    page.wait_for_timeout(300)
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")
    expect(order).to_have_text("Order: False S plain")  # nothing sent before the submit
    page.get_by_role("button", name="Order").click()
    settle(app_page)
    expect(order).to_have_text("Order: True L Basil")
    expect(page.get_by_role("checkbox", name="Extra cheese")).not_to_be_checked()  # cleared on submit
    expect(page.get_by_role("slider", name="Size")).to_have_attribute("aria-valuetext", "S")
    expect(page.get_by_test_id("stMultiSelectTagsContainer")).to_have_text("")
