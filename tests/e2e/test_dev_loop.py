"""The dev loop (``build.py APP.py --serve``): a save reruns the open page in place,
keeping Session State; a syntax error shows as Streamlit shows it until the next good save."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import ROOT, AppPage

COUNTER = """import streamlit as st

st.session_state.setdefault("count", 0)
if st.button("LABEL"):
    st.session_state.count += 1
st.write("Count:", st.session_state.count)
st.session_state.runs = st.session_state.get("runs", 0) + 1
st.write("Runs:", st.session_state.runs)
"""


class DevServer:
    def __init__(self, app_folder: Path, process: subprocess.Popen[str]) -> None:
        self.app_folder = app_folder
        self.process = process
        self.lines: list[str] = []
        self.url = ""
        self._ready = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line)
            found = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
            if found:
                self.url = found.group(1)
                self._ready.set()

    def wait_ready(self) -> str:
        assert self._ready.wait(300), f"the dev loop did not start:\n{''.join(self.lines)}"
        return self.url

    def save(self, text: str) -> None:
        (self.app_folder / "app.py").write_text(text)

    def saw_line(self, pattern: str, timeout_seconds: float = 20) -> bool:
        """Whether the dev loop printed a matching line (its report may come just after
        the page shows the change: the page is told first)."""
        deadline = time.monotonic() + timeout_seconds
        while time.monotonic() < deadline:
            if any(re.search(pattern, line) for line in list(self.lines)):
                return True
            time.sleep(0.05)
        return False


@pytest.fixture
def dev_server() -> Iterator[DevServer]:
    folder = Path(tempfile.mkdtemp(prefix="wasmlit-dev-"))
    app_folder = folder / "app"
    app_folder.mkdir()
    (app_folder / "app.py").write_text(COUNTER.replace("LABEL", "Add"))
    command = [sys.executable, str(ROOT / "build.py"), str(app_folder / "app.py"), "--out", str(folder / "site")]
    process = subprocess.Popen(
        [*command, "--serve", "--port", "0"],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    server = DevServer(app_folder, process)
    try:
        yield server
    finally:
        process.terminate()
        process.wait(10)
        shutil.rmtree(folder, ignore_errors=True)


def test_a_save_reruns_in_place_keeping_state_and_shows_syntax_errors(app_page: AppPage, dev_server: DevServer) -> None:
    page = app_page.open(dev_server.wait_ready())
    # The page listens to the dev server (a save before that would reload it instead).
    expect(page.locator("html")).to_have_attribute("data-wl-dev-version", "0")
    main = page.get_by_test_id("stMain")
    for _ in range(2):
        page.get_by_role("button", name="Add").click()
        app_page.wait_for_run()
    expect(main).to_contain_text("Count: 2")

    dev_server.save(COUNTER.replace("LABEL", "Plus one"))
    expect(page.get_by_role("button", name="Plus one")).to_be_visible()
    expect(main).to_contain_text("Count: 2")
    assert dev_server.saw_line(r"Rebuilt the app's files \(app\.py\) in \d+ ms"), "".join(dev_server.lines)

    dev_server.save(COUNTER.replace("LABEL", "Plus one").replace('st.write("Count:"', 'st.write("Count:",,'))
    dialog = page.get_by_role("dialog", name="Script execution error")
    expect(dialog).to_be_visible()
    code = dialog.get_by_test_id("stErrorCodeBlock")
    expect(code).to_contain_text('app.py", line 6')
    expect(code).to_contain_text("SyntaxError: invalid syntax")
    assert re.search(r"\n\s+\^", code.inner_text())
    # The page keeps what it showed.
    expect(main).to_contain_text("Count: 2")

    dev_server.save(COUNTER.replace("LABEL", "Fixed"))
    expect(page.get_by_role("button", name="Fixed")).to_be_visible()
    expect(dialog).to_have_count(0)
    page.get_by_role("button", name="Fixed").click()
    expect(main).to_contain_text("Count: 3")

    # The main menu's "Auto rerun" (shown only in the dev loop): off, a save waits for "r".
    page.get_by_test_id("stMainMenuButton").click()
    toggle = page.get_by_test_id("stMainMenuItem-autoRerun")
    expect(toggle).to_have_attribute("aria-checked", "true")
    toggle.click()
    expect(toggle).to_have_attribute("aria-checked", "false")
    page.keyboard.press("Escape")
    app_page.wait_for_run()
    runs = _runs(main.inner_text())
    dev_server.save(COUNTER.replace("LABEL", "Later"))
    # The worker has the saved script (the dev client marks the save it handed over)...
    expect(page.locator("html[data-wl-dev-version]")).to_have_attribute("data-wl-dev-version", "4")
    page.keyboard.press("r")
    expect(page.get_by_role("button", name="Later")).to_be_visible()
    app_page.wait_for_run()
    # ...and only "r" ran it: with Auto rerun on there would have been two runs.
    assert _runs(main.inner_text()) == runs + 1
    expect(main).to_contain_text("Count: 3")

    # config.toml: the whole site is rebuilt and the page reloads, here in the dark theme.
    config = dev_server.app_folder / ".streamlit" / "config.toml"
    config.parent.mkdir()
    config.write_text('[theme]\nbase = "dark"\n')
    expect(page.get_by_test_id("stApp")).to_have_css("background-color", "rgb(23, 22, 20)", timeout=120_000)
    app_page.wait_connected()
    expect(main).to_contain_text("Count: 0")
    assert dev_server.saw_line(r"Rebuilt the whole site \(\.streamlit/config\.toml\)"), "".join(dev_server.lines)


def _runs(text: str) -> int:
    found = re.search(r"Runs: (\d+)", text)
    assert found, text
    return int(found.group(1))
