"""``index.html``: the boot manifest, the bundle's tags, and a first paint that is never blank."""

from __future__ import annotations

import html
import json
from typing import Any

# Shown before any script runs. If the page script cannot load at all, the inline
# watchdog (web/inline/script_failure_watch.js) replaces it with the reason.
_LOADING_SHELL = """<div class="stApp" data-testid="stApp" data-test-script-state="initial" data-test-connection-state="INITIAL"><div class="stAppViewContainer"><section class="stMain"><div class="stMainBlockContainer block-container"><div class="wl-boot" role="status"><div class="wl-boot-stage">Loading…</div><div class="wl-boot-bar"><div class="wl-boot-bar-fill" style="width:0%"></div></div><div class="wl-boot-bytes">&nbsp;</div></div></div></section></div></div>"""


def _escape_for_script_tag(json_text: str) -> str:
    """JSON text that cannot end its ``<script>`` early: ``<`` only occurs inside JSON
    strings, where ``\\u003c`` means the same (``<\\!--`` would not be valid JSON).

    >>> _escape_for_script_tag('{"a":"</script><!--"}')
    '{"a":"\\\\u003c/script>\\\\u003c!--"}'
    """
    return json_text.replace("<", "\\u003c")


def _json_for_script_tag(value: Any) -> str:
    """JSON that cannot end the surrounding ``<script>`` element early."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return _escape_for_script_tag(text)


def _inline_script(text: str | None) -> str:
    return f"<script>{text}</script>\n" if text else ""


def _first_paint_script(message: str | None) -> str:
    """The pre-rendered run as data, for the page's store (see web/first_paint.js)."""
    if message is None:
        return ""
    return f'<script id="wasmlit-first-paint" type="application/json">{_escape_for_script_tag(message)}</script>\n'


def render_index_html(
    *,
    title: str,
    manifest: dict[str, Any],
    main_script: str | None,
    stylesheet: str | None,
    preload_scripts: tuple[str, ...],
    first_paint_html: str | None = None,
    first_paint_message: str | None = None,
    inline_style: str | None = None,
    font_preload: str | None = None,
    script_failure_watch: str | None = None,
    early_worker: str | None = None,
    early_input: str | None = None,
) -> str:
    if inline_style is not None:
        stylesheet_tag = inline_style
    else:
        stylesheet_tag = f'<link rel="stylesheet" href="{html.escape(stylesheet)}">' if stylesheet else ""
    if font_preload:
        preload = f'<link rel="preload" href="{html.escape(font_preload)}" as="font" type="font/woff2" crossorigin>'
        stylesheet_tag = preload + stylesheet_tag
    preloads = "".join(f'<link rel="modulepreload" href="{html.escape(path)}">' for path in preload_scripts)
    body = first_paint_html if first_paint_html is not None else _LOADING_SHELL
    # Without a main script (a one-file app's shell: its loader starts the page script).
    preload_tags = f'<link rel="modulepreload" href="{html.escape(main_script)}">{preloads}\n' if main_script else ""
    main_tag = f'<script type="module" src="{html.escape(main_script)}"></script>\n' if main_script else ""
    return (
        "<!doctype html>\n"
        '<html lang="en">\n<head>\n'
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">\n'
        f"<title>{html.escape(title)}</title>\n"
        '<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 100 100%22%3E%3Ctext y=%22.9em%22 font-size=%2290%22%3E%F0%9F%91%91%3C/text%3E%3C/svg%3E">\n'
        f"{stylesheet_tag}\n"
        f"{preload_tags}"
        f'<script id="wasmlit-boot" type="application/json">{_json_for_script_tag(manifest)}</script>\n'
        f"{_inline_script(script_failure_watch)}"
        "</head>\n<body>\n"
        f'<div id="root">{body}</div>\n'
        # Input on the pre-rendered page is recorded from the moment it shows.
        f"{_inline_script(early_input if first_paint_html is not None else None)}"
        f"{_first_paint_script(first_paint_message)}"
        f"{_inline_script(early_worker)}"
        f"{main_tag}"
        "</body>\n</html>\n"
    )
