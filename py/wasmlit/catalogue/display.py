"""Text, data and status elements: everything that shows and takes no input."""

from __future__ import annotations

from wasmlit.catalogue.element_type import element
from wasmlit.catalogue.prop_types import (
    BOOL,
    INT,
    JSON,
    NUMBER,
    STR,
    ListOf,
    OneOf,
    Record,
    Union,
    nullable,
    opt,
    req,
)

# A width or height: pixels, or a keyword such as "content" or "stretch".
SIZE = Union(INT, STR)

MARKDOWN = element(
    "markdown",
    {
        "body": req(STR, "Markdown, dedented as Streamlit does"),
        "allowHtml": opt(BOOL, "unsafe_allow_html=True", default=False),
        "help": opt(STR),
        "caption": opt(BOOL, "st.caption: smaller, muted text", default=False),
        "latex": opt(BOOL, "st.latex: the body is $$...$$", default=False),
    },
)
HEADING = element(
    "heading",
    {
        "tag": req(OneOf("h1", "h2", "h3")),
        "body": req(STR),
        "anchor": opt(Union(STR, OneOf(False)), "False hides the anchor link"),
        "help": opt(STR),
        "divider": opt(STR, "the divider's colour name"),
    },
)
TEXT = element("text", {"body": req(STR), "help": opt(STR)})
CODE = element(
    "code",
    {
        "body": req(STR),
        "language": req(nullable(STR)),
        "lineNumbers": opt(BOOL, default=False),
        "wrapLines": opt(BOOL, default=False),
    },
)
DIVIDER = element("divider")
EMPTY = element("empty", doc="st.empty() before anything is written into it")
ALERT = element(
    "alert",
    {
        "kind": req(OneOf("success", "info", "warning", "error")),
        "body": req(STR),
        "icon": opt(STR),
        "title": opt(STR),
    },
)
EXCEPTION = element(
    "exception",
    {
        "type": req(STR, "the exception's type name (qualified for uncaught ones)"),
        "message": req(STR),
        "traceback": req(ListOf(STR)),
        "markdown": opt(BOOL, "the message is Markdown", default=False),
        "warning": opt(BOOL, "shown as a warning (deprecations)", default=False),
    },
)
JSON_VIEW = element("json", {"body": req(STR, "the value as JSON text"), "expanded": req(Union(BOOL, INT))})
HELP = element(
    "help",
    {"name": req(STR), "signature": req(STR), "type": req(STR), "doc": req(STR), "value": req(STR)},
)
PROGRESS = element("progress", {"value": req(INT, "0 to 100"), "text": opt(STR)})
SPINNER = element(
    "spinner",
    {"text": req(STR), "showTime": opt(BOOL, default=False), "cache": opt(BOOL, default=False)},
)
CACHE_SPINNER = element("cache_spinner", {"text": req(STR)}, doc="shown while a cached function computes")
METRIC = element(
    "metric",
    {
        "label": req(STR),
        "body": req(STR),
        "delta": req(STR),
        "color": req(STR, "the delta chip's colour name"),
        "direction": req(OneOf("up", "down", "none")),
        "help": opt(STR),
        "icon": opt(STR),
        "labelVisibility": opt(OneOf("hidden", "collapsed")),
        "border": opt(BOOL, default=False),
        "chart": opt(ListOf(NUMBER), "the sparkline's points"),
        "chartType": opt(OneOf("line", "bar", "area")),
        "deltaDescription": opt(STR),
        "width": opt(SIZE),
        "height": opt(SIZE),
    },
)
IMAGE_ITEM = Record({"url": req(STR), "caption": opt(STR), "alt": opt(STR)})
IMAGE = element("image", {"images": req(ListOf(IMAGE_ITEM)), "width": req(SIZE), "link": opt(STR)})

_TABLE_DATA = {
    "columns": req(ListOf(STR)),
    "kinds": req(ListOf(OneOf("int", "float", "bool", "text"))),
    "rows": req(ListOf(ListOf(JSON)), "cells as JSON"),
    "totalRows": opt(INT, "rows before the cap, when rows were left out"),
    "index": opt(ListOf(JSON)),
    "indexName": opt(STR),
    "width": opt(SIZE),
    "height": opt(SIZE),
}
TABLE = element(
    "table",
    {
        **_TABLE_DATA,
        "border": req(Union(BOOL, OneOf("horizontal"))),
        "hideHeader": opt(BOOL, default=False),
        "alt": opt(STR),
    },
)
DATAFRAME = element(
    "dataframe",
    {
        **_TABLE_DATA,
        "labels": opt(ListOf(STR), "column labels from column_config"),
        "rowHeight": opt(INT),
        "placeholder": opt(STR),
        "key": opt(STR),
        "alt": opt(STR),
    },
)
# The grid of st.data_editor (and of st.dataframe with selections): a chunk the page loads
# when it first shows one.
GRID_COLUMN_TYPES = OneOf(
    "text", "number", "checkbox", "selectbox", "date", "time", "datetime", "link", "progress", "image", "list", "object"
)
GRID_COLUMN = Record(
    {
        "name": req(STR, "the column's name in the data and the editing state; '_index' for the index"),
        "kind": req(STR, "Streamlit's ColumnDataKind of the data: integer, float, string, date, ..."),
        "type": req(GRID_COLUMN_TYPES, "the column type: column_config's, else the data kind's"),
        "config": req(JSON, "column_config settings: label, width, help, disabled, required, default, type_config"),
    }
)
GRID = {
    "columns": req(ListOf(GRID_COLUMN), "the shown columns in order; the index first when shown"),
    "rows": req(ListOf(ListOf(JSON)), "cells as JSON (dates as ISO text), one per shown column"),
    "width": opt(SIZE),
    "height": opt(SIZE),
    "rowHeight": opt(INT),
    "placeholder": opt(STR),
    "alt": opt(STR),
    "key": opt(STR),
}
DATA_EDITOR = element(
    "data_editor",
    {
        **GRID,
        "numRows": req(OneOf("fixed", "dynamic", "add", "delete")),
        "disabled": opt(BOOL, "the whole editor is read-only", default=False),
        "value": req(STR, "the editing state as JSON text: edited_rows, added_rows, deleted_rows"),
        "setValue": opt(BOOL, default=False),
        "formId": opt(STR),
        "ignoreRerun": opt(BOOL, default=False),
    },
    doc="st.data_editor",
)
DATA_GRID = element(
    "data_grid",
    {
        **GRID,
        # With on_select: a widget whose value is the selection state as JSON text.
        "selectionMode": opt(ListOf(STR), "single-row, multi-row, single-column, ... as given"),
        "value": opt(STR),
        "setValue": opt(BOOL, default=False),
        "formId": opt(STR),
    },
    doc="st.dataframe with selections, or with more rows than the plain table shows",
)
HTML = element(
    "html",
    {"body": req(STR, "sanitised on the page"), "styleOnly": opt(BOOL, default=False), "width": opt(SIZE)},
)
PAGE_LINK = element(
    "page_link",
    {
        "label": opt(STR),
        "icon": opt(STR),
        "help": opt(STR),
        "iconPosition": opt(OneOf("right"), default="left"),
        "disabled": opt(BOOL, default=False),
        "queryString": opt(STR),
        "stretch": opt(BOOL, default=False),
        "external": opt(BOOL, default=False),
        "href": opt(STR, "an external link's address"),
        "pageHash": opt(STR),
        "urlPath": opt(STR),
    },
)

SPACE = element(
    "space",
    {"size": req(Union(INT, OneOf("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge", "stretch")))},
    doc="st.space: pixels or a named size, along the parent's direction",
)

_MEDIA = {
    "src": req(STR, "a URL the browser plays: http(s), or data: for bytes and the app's files"),
    "startTime": req(INT, "seconds"),
    "endTime": opt(INT, "seconds; playing stops (or loops back) there"),
    "loop": opt(BOOL, default=False),
    "autoplay": opt(BOOL, default=False),
    "alt": opt(STR, "the player's accessible name"),
    "width": opt(INT, "pixels; absent: the container's width"),
}
AUDIO = element("audio", _MEDIA)
VIDEO = element(
    "video",
    {
        **_MEDIA,
        "kind": req(OneOf("native", "youtube"), "youtube: an embedded YouTube player (src is its embed URL)"),
        "muted": opt(BOOL, default=False),
        "subtitles": opt(ListOf(Record({"label": req(STR), "src": req(STR, "WebVTT, as a data: URL")})), default=[]),
    },
)
# Chart data as the page gets it (py/wasmlit/elements/chart_data.py).
CHART_TABLE = Record(
    {
        "columns": req(ListOf(STR)),
        "rows": req(ListOf(ListOf(JSON)), "cells as JSON; times as epoch milliseconds"),
        "localTime": opt(ListOf(STR), "columns of wall-clock times: the page adds the visitor's offset"),
    }
)
VEGA_LITE_CHART = element(
    "vega_lite_chart",
    {
        "spec": req(STR, "the Vega-Lite spec as JSON text, without its tables"),
        "data": opt(CHART_TABLE, "the spec's unnamed data"),
        "datasets": opt(ListOf(Record({"name": req(STR), "data": req(CHART_TABLE)}))),
        "theme": opt(OneOf("streamlit"), "absent: theme=None"),
        "useContainerWidth": opt(BOOL),
        "width": req(SIZE),
        "height": req(SIZE),
        "alt": opt(STR, "the chart's accessible description"),
        "key": opt(STR),
        # With on_select: a widget whose value is the selection state as JSON text.
        "selectionMode": opt(ListOf(STR), "the selection parameters reported to Python"),
        "value": opt(STR),
        "setValue": opt(BOOL, default=False),
        "formId": opt(STR),
    },
    doc="st.vega_lite_chart, st.altair_chart and the built-in charts",
)
GRAPHVIZ_CHART = element(
    "graphviz_chart",
    {
        "dot": req(STR, "the graph's DOT source"),
        "engine": req(STR, "the Graphviz layout engine: dot, neato, ..."),
        "width": req(SIZE),
        "height": req(SIZE),
        "alt": opt(STR),
    },
)
PLOTLY_CHART = element(
    "plotly_chart",
    {
        "spec": req(STR, "the figure as JSON text (plotly.io.to_json)"),
        "config": req(STR, "plotly.js config as JSON text"),
        "theme": opt(OneOf("streamlit"), "absent: theme=None"),
        "width": req(SIZE),
        "height": req(SIZE),
        "key": opt(STR),
        "alt": opt(STR),
    },
)
MAP = element(
    "map",
    {
        "spec": req(STR, "Streamlit's deck.gl JSON: initialViewState and one ScatterplotLayer"),
        "width": req(SIZE),
        "height": req(SIZE),
        "alt": opt(STR),
    },
    doc="st.map",
)
# components.v1.html / iframe and st.iframe: an iframe with Streamlit's sandbox flags.
IFRAME = element(
    "iframe",
    {
        "src": opt(STR, "a URL to load (absent: srcdoc)"),
        "srcdoc": opt(STR, "HTML to show, run inside the iframe"),
        "scrolling": req(BOOL, "False: overflow is cut off, no scroll bar"),
        "tabIndex": opt(INT),
        "alt": opt(STR, "the iframe's title (absent: st.iframe)"),
        "width": req(SIZE, "pixels, 'stretch' or 'content' (measured inside a srcdoc)"),
        "height": req(SIZE, "pixels, 'stretch' or 'content' (measured inside a srcdoc)"),
    },
)

TYPES = (
    MARKDOWN,
    HEADING,
    TEXT,
    CODE,
    DIVIDER,
    EMPTY,
    ALERT,
    EXCEPTION,
    JSON_VIEW,
    HELP,
    PROGRESS,
    SPINNER,
    CACHE_SPINNER,
    METRIC,
    IMAGE,
    TABLE,
    DATAFRAME,
    DATA_EDITOR,
    DATA_GRID,
    HTML,
    PAGE_LINK,
    SPACE,
    AUDIO,
    VIDEO,
    VEGA_LITE_CHART,
    GRAPHVIZ_CHART,
    PLOTLY_CHART,
    MAP,
    IFRAME,
)
