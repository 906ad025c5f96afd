"""st.chat_message and st.chat_input in the browser: the echo bot example, keyboard use,
the bottom pin, inline inputs, Session State filling the box, and on_submit."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import expect

from tests.e2e.conftest import AppPage, SiteServer

APPS = Path(__file__).parent / "apps"


def test_echo_bot_enter_submits_and_shift_enter_makes_a_new_line(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build("chat.py"))
    bottom = page.get_by_test_id("stBottom")
    box = bottom.get_by_test_id("stChatInput").get_by_test_id("stChatInputTextArea")
    expect(box).to_have_attribute("placeholder", "What is up?")
    send = page.get_by_test_id("stChatInputSubmitButton")
    expect(send).to_be_disabled()

    box.fill("Hello")
    expect(send).to_be_enabled()
    box.press("Enter")
    app_page.wait_for_run()
    messages = page.get_by_test_id("stChatMessage")
    expect(messages).to_have_count(2)
    expect(messages.nth(0).get_by_test_id("stChatMessageAvatarUser")).to_have_count(1)
    expect(messages.nth(0).get_by_test_id("stChatMessageContent")).to_have_text("Hello")
    expect(messages.nth(1).get_by_test_id("stChatMessageAvatarAssistant")).to_have_count(1)
    expect(messages.nth(1)).to_contain_text("Echo: Hello")
    expect(box).to_have_value("")

    box.type("line one")
    box.press("Shift+Enter")
    box.type("line two")
    expect(box).to_have_value("line one\nline two")
    expect(messages).to_have_count(2)
    send.click()
    app_page.wait_for_run()
    expect(messages).to_have_count(4)
    expect(messages.nth(3)).to_contain_text("Echo: line one line two")

    # A plain rerun (the "r" key) submits nothing: the history does not grow.
    page.get_by_test_id("stMain").click()
    page.keyboard.press("r")
    app_page.wait_for_run()
    expect(messages).to_have_count(4)


def test_inline_chat_input_session_state_fill_and_callback(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APPS / "chat_inline.py"))
    expect(page.get_by_test_id("stBottom")).to_have_count(0)
    box = page.get_by_test_id("stMain").get_by_test_id("stChatInputTextArea")
    expect(box).to_have_attribute("maxlength", "40")
    expect(page.get_by_test_id("stChatInputInstructions")).to_have_text("0/40")

    page.get_by_role("button", name="Suggest a question").click()
    app_page.wait_for_run()
    expect(box).to_have_value("What is wasmlit?")
    expect(page.get_by_text("Returned: None")).to_be_visible()
    expect(page.get_by_text("Callback saw: []")).to_be_visible()

    box.press("End")
    box.type(" Really?")
    box.press("Enter")
    app_page.wait_for_run()
    expect(page.get_by_text("Returned: 'What is wasmlit? Really?'")).to_be_visible()
    expect(page.get_by_text("Callback saw: ['What is wasmlit? Really?']")).to_be_visible()
    expect(box).to_have_value("")
