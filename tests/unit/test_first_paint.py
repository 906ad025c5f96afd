"""The build-time first run (wasmlit.runtime.prerender) and how index.html carries it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.tiers import needs_node_modules
from wasmlit.runtime import prerender
from wasmlit.runtime.protocol import PROTOCOL_VERSION
from wasmlit_build import bundle, page, snapshot

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_first_run_captures_the_whole_final_tree() -> None:
    result = prerender.first_run(str(EXAMPLES / "counter.py"), "{}")
    assert result.status == "completed" and result.browser_dependencies == []
    message = json.loads(result.message)
    assert message["type"] == "run_finished"
    assert [record["type"] for record in message["elements"].values()] == ["heading", "button", "markdown"]
    assert message["blocks"]["main"] == list(message["elements"])


def test_a_run_that_reads_browser_state_says_so(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text(
        "import streamlit as st\nfrom wasmlit.runtime.prerender import mark_browser_dependent\n"
        "mark_browser_dependent('st.query_params')\nst.write('hi')\n"
    )
    assert prerender.first_run(str(script), "{}").browser_dependencies == ["st.query_params"]
    script.write_text("import streamlit as st\nst.write('hi')\n")
    assert prerender.first_run(str(script), "{}").browser_dependencies == []


def test_an_exception_is_reported_as_the_run_status(tmp_path: Path) -> None:
    script = tmp_path / "app.py"
    script.write_text("import streamlit as st\nst.write('hi')\nraise ValueError('no')\n")
    assert prerender.first_run(str(script), "{}").status == "exception"


def _index(**first_paint: str | None) -> str:
    return page.render_index_html(
        title="t", manifest={}, main_script="assets/main.js", stylesheet=None, preload_scripts=(), **first_paint
    )


def test_index_html_inlines_the_first_paint_without_ending_its_script_early() -> None:
    message = json.dumps({"type": "run_finished", "elements": {"a": {"props": {"body": "</script><!--"}}}})
    html = _index(first_paint_html="<div>app</div>", first_paint_message=message)
    assert '<div id="root"><div>app</div></div>' in html
    inlined = html.split('<script id="wasmlit-first-paint" type="application/json">')[1].split("</script>")[0]
    assert json.loads(inlined) == json.loads(message)


def test_without_a_first_paint_the_page_shows_its_loading_screen() -> None:
    html = _index()
    assert 'id="wasmlit-first-paint"' not in html and 'class="wl-boot"' in html


def test_snapshot_imports_only_standard_library_modules_without_side_effects() -> None:
    source = "import streamlit as st\nimport helpers, antigravity, json\nfrom os import path\nfrom . import x\n"
    assert snapshot.stdlib_imports(source) == ["json", "os"]


@needs_node_modules
def test_index_html_starts_the_worker_before_the_page_script() -> None:
    scripts = bundle.bundle_inline_scripts()
    html = _index(**scripts)
    early = html.index("__wasmlitEarlyWorker")
    assert early < html.index('<script type="module"')
    # The boot message is the page's own (web/protocol.js), protocol version included.
    assert f"protocol:{PROTOCOL_VERSION}" in scripts["early_worker"].replace(" ", "")
    assert html.index("This app could not start") < html.index("<body>")
    assert "__wasmlitEarlyWorker" not in _index()


@needs_node_modules
def test_input_on_a_first_paint_is_recorded_from_right_after_it() -> None:
    scripts = bundle.bundle_inline_scripts()
    html = _index(first_paint_html="<div>app</div>", first_paint_message='{"type": "run_finished"}', **scripts)
    recorder = html.index("__wasmlitEarlyInput")
    assert html.index('<div id="root">') < recorder < html.index('id="wasmlit-first-paint"')
    # A loading screen has no widgets to record input for.
    assert "__wasmlitEarlyInput" not in _index(**scripts)
