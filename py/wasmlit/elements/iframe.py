"""``st.iframe``, and ``components.v1.html`` / ``components.v1.iframe`` (Streamlit's ``_html``
and ``_iframe``): one ``iframe`` element, sandboxed on the page as Streamlit sandboxes it."""

from __future__ import annotations

import base64
import mimetypes
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from wasmlit.catalogue import IFRAME
from wasmlit.elements.host import ElementHost
from wasmlit.elements.layout_params import check_height, check_width
from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitValueError
from wasmlit.runtime import log

_HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
_MAX_PATH_LENGTH = 4096
_STRING_FILE_PATH_WARNING = (
    "Passing a local file path as a string to `st.iframe` is no longer supported. "
    "To load a local file, pass a `pathlib.Path` object instead."
)
_EMPTY_ALT_WARNING = (
    "`alt` is empty or only whitespace. An iframe needs an accessible name, so its title stays 'st.iframe'."
)
# Streamlit's default height of components.v1.html/iframe, in pixels.
_COMPONENT_HEIGHT = 150
# st.iframe(height="content") of a URL: its content cannot be measured (Streamlit's 25rem).
_URL_CONTENT_HEIGHT = 400


def check_tab_index(tab_index: Any) -> None:
    """``tab_index`` as Streamlit checks it: None, -1 or a non-negative int.

    >>> check_tab_index(-2)
    Traceback (most recent call last):
    ...
    wasmlit.errors.StreamlitValueError: Invalid `tab_index` value. Supported values: None, -1, a non-negative integer.
    """
    if tab_index is None:
        return
    if isinstance(tab_index, bool) or not isinstance(tab_index, int):
        raise StreamlitInvalidParameterTypeError("tab_index", "int", type(tab_index).__name__)
    if tab_index < -1:
        raise StreamlitValueError("tab_index", "None, -1, a non-negative integer")


def _is_url(text: str) -> bool:
    """An absolute http(s) or data: URL, as Streamlit's ``url_util.is_url`` tells them.

    >>> _is_url("https://example.com"), _is_url("data:text/html,hi"), _is_url("<p>hi</p>")
    (True, True, False)
    """
    try:
        parsed = urlparse(text)
    except ValueError:
        return False
    if parsed.scheme in ("http", "https"):
        return bool(parsed.netloc)
    return parsed.scheme == "data" and bool(parsed.path)


def _is_file(text: str) -> bool:
    if len(text) > _MAX_PATH_LENGTH or "<" in text:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


def _normalize_alt(alt: Any) -> str | None:
    if alt is None:
        return None
    stripped = str(alt).strip()
    if not stripped:
        log.warn(_EMPTY_ALT_WARNING)
        return None
    return stripped


def _local_file_source(path: Path) -> dict[str, str]:
    """An HTML file is shown as srcdoc; any other file as a ``data:`` URL (Streamlit's media
    storage needs its server: the browser's own viewer shows the file the same way)."""
    try:
        if path.suffix.lower() in _HTML_EXTENSIONS:
            return {"srcdoc": path.read_text(encoding="utf-8")}
        data = path.read_bytes()
    except (OSError, UnicodeDecodeError) as error:
        raise StreamlitAPIException(f"Unable to read file '{path}': {error}") from error
    mime_type = mimetypes.guess_type(str(path))[0] or "application/octet-stream"
    return {"src": f"data:{mime_type};base64,{base64.b64encode(data).decode('ascii')}"}


def _component_size(size: Any, default: Any) -> Any:
    return default if size is None else size


class IframeMixin(ElementHost):
    def _show_iframe(self, props: dict[str, Any], tab_index: Any) -> ElementHost:
        check_tab_index(tab_index)
        if tab_index is not None:
            props["tabIndex"] = tab_index
        return self._emit_slot(IFRAME, props)

    def _iframe(
        self,
        src: str,
        width: int | None = None,
        height: int | None = None,
        scrolling: bool = False,
        *,
        tab_index: int | None = None,
    ) -> ElementHost:
        """``components.v1.iframe``: a URL in an iframe, 150 px high by default."""
        props = {
            "src": str(src),
            "scrolling": bool(scrolling),
            "width": _component_size(width, "stretch"),
            "height": _component_size(height, _COMPONENT_HEIGHT),
        }
        return self._show_iframe(props, tab_index)

    def _html(
        self,
        html: str,
        width: int | None = None,
        height: int | None = None,
        scrolling: bool = False,
        *,
        tab_index: int | None = None,
    ) -> ElementHost:
        """``components.v1.html``: HTML in a sandboxed iframe, where its scripts run."""
        props = {
            "srcdoc": str(html),
            "scrolling": bool(scrolling),
            "width": _component_size(width, "stretch"),
            "height": _component_size(height, _COMPONENT_HEIGHT),
        }
        return self._show_iframe(props, tab_index)

    def iframe(
        self,
        src: str | Path,
        *,
        width: Any = "stretch",
        height: Any = "content",
        tab_index: int | None = None,
        alt: str | None = None,
    ) -> ElementHost:
        """A URL, a local file (a ``Path``) or an HTML string in an iframe."""
        check_width(width, allow_content=True)
        check_height(height, allow_content=True)
        source: dict[str, str]
        if isinstance(src, Path):
            source = _local_file_source(src)
        elif _is_url(src):
            source = {"src": src}
        elif _is_file(src):
            log.warn(_STRING_FILE_PATH_WARNING)
            source = {"srcdoc": src}
        elif src.startswith("/"):
            source = {"src": src}
        else:
            source = {"srcdoc": src}
        props: dict[str, Any] = {**source, "scrolling": True, "width": width, "height": height}
        if "src" in source:
            # A URL's content cannot be measured: "content" falls back as in Streamlit.
            props["width"] = "stretch" if width == "content" else width
            props["height"] = _URL_CONTENT_HEIGHT if height == "content" else height
        check_tab_index(tab_index)
        alt_text = _normalize_alt(alt)
        if alt_text is not None:
            props["alt"] = alt_text
        return self._show_iframe(props, tab_index)
