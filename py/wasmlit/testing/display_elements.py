"""AppTest views of the display elements and chat, named as in ``streamlit.testing.v1``:
``at.metric[0].delta``, ``at.table[0].value``, ``at.image[0].captions``,
``at.chat_message[0].name``, ``at.chat_input[0].set_value("hi").run()``.

``Table.value`` and ``Dataframe.value`` are ``pandas.DataFrame`` objects when pandas can
be imported, as in Streamlit; otherwise a list of row dicts (column -> cell).
"""

from __future__ import annotations

import json
from typing import Any

from wasmlit.testing.elements import Block, Element, Widget
from wasmlit.testing.errors import AppTestError
from wasmlit.testing.page_model import PageElement
from wasmlit.testing.props import Prop
from wasmlit.testing.text_elements import Markdown


class Metric(Element):
    label: Prop[str] = Prop("label", "")
    delta: Prop[str] = Prop("delta", "")

    @property
    def color(self) -> str:
        """The delta's colour name: red, green, gray, or the named ``delta_color``."""
        color: str = self.props.get("color", "gray")
        return color

    direction: Prop[str] = Prop("direction", "none")
    help: Prop[str] = Prop("help", "")


class Image(Element):
    @property
    def value(self) -> list[str]:
        """The images' URLs (``data:`` URLs for files, bytes and arrays)."""
        return [image["url"] for image in self.props.get("images", [])]

    @property
    def captions(self) -> list[str]:
        return [image.get("caption", "") for image in self.props.get("images", [])]


class Table(Element):
    @property
    def columns(self) -> list[str]:
        return list(self.props.get("columns", []))

    @property
    def rows(self) -> list[list[Any]]:
        return [list(row) for row in self.props.get("rows", [])]

    @property
    def value(self) -> Any:
        """A ``pandas.DataFrame`` when pandas is importable, else a list of row dicts."""
        columns, rows, index = self.columns, self.rows, self.props.get("index")
        try:
            import pandas  # type: ignore[import-untyped]
        except ImportError:
            return [dict(zip(columns, row, strict=True)) for row in rows]
        return pandas.DataFrame(rows, columns=columns, index=index)


class Dataframe(Table):
    pass


class Html(Element):
    pass


class Latex(Markdown):
    pass


class LinkButton(Element):
    @property
    def value(self) -> str:
        label: str = self.props.get("label", "")
        return label

    url: Prop[str] = Prop("url", "")

    def click(self) -> LinkButton:
        key_part = f" (key={self.key!r})" if self.key else ""
        raise AppTestError(
            f"click() is not supported for link_button{key_part}. AppTest does not open URLs or trigger "
            "on_click. Use a Playwright e2e test."
        )


class ChatMessage(Block):
    block_type = "chat_message"

    def __init__(self, page_element: PageElement, app: Any) -> None:
        super().__init__(page_element, app)
        self.type = "chat_message"

    name: Prop[str] = Prop("name", "")

    @property
    def avatar(self) -> str:
        """``user``/``assistant`` for the built-in icons, the emoji, icon or image URL, or ""."""
        avatar = self.props.get("avatar")
        return "" if avatar is None else str(avatar["value"])


class ChatInput(Widget):
    placeholder: Prop[str] = Prop("placeholder", "")
    max_chars: Prop[int | None] = Prop("maxChars", None)

    @property
    def value(self) -> str | None:
        """The text set for the next run, else what the input returned in the last run."""
        queued = self._app.queued_browser_value(self.id)
        if queued is not None:
            return str(queued)
        returned = self._app.session.session_state.returned_this_run.get(self.id)
        return returned if isinstance(returned, str) else None

    def set_value(self, value: str | None) -> ChatInput:
        super().set_value(value)
        return self


def _records(table: dict[str, Any] | None) -> list[dict[str, Any]] | None:
    if table is None:
        return None
    names = table["columns"]
    return [dict(zip(names, row, strict=True)) for row in table["rows"]]


class VegaLiteChart(Element):
    """A Vega-Lite chart (``st.line_chart``, ``st.altair_chart``, ...): its spec and data."""

    @property
    def spec(self) -> dict[str, Any]:
        """The Vega-Lite spec the page renders, without its tables."""
        spec: dict[str, Any] = json.loads(self.props["spec"])
        return spec

    @property
    def data(self) -> list[dict[str, Any]] | None:
        """The spec's unnamed data, one dict per row (times as epoch milliseconds)."""
        return _records(self.props.get("data"))

    @property
    def datasets(self) -> dict[str, list[dict[str, Any]]]:
        """The named datasets, one dict per row."""
        return {dataset["name"]: _records(dataset["data"]) or [] for dataset in self.props.get("datasets", [])}

    @property
    def value(self) -> Any:
        return self.spec


class SelectableVegaLiteChart(VegaLiteChart, Widget):
    """A chart with ``on_select``: a widget whose value is the selection state."""

    @property
    def value(self) -> Any:
        return Widget.value.fget(self)  # type: ignore[attr-defined]

    def select(self, parameter: str, selection: Any) -> SelectableVegaLiteChart:
        """What the page sends when the visitor selects: ``selection`` under ``parameter``."""
        current = json.loads(self._app.queued_browser_value(self.id) or self.props.get("value") or "{}")
        state = {"selection": {**current.get("selection", {}), parameter: selection}}
        self._app.queue_browser_value(self.id, json.dumps(state))
        return self


def vega_lite_chart_class(page_element: PageElement) -> type[Element]:
    return SelectableVegaLiteChart if "selectionMode" in page_element.props else VegaLiteChart


class GraphvizChart(Element):
    """``st.graphviz_chart``: ``value`` is the DOT source."""

    @property
    def value(self) -> str:
        dot: str = self.props["dot"]
        return dot

    engine: Prop[str] = Prop("engine", "dot")


class PlotlyChart(Element):
    """``st.plotly_chart``: ``value`` is the figure as plotly.js reads it."""

    @property
    def value(self) -> dict[str, Any]:
        figure: dict[str, Any] = json.loads(self.props["spec"])
        return figure


class Map(Element):
    """``st.map``: ``value`` is Streamlit's deck.gl spec (view state and scatterplot layer)."""

    @property
    def value(self) -> dict[str, Any]:
        spec: dict[str, Any] = json.loads(self.props["spec"])
        return spec
