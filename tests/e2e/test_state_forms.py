"""Session State, forms and the run loop in Chromium: the guide's examples behave as the
guide says, errors are shown like Streamlit shows them, and the app keeps working."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import expect

from tests.e2e.conftest import AppPage, SiteServer

APPS = Path(__file__).resolve().parent / "apps"


def exception_text(app_page: AppPage) -> str:
    return app_page.page.get_by_test_id("stException").inner_text()


def press_r(app_page: AppPage) -> None:
    app_page.page.locator("body").press("r")
    app_page.wait_for_run()


def test_reading_a_key_shows_its_value(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("read_state.py"))
    expect(page.get_by_test_id("stMarkdown")).to_have_text("value")


def test_uninitialized_key_throws_an_exception(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("uninitialized_key.py"))
    exception = page.get_by_test_id("stException")
    expect(exception).to_be_visible()
    text = exception_text(app_page)
    assert (
        'KeyError: \'st.session_state has no key "value". Did you forget to initialize it? More info: '
        "https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization'"
    ) in text
    expect(page.get_by_test_id("stExceptionTraceRow").first).to_contain_text("st.write(st.session_state['value'])")


def test_setting_a_button_through_state_raises_and_the_app_keeps_working(
    sites: SiteServer, app_page: AppPage, tmp_path: Path
) -> None:
    page = app_page.open(sites.build("button_state_error.py"))
    text = exception_text(app_page)
    assert "streamlit.errors.StreamlitValueAssignmentNotAllowedError" in text
    assert (
        "st.session_state['my_button'] is read-only and cannot be assigned through session state. "
        "Use a different session state key for values you need to set."
    ) in text
    expect(page.get_by_role("button", name="Submit")).to_have_count(0)
    page.screenshot(path=str(tmp_path / "button_state_error.png"))
    press_r(app_page)
    expect(page.get_by_test_id("stException")).to_have_count(0)
    page.get_by_role("button", name="Submit").click()
    app_page.wait_for_run()
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_test_id("stButton")).to_be_visible()


SERIALIZE_MESSAGE = (
    "Cannot serialize the value (of type <class 'function'>) of '{key}' in st.session_state. Streamlit has been "
    "configured to use pickle to serialize session_state values. Please convert the value to a "
    "pickle-serializable type. To learn more about this behavior, see our docs."
)


def test_unserializable_value_raises_when_the_config_file_asks(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("unserializable/app.py", name="unserializable"))
    text = exception_text(app_page)
    assert "streamlit.errors.UnserializableSessionStateError" in text
    assert SERIALIZE_MESSAGE.format(key="unserializable") in text
    expect(page.get_by_role("link", name="pickle")).to_have_attribute(
        "href", "https://docs.python.org/3/library/pickle.html"
    )


def test_the_build_flag_turns_the_check_on_and_the_error_follows_the_output(
    sites: SiteServer, app_page: AppPage
) -> None:
    unchecked = app_page.open(sites.build(APPS / "lambda_in_state.py"))
    expect(unchecked.get_by_test_id("stException")).to_have_count(0)
    page = app_page.open(sites.build(APPS / "lambda_in_state.py", **{"runner.enforceSerializableSessionState": True}))
    assert SERIALIZE_MESSAGE.format(key="fn") in exception_text(app_page)
    order = page.evaluate(
        """() => [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stElementContainer"]')]
               .map((el) => el.firstElementChild.getAttribute('data-testid'))"""
    )
    assert order == ["stMarkdown", "stButton", "stException"]
    page.get_by_role("button", name="Rerun").click()
    app_page.wait_for_run()
    expect(page.get_by_test_id("stException")).to_have_count(1)


def test_forms_render_like_streamlit_and_submit_with_callbacks(
    sites: SiteServer, app_page: AppPage, tmp_path: Path
) -> None:
    page = app_page.open(sites.build(APPS / "forms.py"))
    forms = page.get_by_test_id("stForm")
    expect(forms).to_have_count(2)
    expect(forms.first).to_have_css("border-top-style", "solid")
    expect(forms.first).to_have_css("border-top-left-radius", "8px")
    expect(forms.nth(1)).to_have_css("border-top-style", "none")
    expect(page.get_by_test_id("stFormSubmitButton")).to_have_count(3)
    expect(page.get_by_test_id("stBaseButton-secondaryFormSubmit")).to_have_text("Save")
    expect(page.get_by_test_id("stBaseButton-primaryFormSubmit")).to_have_text("Save twice")
    expect(page.get_by_test_id("stBaseButton-tertiaryFormSubmit")).to_have_text("Send")
    status = page.get_by_test_id("stMarkdown").last
    expect(status).to_have_text("saved=False key=False submits=0")
    page.screenshot(path=str(tmp_path / "forms.png"))
    page.get_by_role("button", name="Save", exact=True).click()
    app_page.wait_for_run()
    expect(status).to_have_text("saved=True key=True submits=1")
    page.get_by_role("button", name="Save twice").click()
    app_page.wait_for_run()
    expect(status).to_have_text("saved=False key=False submits=3")
    press_r(app_page)
    expect(status).to_have_text("saved=False key=False submits=3")
    expect(page.locator(".st-key-FormSubmitter-order-Save")).to_have_count(1)


def test_a_click_during_a_run_is_applied_and_causes_exactly_one_more_run(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APPS / "slow_clicks.py"))
    status = page.get_by_test_id("stMarkdown").last
    expect(status).to_have_text("runs=1 clicks=0")
    button = page.get_by_role("button", name="Click")
    button.click()
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="running"]')
    button.click()
    expect(status).to_have_text("runs=3 clicks=2", timeout=30_000)
    app_page.wait_for_run()
    page.wait_for_timeout(1500)
    expect(status).to_have_text("runs=3 clicks=2")
    assert page.evaluate("window.__wasmlit.session.queue.length") == 0


def test_log_lines_reach_the_browser_console_once(sites: SiteServer, app_page: AppPage) -> None:
    warnings: list[str] = []
    app_page.page.on("console", lambda message: warnings.append(message.text) if message.type == "warning" else None)
    page = app_page.open(sites.build(APPS / "console_log.py"))
    page.get_by_role("button", name="Rerun").click()
    app_page.wait_for_run()
    expected = (
        'The widget with key "first" was created with a default value but also had its value set via the '
        "Session State API."
    )
    assert [text for text in warnings if "default value" in text] == [expected]
