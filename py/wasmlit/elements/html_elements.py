"""``st.html`` (sanitised HTML), ``st.badge`` and ``st.latex`` (Markdown underneath, as in
Streamlit), and ``st.link_button``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from wasmlit.catalogue import HTML, LINK_BUTTON, MARKDOWN
from wasmlit.elements.host import ElementHost
from wasmlit.elements.layout_params import check_icon, check_width
from wasmlit.elements.urls import checked_link
from wasmlit.errors import StreamlitMissingRequiredParameterError, StreamlitValueError
from wasmlit.runtime import log
from wasmlit.runtime.state.session_state import TRIGGER
from wasmlit.string_util import clean_text, to_help_str
from wasmlit.widgets.button import button_width, check_button_type, trigger_from_browser
from wasmlit.widgets.registration import WidgetSpec, register, validate_callback

_MAX_PATH_LENGTH = 4096
_STRING_FILE_PATH_WARNING = (
    "Passing a local file path as a string to `st.html` is no longer supported. "
    "To load a local file, pass a `pathlib.Path` object instead."
)


def _is_file(text: str) -> bool:
    if len(text) > _MAX_PATH_LENGTH or "<" in text:
        return False
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


def only_style_tags(html: str) -> bool:
    """HTML that is nothing but ``<style>`` blocks (and comments) takes no space on the page.

    >>> only_style_tags("<style>p {}</style><!-- x -->"), only_style_tags("<b>x</b>")
    (True, False)
    """
    without_comments = re.sub(r"<!--.*?-->", "", html, flags=re.DOTALL)
    return re.sub(r"<style[^>]*>.*?</style>", "", without_comments, flags=re.DOTALL | re.IGNORECASE).strip() == ""


def html_source(body: Any) -> str:
    """The HTML an ``st.html`` body stands for: a ``Path`` is read (``.css`` as a style block)."""
    if hasattr(body, "_repr_html_") and not isinstance(body, str | Path):
        return str(body._repr_html_())
    if isinstance(body, Path):
        content = body.read_text(encoding="utf-8")
        return f"<style>{content}</style>" if body.suffix.lower() == ".css" else content
    text = clean_text(body)
    if isinstance(body, str) and _is_file(body):
        log.warn(_STRING_FILE_PATH_WARNING)
    return text


class HtmlElementsMixin(ElementHost):
    def html(self, body: Any, *, width: Any = "stretch", unsafe_allow_javascript: bool = False) -> ElementHost:
        """HTML, sanitised by DOMPurify on the page (scripts never run)."""
        content = html_source(body)
        if content == "":
            raise StreamlitMissingRequiredParameterError("The `body` parameter is required.")
        check_width(width, allow_content=True)
        props: dict[str, Any] = {"body": content}
        if only_style_tags(content):
            props["styleOnly"] = True
        if width != "stretch":
            props["width"] = width
        if unsafe_allow_javascript:
            log.warn_once(
                "html-javascript",
                "wasmlit: st.html(unsafe_allow_javascript=True) still sanitises the HTML; scripts do not run.",
            )
        return self._emit_slot(HTML, props)

    def badge(
        self,
        label: Any,
        *,
        icon: Any = None,
        color: str = "blue",
        width: Any = "content",
        help: Any = None,
    ) -> ElementHost:
        """A coloured badge: the ``:color-badge[label]`` Markdown directive."""
        checked_icon = check_icon(icon)
        icon_text = f"{checked_icon} " if checked_icon else ""
        escaped = str(label).replace("[", "\\[").replace("]", "\\]")
        check_width(width, allow_content=True)
        props: dict[str, Any] = {"body": f":{color}-badge[{icon_text}{escaped}]"}
        if help is not None:
            props["help"] = to_help_str(help)
        return self._emit_slot(MARKDOWN, props)

    def latex(self, body: Any, *, help: Any = None, width: Any = "stretch") -> ElementHost:
        """LaTeX, as ``$$`` Markdown: the page renders it with KaTeX, as Streamlit does."""
        if type(body).__module__.startswith("sympy"):
            import sympy  # type: ignore[import-not-found]

            body = sympy.latex(body)
        check_width(width, allow_content=True)
        props: dict[str, Any] = {"body": f"$$\n{clean_text(body)}\n$$", "latex": True}
        if help:
            props["help"] = to_help_str(help)
        return self._emit_slot(MARKDOWN, props)

    def link_button(
        self,
        label: Any,
        url: str,
        *,
        key: Any = None,
        on_click: Any = "ignore",
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        help: Any = None,
        type: str = "secondary",
        icon: Any = None,
        icon_position: str = "left",
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Any = "content",
        shortcut: Any = None,
        wrap: bool | None = None,
    ) -> Any:
        """A link styled as a button; it opens ``url`` in a new tab."""
        check_button_type(type)
        if icon_position not in ("left", "right"):
            raise StreamlitValueError("icon_position", ("left", "right"))
        width = button_width(use_container_width, width)
        label_text = "" if label is None else str(label)
        callback = validate_callback(on_click, parameter="on_click", supported_modes=("rerun", "ignore"))
        props: dict[str, Any] = {"label": label_text, "kind": type, "disabled": bool(disabled)}
        link = checked_link(str(url), "st.link_button")
        if link is not None:
            props["url"] = link
        if help is not None:
            props["help"] = to_help_str(help)
        checked_icon = check_icon(icon)
        if checked_icon:
            props["icon"] = checked_icon
            props["iconPosition"] = icon_position
        if width != "content":
            props["width"] = width
        if on_click == "ignore":
            if key is not None:
                props["key"] = str(key)
            return self._emit_slot(LINK_BUTTON, props)
        widget = register(
            self,
            WidgetSpec(
                element=LINK_BUTTON,
                key=key,
                identity_params={"label": label_text, "icon": icon, "url": url, "help": help, "type": type},
                deserialize=trigger_from_browser,
                serialize=bool,
                value_type=TRIGGER,
                callback=callback,
                callback_args=tuple(args) if args is not None else None,
                callback_kwargs=kwargs,
                disabled=bool(disabled),
                read_only=True,
            ),
        )
        if widget.user_key is not None:
            props["key"] = widget.user_key
        props["triggers"] = True
        self._emit(LINK_BUTTON, props, widget_id=widget.id)
        return bool(widget.value)
