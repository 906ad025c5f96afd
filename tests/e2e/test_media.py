"""st.audio and st.video players; st.audio_input, st.camera_input and st.chat_input's files
and audio with Chromium's fake camera and microphone; submit_mode."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Playwright, expect

from tests.e2e.conftest import CHROMIUM, CHROMIUM_FLAGS, AppPage, SiteServer

APPS = Path(__file__).parent / "apps"
# A camera and a microphone that exist (a test pattern and a beep) and need no permission
# prompt: switches of the browser, so only this module's browser gets them.
FAKE_MEDIA_FLAGS = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]


@pytest.fixture(scope="module")
def media_browser(playwright: Playwright) -> Iterator[Browser]:
    launched = playwright.chromium.launch(executable_path=CHROMIUM, args=[*CHROMIUM_FLAGS, *FAKE_MEDIA_FLAGS])
    yield launched
    launched.close()


@pytest.fixture
def media_page(media_browser: Browser) -> Iterator[AppPage]:
    context = media_browser.new_context(viewport={"width": 1280, "height": 900})
    wrapped = AppPage(context.new_page())
    yield wrapped
    unexpected = wrapped.unexpected_console_errors()
    context.close()
    assert not unexpected, f"console errors: {unexpected}"


def test_players_get_their_sources_start_time_and_subtitles(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APPS / "media.py"))
    audio = page.get_by_test_id("stAudio")
    expect(audio).to_have_attribute("aria-label", "Three seconds of silence")
    assert audio.get_attribute("src").startswith("data:audio/wav;base64,UklGR")
    # The start time is applied when the metadata has loaded.
    page.wait_for_function("a => a.readyState >= 1 && a.currentTime === 1", arg=audio.element_handle())
    assert audio.evaluate("a => Math.round(a.duration)") == 3
    video = page.get_by_test_id("stVideo")
    expect(video).to_have_attribute("src", "data:video/webm;base64," + base64.b64encode(b"not really a video").decode())
    track = video.get_by_test_id("stVideoSubtitle")
    expect(track).to_have_attribute("label", "English")
    expect(track).to_have_attribute("kind", "captions")
    assert track.get_attribute("src").startswith("data:text/vtt;base64,")
    # The browser reads the WebVTT: the track's one cue is there.
    page.wait_for_function(
        "v => { const t = v.textTracks[0]; t.mode = 'hidden'; return t.cues && t.cues.length === 1 && t.cues[0].text === 'Hi'; }",
        arg=video.element_handle(),
        timeout=20_000,
    )


def test_a_recording_a_photo_and_chat_attachments_reach_the_script(sites: SiteServer, media_page: AppPage) -> None:
    page = media_page.open(sites.build(APPS / "recorders.py"))
    main = page.get_by_test_id("stMain")

    recorder = page.get_by_test_id("stAudioInput")
    recorder.get_by_role("button", name="Record").click()
    stop = recorder.get_by_role("button", name="Stop recording")
    expect(stop).to_be_visible()
    page.wait_for_timeout(800)  # let the fake microphone's beep fill the recording
    stop.click()
    media_page.wait_for_run()
    expect(main).to_contain_text("audio audio/wav True rate 16000")
    expect(recorder.locator("audio")).to_have_count(1)

    camera = page.get_by_test_id("stCameraInput")
    page.wait_for_function(
        "v => v.videoWidth > 0", arg=camera.get_by_test_id("stCameraInputWebcamComponent").element_handle()
    )
    camera.get_by_test_id("stCameraInputButton").click()
    media_page.wait_for_run()
    expect(main).to_contain_text("photo image/jpeg True b'\\xff\\xd8\\xff'")
    expect(camera.get_by_test_id("stCameraInputButton")).to_have_text("Clear photo")
    camera.get_by_test_id("stCameraInputButton").click()
    media_page.wait_for_run()
    expect(main).not_to_contain_text("photo image/jpeg")

    chat = page.get_by_test_id("stChatInput")
    with page.expect_file_chooser() as chooser:
        chat.get_by_test_id("stChatInputFileUploadButton").click()
    chooser.value.set_files(
        [
            {"name": "notes.txt", "mimeType": "text/plain", "buffer": b"first"},
            {"name": "more.txt", "mimeType": "text/plain", "buffer": b"second"},
        ]
    )
    expect(chat.get_by_test_id("stChatInputFile")).to_have_count(2)
    chat.get_by_test_id("stChatInputTextArea").fill("read these")
    chat.get_by_test_id("stChatInputSubmitButton").click()
    media_page.wait_for_run()
    expect(main).to_contain_text("chat 'read these' ['notes.txt', 'more.txt'] ['first', 'second']")
    expect(chat.get_by_test_id("stChatInputFile")).to_have_count(0)

    chat.get_by_test_id("stChatInputMicButton").click()
    approve = chat.get_by_test_id("stChatInputApproveButton")
    expect(approve).to_be_visible()
    page.wait_for_timeout(800)  # as above: some audio to send
    approve.click()
    media_page.wait_for_run()
    expect(main).to_contain_text("chat audio audio/wav True")


def test_submit_mode_disable_greys_the_box_while_its_run_goes_on(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.build(APPS / "chat_submit_modes.py"))
    box = page.get_by_test_id("stChatInputTextArea")
    box.fill("slow job")
    box.press("Enter")
    expect(page.get_by_test_id("stMain")).to_contain_text("working on slow job")
    expect(box).to_be_disabled()
    app_page.wait_for_run()
    expect(page.get_by_test_id("stMain")).to_contain_text("done")
    expect(box).to_be_enabled()


def test_submit_mode_stop_offers_a_stop_button_that_ends_the_run(sites: SiteServer, app_page: AppPage) -> None:
    page = app_page.open(sites.isolated(sites.build(APPS / "chat_submit_modes.py")))
    page.get_by_role("radiogroup", name="Mode").get_by_role("radio", name="stop").click()
    app_page.wait_for_run()
    box = page.get_by_test_id("stChatInputTextArea")
    box.fill("endless job")
    box.press("Enter")
    expect(page.get_by_test_id("stMain")).to_contain_text("working on endless job")
    expect(box).to_be_disabled()
    page.get_by_test_id("stChatInputStopButton").click()
    app_page.wait_for_run()
    expect(page.get_by_test_id("stMain")).not_to_contain_text("done")
    expect(page.get_by_test_id("stChatInputStopButton")).to_have_count(0)
    expect(page.get_by_test_id("stChatInputSubmitButton")).to_be_visible()
    expect(box).to_be_enabled()


def test_a_page_without_media_loads_no_media_chunk(sites: SiteServer, app_page: AppPage) -> None:
    url = sites.build("counter.py")
    page = app_page.open(url)
    expect(page.get_by_test_id("stButton")).to_have_count(1)
    media_chunks = [
        chunk.name
        for chunk in (sites.folder(url) / "assets").glob("chunk-*.js")
        if "stCameraInputButton" in chunk.read_text()
    ]
    assert len(media_chunks) == 1, "the build has one media chunk"
    fetched: list[str] = page.evaluate("performance.getEntriesByType('resource').map(e => e.name.split('/').pop())")
    assert not set(fetched) & set(media_chunks), fetched
