"""AppTest views of the display elements and chat, named as in ``streamlit.testing.v1``:
``at.metric[0].delta``, ``at.table[0].value``, ``at.image[0].captions``,
``at.chat_message[0].name``, ``at.chat_input[0].set_value("hi").run()``.

``Table.value`` and ``Dataframe.value`` are ``pandas.DataFrame`` objects when pandas can
be imported, as in Streamlit; otherwise a list of row dicts (column -> cell).
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from wasmlit.testing.elements import Block, Element, Widget
from wasmlit.testing.errors import AppTestError
from wasmlit.testing.page_model import PageElement
from wasmlit.testing.props import Prop
from wasmlit.testing.text_elements import Markdown
from wasmlit.widgets.uploaded_file import UploadedFile, file_to_browser


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


class Media(Element):
    """``st.audio`` and ``st.video`` (``at.get("audio")``): what the player plays, and how."""

    url: Prop[str] = Prop("src", "")
    start_time: Prop[int] = Prop("startTime", 0)
    end_time: Prop[int | None] = Prop("endTime", None)
    loop: Prop[bool] = Prop("loop", False)
    autoplay: Prop[bool] = Prop("autoplay", False)
    muted: Prop[bool] = Prop("muted", False)

    @property
    def data(self) -> bytes | None:
        """The bytes of a ``data:`` URL (what Streamlit's media file manager would serve)."""
        url = self.url
        if not url.startswith("data:"):
            return None
        import base64

        return base64.b64decode(url.split(",", 1)[1])

    @property
    def subtitles(self) -> list[dict[str, str]]:
        return list(self.props.get("subtitles", []))


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
    """``set_value`` sets the text; ``upload`` attaches files when the input accepts them.
    Text and files are submitted together on the next ``run()``, as Streamlit's AppTest does."""

    placeholder: Prop[str] = Prop("placeholder", "")
    max_chars: Prop[int | None] = Prop("maxChars", None)
    accept_file: Prop[str | None] = Prop("acceptFile", None)

    @property
    def value(self) -> Any:
        """The text set for the next run, else what the input returned in the last run."""
        queued = self._app.queued_browser_value(self.id)
        if isinstance(queued, dict):
            queued = queued.get("text")
        if queued is not None:
            return str(queued)
        return self._app.session.session_state.returned_this_run.get(self.id)

    def set_value(self, value: str | None) -> ChatInput:
        self._assert_can_interact()
        files = self._staged_files()
        if not self._takes_more_than_text():
            self._app.queue_browser_value(self.id, value)
        elif value is None and not files:
            self._app.queue_browser_value(self.id, None)
        else:
            self._app.queue_browser_value(self.id, {"text": value or "", "files": files, "audio": None})
        return self

    def upload(self, filename: str, content: bytes, mime_type: str = "application/octet-stream") -> ChatInput:
        """Attach a file: it replaces the staged one, or, with "multiple" or "directory", adds to them."""
        self._assert_can_interact()
        self._assert_accepts_files()
        if not isinstance(filename, str) or not filename:
            raise AppTestError(f"st.chat_input file names must be a non-empty string. Got {filename!r}.")
        if not isinstance(content, bytes):
            raise AppTestError(f"st.chat_input file content must be bytes. Got {type(content).__name__}.")
        record = file_to_browser(UploadedFile(str(uuid.uuid4()), filename, mime_type, content))
        files = [*self._staged_files(), record] if self.accept_file in ("multiple", "directory") else [record]
        self._app.queue_browser_value(self.id, {"text": self._staged_text() or "", "files": files, "audio": None})
        return self

    def clear(self) -> ChatInput:
        """Remove the staged files (the text stays; nothing is submitted)."""
        self._assert_can_interact()
        self._assert_accepts_files()
        text = self._staged_text()
        self._app.queue_browser_value(self.id, None if text is None else {"text": text, "files": [], "audio": None})
        return self

    def _takes_more_than_text(self) -> bool:
        return self.accept_file is not None or bool(self.props.get("acceptAudio"))

    def _assert_accepts_files(self) -> None:
        if self.accept_file is None:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"st.chat_input{key_part} does not accept files. Pass accept_file=True, 'multiple', or 'directory'."
            )

    def _staged(self) -> dict[str, Any] | None:
        queued = self._app.queued_browser_value(self.id)
        return queued if isinstance(queued, dict) else None

    def _staged_files(self) -> list[dict[str, Any]]:
        staged = self._staged()
        return list(staged["files"]) if staged else []

    def _staged_text(self) -> str | None:
        staged = self._staged()
        return staged["text"] if staged else None


class Space(Element):
    """``st.space``: ``value`` is the size it was given, as in Streamlit's AppTest."""

    @property
    def value(self) -> Any:
        return self.props.get("size")


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


class ComponentInstance(Widget):
    """A custom component (``at.get("component_instance")``, as in Streamlit's AppTest):
    ``set_value`` sends what the frontend's ``Streamlit.setComponentValue`` would."""

    @property
    def component_name(self) -> str:
        name: str = self.props.get("componentName", "")
        return name

    @property
    def args(self) -> dict[str, Any]:
        """The JSON arguments the frontend gets (with ``default`` and ``key``)."""
        args: dict[str, Any] = self.props.get("args", {})
        return args

    def set_value(self, value: Any) -> ComponentInstance:
        from wasmlit.components.v1.custom_component import value_to_browser

        if value is not None and value_to_browser(value) is None:
            raise AppTestError("A component can only set JSON values or bytes.")
        super().set_value(value)
        return self


class IFrame(Element):
    """``st.iframe`` and ``components.v1.html``/``iframe`` (``at.get("iframe")``)."""

    src: Prop[str | None] = Prop("src", None)
    srcdoc: Prop[str | None] = Prop("srcdoc", None)
