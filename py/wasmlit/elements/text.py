"""Text elements: headings, Markdown, plain text, captions, code, dividers, alerts."""

from __future__ import annotations

from typing import Any

from wasmlit.catalogue import ALERT, CODE, DIVIDER, EMPTY, HEADING, MARKDOWN, TEXT
from wasmlit.elements.host import ElementHost
from wasmlit.errors import StreamlitAPIException
from wasmlit.string_util import clean_text, code_body, to_help_str

_DIVIDER_COLORS = ("blue", "green", "orange", "red", "violet", "yellow", "gray", "grey", "rainbow")


def _divider_color(divider: Any, heading_count: int) -> str | None:
    """``divider=True`` cycles through Streamlit's colours, one per heading."""
    if divider is False or divider is None:
        return None
    if divider is True:
        cycle = ("blue", "green", "orange", "red", "violet", "yellow")
        return cycle[heading_count % len(cycle)]
    if divider not in _DIVIDER_COLORS:
        raise StreamlitAPIException(
            f"Divider parameter has invalid value: `{divider}`. Please choose from: "
            "blue, green, orange, red, violet, yellow, gray/grey, or rainbow."
        )
    return "gray" if divider == "grey" else str(divider)


class TextMixin(ElementHost):
    def _heading(self, tag: str, body: Any, anchor: Any, help: Any, divider: Any = False) -> ElementHost:
        props: dict[str, Any] = {"tag": tag, "body": clean_text(body)}
        if anchor is not None:
            props["anchor"] = anchor if anchor is False else str(anchor)
        if help is not None:
            props["help"] = to_help_str(help)
        if tag != "h1":
            color = _divider_color(divider, self._divider_counter())
            if color is not None:
                props["divider"] = color
        return self._emit_slot(HEADING, props)

    def _divider_counter(self) -> int:
        from wasmlit.runtime import context

        extras = context.current().extras
        count: int = extras.get("heading_divider_count", 0)
        extras["heading_divider_count"] = count + 1
        return count

    def title(self, body: Any, anchor: Any = None, *, help: Any = None, width: Any = "stretch") -> ElementHost:
        """A title: Markdown in an ``h1``."""
        return self._heading("h1", body, anchor, help)

    def header(
        self,
        body: Any,
        anchor: Any = None,
        *,
        help: Any = None,
        divider: Any = False,
        width: Any = "stretch",
    ) -> ElementHost:
        """A header: Markdown in an ``h2``."""
        return self._heading("h2", body, anchor, help, divider)

    def subheader(
        self,
        body: Any,
        anchor: Any = None,
        *,
        help: Any = None,
        divider: Any = False,
        width: Any = "stretch",
    ) -> ElementHost:
        """A subheader: Markdown in an ``h3``."""
        return self._heading("h3", body, anchor, help, divider)

    def markdown(
        self,
        body: Any,
        unsafe_allow_html: bool = False,
        *,
        help: Any = None,
        width: Any = "stretch",
    ) -> ElementHost:
        """Markdown; raw HTML only with ``unsafe_allow_html=True``."""
        props: dict[str, Any] = {"body": clean_text(body)}
        if unsafe_allow_html:
            props["allowHtml"] = True
        if help is not None:
            props["help"] = to_help_str(help)
        return self._emit_slot(MARKDOWN, props)

    def caption(
        self,
        body: Any,
        unsafe_allow_html: bool = False,
        *,
        help: Any = None,
        width: Any = "stretch",
    ) -> ElementHost:
        """Small, muted Markdown."""
        props: dict[str, Any] = {"body": clean_text(body), "caption": True}
        if unsafe_allow_html:
            props["allowHtml"] = True
        if help is not None:
            props["help"] = to_help_str(help)
        return self._emit_slot(MARKDOWN, props)

    def text(self, body: Any, *, help: Any = None, width: Any = "content") -> ElementHost:
        """Plain preformatted text: no Markdown."""
        props: dict[str, Any] = {"body": clean_text(body)}
        if help is not None:
            props["help"] = to_help_str(help)
        return self._emit_slot(TEXT, props)

    def code(
        self,
        body: Any,
        language: str | None = "python",
        *,
        line_numbers: bool = False,
        wrap_lines: bool = False,
        height: Any = "content",
        width: Any = "stretch",
    ) -> ElementHost:
        """A code block; ``language=None`` shows plain text."""
        props: dict[str, Any] = {"body": code_body(body), "language": language}
        if line_numbers:
            props["lineNumbers"] = True
        if wrap_lines:
            props["wrapLines"] = True
        return self._emit_slot(CODE, props)

    def divider(self, *, width: Any = "stretch") -> ElementHost:
        """A horizontal rule."""
        return self._emit_slot(DIVIDER, {})

    def _alert(self, kind: str, body: Any, icon: Any, title: Any = None) -> ElementHost:
        props: dict[str, Any] = {"kind": kind, "body": clean_text(body)}
        if icon is not None:
            props["icon"] = str(icon)
        if title is not None:
            props["title"] = clean_text(title)
        return self._emit_slot(ALERT, props)

    def success(self, body: Any, *, icon: Any = None, width: Any = "stretch", title: Any = None) -> ElementHost:
        """A green alert."""
        return self._alert("success", body, icon, title)

    def info(self, body: Any, *, icon: Any = None, width: Any = "stretch", title: Any = None) -> ElementHost:
        """A blue alert."""
        return self._alert("info", body, icon, title)

    def warning(self, body: Any, *, icon: Any = None, width: Any = "stretch", title: Any = None) -> ElementHost:
        """A yellow alert."""
        return self._alert("warning", body, icon, title)

    def error(self, body: Any, *, icon: Any = None, width: Any = "stretch", title: Any = None) -> ElementHost:
        """A red alert."""
        return self._alert("error", body, icon, title)

    def empty(self) -> ElementHost:
        """A single-element placeholder: each write replaces its content."""
        return self._emit_slot(EMPTY, {})
