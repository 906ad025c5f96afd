"""AppTest wrappers of text, feedback and status elements: ``at.markdown``, ``at.title``,
``at.success``, ``at.exception``, ``at.json``, ``at.progress``, ``at.status``, ...
"""

from __future__ import annotations

from typing import Any

from wasmlit.testing.elements import Element
from wasmlit.testing.page_model import PageElement
from wasmlit.testing.props import FlagProp, Prop


class Markdown(Element):
    allow_html = FlagProp("allowHtml")


class Caption(Markdown):
    pass


class Heading(Element):
    tag: Prop[str] = Prop("tag")

    @property
    def anchor(self) -> Any:
        return self.props.get("anchor")


class Title(Heading):
    pass


class Header(Heading):
    pass


class Subheader(Heading):
    pass


class Text(Element):
    pass


class Code(Element):
    language: Prop[str | None] = Prop("language", None)


class Divider(Element):
    @property
    def value(self) -> str:
        return "---"


class Alert(Element):
    icon: Prop[str | None] = Prop("icon", None)


class Success(Alert):
    pass


class Info(Alert):
    pass


class Warning(Alert):
    pass


class Error(Alert):
    pass


class Exception(Element):
    @property
    def value(self) -> str:
        return self.message

    message: Prop[str] = Prop("message")
    type_name: Prop[str] = Prop("type")
    stack_trace: Prop[list[str]] = Prop("traceback", [])
    is_markdown = FlagProp("markdown")
    is_warning = FlagProp("warning")


class Json(Element):
    pass


class Progress(Element):
    @property
    def value(self) -> int:
        """Progress from 0 to 100 (``0.25`` is stored as ``25``)."""
        value: int = self.props["value"]
        return value

    text: Prop[str] = Prop("text", "")


class Spinner(Element):
    @property
    def value(self) -> str:
        text: str = self.props.get("text", "")
        return text


class Status(Element):
    """``st.status``: a container with a label, and a state running/complete/error."""

    label: Prop[str] = Prop("label", "")
    state: Prop[str] = Prop("state", "running")
    expanded = FlagProp("expanded")

    @property
    def value(self) -> str:
        return self.label


class PageLink(Element):
    @property
    def value(self) -> str:
        """The link's label (the page title when no label was given)."""
        label: str = self.props.get("label", "")
        return label

    url_path: Prop[str | None] = Prop("urlPath", None)


class Toast(Element):
    @property
    def value(self) -> str:
        body: str = self.props.get("body", "")
        return body

    icon: Prop[str] = Prop("icon", "")


def heading_class(page_element: PageElement) -> type[Element]:
    return {"h1": Title, "h2": Header, "h3": Subheader}.get(page_element.props.get("tag", ""), Heading)


def markdown_class(page_element: PageElement) -> type[Element]:
    return Caption if page_element.props.get("caption") else Markdown


def alert_class(page_element: PageElement) -> type[Element]:
    kinds: dict[str, type[Element]] = {"success": Success, "info": Info, "warning": Warning, "error": Error}
    return kinds.get(page_element.props.get("kind", ""), Alert)
