"""``st.set_page_config``: title, favicon, layout and sidebar state of the page.

Streamlit 1.67 allows the call anywhere, any number of times; each call overrides only
what it passes. The session keeps the merged configuration for the tab's life and sends
the whole of it in a ``page_config`` message whenever a call changes it, at the moment
of the call (so a wide layout applies before the elements after it arrive). A rerun
that does not call it leaves the page as it was: nothing flickers.

Favicons travel as ``{"kind": "emoji" | "material" | "url", "value": str}``; an image
file of the app or image bytes become a ``data:`` URL, because the app's files live in
the Python worker, not on the web server.
"""

from __future__ import annotations

import base64
import os
import random
from collections.abc import Callable, Mapping
from typing import Any

from wasmlit.elements.layout_params import check_material_icon, looks_like_emoji
from wasmlit.errors import StreamlitInvalidURLError, StreamlitValueError
from wasmlit.runtime import context, protocol
from wasmlit.runtime.outbox import OUTBOX_EXTRA

# Where a session keeps its page config in the run context's shared session values.
SESSION_VALUES_KEY = "session_values"
_STATE_KEY = "page_config"

_SIDEBAR_STATES = ("auto", "expanded", "collapsed", "locked")
_SIDEBAR_STATE_TEXT = "'auto', 'expanded', 'collapsed', 'locked', a positive integer (width in pixels)"
_MENU_KEYS = {"get help": "getHelp", "report a bug": "reportABug", "about": "about"}
_RANDOM_EMOJIS = "🎈🚀✨🔥🌟🎉🧊🍀🌈🦄🍕🎨📈🧪🛰️🌻"
_IMAGE_TYPES = {
    b"\x89PNG": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF8": "image/gif",
    b"\x00\x00\x01\x00": "image/x-icon",
    b"RIFF": "image/webp",
}
_EXTENSION_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".ico": "image/x-icon",
    ".svg": "image/svg+xml",
    ".webp": "image/webp",
}


def _image_data_url(data: bytes, mime: str | None = None) -> str:
    if mime is None:
        mime = next((kind for magic, kind in _IMAGE_TYPES.items() if data.startswith(magic)), None)
        if mime is None and data.lstrip()[:5] in (b"<svg ", b"<?xml"):
            mime = "image/svg+xml"
    return f"data:{mime or 'application/octet-stream'};base64,{base64.b64encode(data).decode('ascii')}"


def favicon_for(page_icon: Any) -> dict[str, str]:
    """How the page should show ``page_icon``.

    >>> favicon_for("🧱")
    {'kind': 'emoji', 'value': '🧱'}
    >>> favicon_for(":material/thumb_up:")
    {'kind': 'material', 'value': 'thumb_up'}
    >>> favicon_for("https://example.com/icon.png")
    {'kind': 'url', 'value': 'https://example.com/icon.png'}
    """
    if page_icon == "random":
        return {"kind": "emoji", "value": random.choice(list(_RANDOM_EMOJIS.replace("\ufe0f", "")))}
    if isinstance(page_icon, bytes | bytearray):
        return {"kind": "url", "value": _image_data_url(bytes(page_icon))}
    if isinstance(page_icon, os.PathLike):
        page_icon = os.fspath(page_icon)
    if not isinstance(page_icon, str):
        raise StreamlitValueError(
            "page_icon", "an emoji, a Material icon shortcode, an image URL, a file path or bytes"
        )
    if looks_like_emoji(page_icon):
        return {"kind": "emoji", "value": page_icon}
    if page_icon.startswith(":material"):
        return {"kind": "material", "value": check_material_icon(page_icon)[len(":material/") : -1]}
    if os.path.isfile(page_icon):
        with open(page_icon, "rb") as image_file:
            data = image_file.read()
        return {"kind": "url", "value": _image_data_url(data, _EXTENSION_TYPES.get(os.path.splitext(page_icon)[1]))}
    # Anything else is a URL, relative to the app's page when it is not absolute.
    return {"kind": "url", "value": page_icon}


def _is_menu_url(value: str) -> bool:
    return value.startswith(("http://", "https://", "mailto:")) and len(value.split(":", 1)[1].strip("/")) > 0


def _menu_changes(menu_items: Mapping[Any, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for raw_key, value in menu_items.items():
        key = str(raw_key).lower().strip()
        if key not in _MENU_KEYS:
            raise StreamlitValueError(
                "menu_items",
                f"'Get help', 'Report a bug', 'About'. `{key}` is not a supported menu item key",
            )
        if value is not None and key != "about" and not _is_menu_url(str(value)):
            raise StreamlitInvalidURLError(str(value))
        changes[_MENU_KEYS[key]] = None if value is None else str(value)
    return changes


def _sidebar_changes(initial_sidebar_state: Any) -> dict[str, Any]:
    if initial_sidebar_state is None:
        return {}
    if isinstance(initial_sidebar_state, str) and initial_sidebar_state in _SIDEBAR_STATES:
        return {"sidebarState": initial_sidebar_state}
    if isinstance(initial_sidebar_state, int) and not isinstance(initial_sidebar_state, bool):
        if initial_sidebar_state > 0:
            return {"sidebarState": "auto", "sidebarWidth": initial_sidebar_state}
        detail = f"Got {initial_sidebar_state}"
    else:
        detail = f"Got {initial_sidebar_state!r}"
    raise StreamlitValueError("initial_sidebar_state", f"{_SIDEBAR_STATE_TEXT}. {detail}")


def page_config_changes(
    page_title: Any = None,
    page_icon: Any = None,
    layout: Any = None,
    initial_sidebar_state: Any = None,
    menu_items: Mapping[Any, Any] | None = None,
) -> dict[str, Any]:
    """The fields one call sets, checked with Streamlit's rules and texts."""
    changes: dict[str, Any] = {}
    if page_title is not None:
        changes["title"] = str(page_title)
    if page_icon is not None:
        changes["favicon"] = favicon_for(page_icon)
    if layout is not None:
        if layout not in ("centered", "wide"):
            raise StreamlitValueError("layout", "'centered', 'wide'")
        changes["layout"] = layout
    changes.update(_sidebar_changes(initial_sidebar_state))
    if menu_items is not None:
        changes["menuItems"] = _menu_changes(menu_items)
    return changes


def _merge(current: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    merged = dict(current)
    for field, value in changes.items():
        if field == "menuItems":
            merged[field] = {**merged.get(field, {}), **value}
        else:
            merged[field] = value
    return merged


def set_page_config(
    page_title: Any = None,
    page_icon: Any = None,
    layout: Any = None,
    initial_sidebar_state: Any = None,
    menu_items: Mapping[Any, Any] | None = None,
) -> None:
    """Configure the page; callable anywhere, any number of times."""
    changes = page_config_changes(page_title, page_icon, layout, initial_sidebar_state, menu_items)
    extras = context.current().extras
    session_values: dict[str, Any] | None = extras.get(SESSION_VALUES_KEY)
    send: Callable[[str], None] | None = extras.get(OUTBOX_EXTRA)
    if session_values is None or send is None:
        return  # bare mode (`python app.py`): nothing to configure
    current: dict[str, Any] = session_values.get(_STATE_KEY, {})
    merged = _merge(current, changes)
    if merged != current:
        session_values[_STATE_KEY] = merged
        send(protocol.PageConfigMessage(merged).encode())
