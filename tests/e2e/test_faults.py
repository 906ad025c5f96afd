"""Faults at run time (tests/e2e/apps/faults.py): the app always comes back, without a reload.

Faults that end only the run behave as in Streamlit 1.67 (docs/semantics.md 1.5). Faults
that end the Python interpreter (os._exit, a C-stack overflow) replace the worker as Stop
does: a new one boots with the Session State of the last completed run, and a notice says
what happened.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import AppPage, SiteServer

APPS = Path(__file__).resolve().parent / "apps"
RESTART_TIMEOUT_MS = 90_000
# What Pyodide writes to the console when a WebAssembly trap ends it.
PYODIDE_FATAL = r"Pyodide has suffered a fatal error|The cause of the fatal error|Maximum call stack size exceeded"


def choose_fault(app_page: AppPage, name: str) -> None:
    app_page.page.get_by_role("radiogroup", name="Fault").get_by_role("radio", name=name, exact=True).click()
    app_page.wait_for_run()


def click(app_page: AppPage, label: str) -> None:
    app_page.page.get_by_role("button", name=label, exact=True).click()
    app_page.wait_for_run()


def expect_restarted(page: Page, reason: str) -> None:
    notice = page.get_by_test_id("wlNotice")
    expect(notice).to_contain_text("The app was restarted", timeout=RESTART_TIMEOUT_MS)
    expect(notice).to_contain_text(reason)
    expect(notice).to_contain_text("Session State from the last completed run was restored (n)")


@pytest.mark.parametrize("where", ["body", "callback"])
@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        ("os._exit", "The script ended the Python interpreter (os._exit(1))."),
        ("C stack", "ran out of stack. Streamlit would show a RecursionError."),
    ],
)
def test_a_fault_that_ends_python_brings_back_the_last_completed_state(
    sites: SiteServer, app_page: AppPage, fault: str, reason: str, where: str
) -> None:
    app_page.expect_console_error(PYODIDE_FATAL)
    page = app_page.open(sites.build(APPS / "faults.py"))
    page.evaluate("window.__noReload = true")
    choose_fault(app_page, fault)
    click(app_page, "Count")
    click(app_page, "Count")
    page.get_by_role("button", name=f"Fault in {where}").click()
    expect_restarted(page, reason)
    app_page.wait_for_run(timeout=RESTART_TIMEOUT_MS)
    main = page.get_by_test_id("stMain")
    expect(main).to_contain_text("n=2")  # not the +10 or +100 of the run that died
    expect(page.get_by_role("radio", name=fault, exact=True)).to_be_checked()
    click(app_page, "Count")
    expect(main).to_contain_text("n=3")
    assert page.evaluate("window.__noReload") is True, "recovered without reloading the page"


def test_a_script_that_ends_python_on_every_run_waits_for_the_next_interaction(
    sites: SiteServer, app_page: AppPage
) -> None:
    page = app_page.open(sites.build(APPS / "faults.py"))
    page.evaluate("window.__noReload = true")
    click(app_page, "Count")
    page.get_by_role("checkbox", name="Exit at the top of every run").click()
    notice = page.get_by_test_id("wlNotice")
    # The rerun after the first restart ends Python again: no third run by itself.
    expect(notice).to_contain_text("the app will run at your next interaction", timeout=RESTART_TIMEOUT_MS)
    app_page.wait_for_run()
    page.get_by_role("checkbox", name="Exit at the top of every run").click()
    app_page.wait_for_run(timeout=RESTART_TIMEOUT_MS)
    main = page.get_by_test_id("stMain")
    expect(main).to_contain_text("End of the script")
    expect(main).to_contain_text("n=1")
    click(app_page, "Count")
    expect(main).to_contain_text("n=2")
    assert page.evaluate("window.__noReload") is True


def test_faults_python_survives_end_the_run_as_in_streamlit(sites: SiteServer, app_page: AppPage) -> None:
    """Streamlit lets BaseExceptions escape its script thread (nothing shown, its server logs
    the traceback, Session State keeps what the run changed); Exceptions are shown."""
    app_page.expect_console_error(r"^Uncaught (BaseException: boom|GeneratorExit: gone|KeyboardInterrupt)\.")
    page = app_page.open(sites.build(APPS / "faults.py"))
    main = page.get_by_test_id("stMain")
    steps = [
        ("BaseException", "body", None),
        ("GeneratorExit", "callback", None),
        ("SystemExit", "body", None),
        ("KeyboardInterrupt", "callback", None),
        ("MemoryError", "body", "MemoryError"),
        ("recursion", "body", "RecursionError: maximum recursion depth exceeded"),
    ]
    n = 0
    for fault, where, shown in steps:
        choose_fault(app_page, fault)
        page.get_by_role("button", name=f"Fault in {where}").click()
        app_page.wait_for_run(timeout=60_000)  # the run ends: the page is not left "running"
        n += 10 if where == "body" else 100
        if shown:
            expect(page.get_by_test_id("stException")).to_contain_text(shown)
        else:
            expect(page.get_by_test_id("stException")).to_have_count(0)
        if where == "body":
            expect(main).to_contain_text("Drawn before the fault")
        click(app_page, "Count")
        n += 1
        expect(main).to_contain_text(f"n={n}")
    expect(page.get_by_test_id("wlNotice")).to_have_count(0)


def test_a_malformed_worker_message_is_named_in_the_console_and_dropped(sites: SiteServer, app_page: AppPage) -> None:
    app_page.expect_console_error(
        r"^wasmlit: rejected a malformed message from the worker \(.*\): \{\"type\":\"mystery\"\}$"
    )
    page = app_page.open(sites.build(APPS / "faults.py"))
    rejected: list[str] = []
    page.on("console", lambda message: rejected.append(message.text) if "malformed" in message.text else None)
    page.workers[0].evaluate("""postMessage('{"type":"mystery"}')""")
    # The worker's messages arrive in order: by the end of this run the bad one was handled.
    click(app_page, "Count")
    expect(page.get_by_test_id("stMain")).to_contain_text("n=1")
    expect(page.get_by_text("This app could not start")).to_have_count(0)
    assert len(rejected) == 1, rejected
