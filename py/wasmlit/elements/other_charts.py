"""``st.pyplot``, ``st.graphviz_chart``, ``st.plotly_chart`` and ``st.map``.

- ``st.pyplot``: the figure is drawn to PNG by Matplotlib (``savefig``, Agg) here in
  Python and shown as an ``image`` element, as Streamlit does.
- ``st.graphviz_chart``: the DOT source and engine; the page lays it out with Graphviz
  compiled to WebAssembly (``@viz-js/viz``, loaded on first use).
- ``st.plotly_chart``: the figure's JSON, with Streamlit's plotly template; the page draws
  it with plotly.js (loaded on first use).
- ``st.map``: Streamlit's deck.gl spec (same JSON, same view state); the page draws its
  points with Leaflet on CARTO's light basemap tiles, which come from the network.
"""

from __future__ import annotations

import copy
import io
import json
from typing import Any

from wasmlit.catalogue import GRAPHVIZ_CHART, IMAGE, MAP, PLOTLY_CHART
from wasmlit.elements.chart_colors import (
    int_component,
    invalid_color_error,
    is_color_like,
    is_color_tuple_like,
    is_hex_color_like,
)
from wasmlit.elements.frame import Frame, to_frame
from wasmlit.elements.host import ElementHost
from wasmlit.elements.image_sources import bytes_url, svg_url
from wasmlit.elements.layout_params import check_height, check_width
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from wasmlit.runtime import context, log

_SAVEFIG_DEFAULTS = {"bbox_inches": "tight", "dpi": 200, "format": "png"}
_SAVEFIG_KWARGS_DEPRECATION = """
Passing Matplotlib `savefig` keyword arguments to `st.pyplot` is
deprecated and will be removed in a future version.

`st.pyplot` already uses `bbox_inches="tight"` and `dpi=200` by
default. For other `savefig` options (for example `transparent=True`
or a custom `dpi`), save the figure yourself and display it with
`st.image`:

```python
import io

buf = io.BytesIO()
fig.savefig(buf, format="png", transparent=True, dpi=300)
st.image(buf)
```
"""
_FIG_REQUIRED = """Passing `None` is not supported because Matplotlib's global figure object
is not thread-safe.

Pass a figure explicitly:

```python
fig, ax = plt.subplots()
ax.scatter([1, 2, 3], [1, 2, 3])
# other plotting actions...
st.pyplot(fig)
```"""
_GRAPHVIZ_TYPES = (
    "graphviz.dot.Graph",
    "graphviz.dot.Digraph",
    "graphviz.graphs.Graph",
    "graphviz.graphs.Digraph",
    "graphviz.sources.Source",
)


def _container_width_warning(content_hint: str) -> None:
    log.warn(
        "Please replace `use_container_width` with `width`.\n\n`use_container_width` will be removed after "
        f"2025-12-31.\n\nFor `use_container_width=True`, use `width='stretch'`. {content_hint}"
    )


def _alt(alt: Any, *, allow_empty: bool = False) -> str | None:
    """Streamlit's ``normalize_alt``: None and blank text mean no alt ("" may be decorative)."""
    if alt is None:
        return None
    text = str(alt)
    if text == "" and allow_empty:
        return ""
    return text.strip() or None


# ----- st.pyplot -------------------------------------------------------------------------


def figure_url(fig: Any, savefig_options: dict[str, Any]) -> str:
    """The figure saved by Matplotlib (PNG by default; SVG when the options ask for it)."""
    import matplotlib.pyplot as plt

    plt.ioff()
    buffer = io.BytesIO()
    fig.savefig(buffer, **{**_SAVEFIG_DEFAULTS, **savefig_options})
    payload = buffer.getvalue()
    head = payload.lstrip()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head[:2048]):
        return svg_url(payload.decode("utf-8"))
    return bytes_url(payload)


def show_pyplot(
    host: ElementHost,
    fig: Any,
    clear_figure: bool,
    width: Any,
    use_container_width: bool | None,
    alt: Any,
    savefig_options: dict[str, Any],
) -> ElementHost:
    if fig is None:
        raise StreamlitMissingRequiredParameterError(f"The `fig` parameter is required. {_FIG_REQUIRED}")
    if use_container_width is not None:
        _container_width_warning("For `use_container_width=False`, use `width='content'`.")
        width = "stretch" if use_container_width else "content"
    if savefig_options:
        if context.current().config.get("client.showErrorDetails", "full") in ("full", True):
            host.warning(_SAVEFIG_KWARGS_DEPRECATION)  # type: ignore[attr-defined]
        log.warn(_SAVEFIG_KWARGS_DEPRECATION)
    check_width(width, allow_content=True)
    image: dict[str, Any] = {"url": figure_url(fig, savefig_options)}
    text = _alt(alt, allow_empty=True)
    if text is not None:
        image["alt"] = text
    node = host._emit(IMAGE, {"images": [image], "width": width})
    if clear_figure:
        fig.clf()
    return host._slot_for(node)


# ----- st.graphviz_chart -----------------------------------------------------------------


def dot_source(figure_or_dot: Any) -> tuple[str, str]:
    """The DOT source and the layout engine of a graphviz object or a DOT string."""
    kind = type(figure_or_dot)
    if f"{kind.__module__}.{kind.__qualname__}" in _GRAPHVIZ_TYPES:
        return str(figure_or_dot.source), str(figure_or_dot.engine)
    if isinstance(figure_or_dot, str):
        return figure_or_dot, "dot"
    raise StreamlitInvalidParameterTypeError(
        "figure_or_dot", "graphviz.Graph, graphviz.Digraph, graphviz.Source, str", kind.__name__
    )


def show_graphviz_chart(
    host: ElementHost, figure_or_dot: Any, use_container_width: bool | None, width: Any, height: Any, alt: Any
) -> ElementHost:
    if use_container_width is not None:
        _container_width_warning("For `use_container_width=False`, use `width='content'`.")
        width = "stretch" if use_container_width else "content"
    dot, engine = dot_source(figure_or_dot)
    check_width(width, allow_content=True)
    check_height(height, allow_content=True)
    props: dict[str, Any] = {"dot": dot, "engine": engine, "width": width, "height": height}
    text = _alt(alt)
    if text is not None:
        props["alt"] = text
    return host._emit_slot(GRAPHVIZ_CHART, props)


# ----- st.plotly_chart -------------------------------------------------------------------

# Streamlit's plotly template: placeholder colours the page replaces with the theme's.
_SEQUENTIAL = [[position / 9, f"#0000{11 + position:02d}"] for position in range(10)]
_DIVERGING = [[position / 9, f"#0000{21 + position:02d}"] for position in range(10)]


def _streamlit_template() -> dict[str, Any]:
    scale = [list(stop) for stop in _SEQUENTIAL]
    return {
        "data": {
            "candlestick": [
                {"decreasing": {"line": {"color": "#000033"}}, "increasing": {"line": {"color": "#000032"}}}
            ],
            "contour": [{"colorscale": scale}],
            "contourcarpet": [{"colorscale": scale}],
            "heatmap": [{"colorscale": scale}],
            "histogram2d": [{"colorscale": scale}],
            "icicle": [{"textfont": {"color": "white"}}],
            "sankey": [{"textfont": {"color": "#000036"}}],
            "scatter": [{"marker": {"line": {"width": 0}}}],
            "table": [
                {
                    "cells": {"fill": {"color": "#000038"}, "font": {"color": "#000037"}, "line": {"color": "#000039"}},
                    "header": {
                        "font": {"color": "#000036"},
                        "line": {"color": "#000039"},
                        "fill": {"color": "#000040"},
                    },
                }
            ],
            "waterfall": [
                {
                    "increasing": {"marker": {"color": "#000032"}},
                    "decreasing": {"marker": {"color": "#000033"}},
                    "totals": {"marker": {"color": "#000034"}},
                    "connector": {"line": {"color": "#000036", "width": 2}},
                }
            ],
        },
        "layout": {
            "colorway": [f"#0000{position:02d}" for position in range(1, 11)],
            "colorscale": {"sequential": scale, "sequentialminus": scale, "diverging": [list(s) for s in _DIVERGING]},
            "coloraxis": {"colorscale": scale},
        },
    }


def _install_plotly_template() -> None:
    """Streamlit makes its template plotly's default when it is imported; here on first use."""
    import plotly.io as pio

    if "streamlit" not in pio.templates:
        pio.templates["streamlit"] = _streamlit_template()
        if pio.templates.default == "plotly":
            pio.templates.default = "streamlit"


def plotly_figure_json(figure_or_data: Any) -> str:
    """The figure as plotly.js reads it. A figure made before the first chart carries
    plotly's default template; under Streamlit it would carry Streamlit's, so it does."""
    import plotly.io as pio
    import plotly.tools

    _install_plotly_template()
    kind = type(figure_or_data)
    if f"{kind.__module__}.{kind.__qualname__}" == "matplotlib.figure.Figure":
        figure = plotly.tools.mpl_to_plotly(figure_or_data)
    else:
        figure = plotly.tools.return_figure_from_figure_or_data(figure_or_data, validate_figure=True)
    layout = figure.get("layout") if isinstance(figure, dict) else None
    if (
        isinstance(layout, dict)
        and pio.templates.default == "streamlit"
        and layout.get("template") == pio.templates["plotly"].to_plotly_json()
    ):
        layout["template"] = pio.templates["streamlit"].to_plotly_json()
    return str(pio.to_json(figure, validate=False))


def _content_size(size: Any, figure_json: str, field: str, default: int) -> Any:
    """Streamlit's "content" size of a plotly chart: the figure's layout size, or plotly's default."""
    if size != "content":
        return size
    value = json.loads(figure_json).get("layout", {}).get(field)
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else default


def show_plotly_chart(
    host: ElementHost,
    figure_or_data: Any,
    use_container_width: bool | None,
    width: Any,
    height: Any,
    theme: Any,
    key: Any,
    on_select: Any,
    config: Any,
    alt: Any,
) -> ElementHost:
    if use_container_width is not None:
        _container_width_warning("For `use_container_width=False`, use `width='content'`.")
        if use_container_width:
            width = "stretch"
        elif not isinstance(width, int) or isinstance(width, bool):
            width = "content"
    check_width(width, allow_content=True)
    check_height(height, allow_content=True)
    if theme not in ("streamlit", None):
        raise StreamlitValueError("theme", "'streamlit', None")
    if on_select != "ignore":
        raise StreamlitAPIException(
            'wasmlit does not support selections in `st.plotly_chart` yet: use `on_select="ignore"`, or draw '
            "the chart with `st.altair_chart` or `st.vega_lite_chart`, whose selections are supported."
        )
    spec = plotly_figure_json(figure_or_data)
    props: dict[str, Any] = {
        "spec": spec,
        "config": json.dumps(config or {}),
        "width": _content_size(width, spec, "width", 700),
        "height": _content_size(height, spec, "height", 450),
    }
    if theme:
        props["theme"] = theme
    if key is not None:
        props["key"] = str(key)
    text = _alt(alt)
    if text is not None:
        props["alt"] = text
    return host._emit_slot(PLOTLY_CHART, props)


# ----- st.map ----------------------------------------------------------------------------

_EMPTY_MAP: dict[str, Any] = {"initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}}
_LATITUDE_NAMES = {"lat", "latitude", "LAT", "LATITUDE"}
_LONGITUDE_NAMES = {"lon", "longitude", "LON", "LONGITUDE"}
_DEFAULT_SIZE = 100
_DEFAULT_ZOOM = 12
# Degrees of longitude that fit at each zoom level (Streamlit's table).
_ZOOM_LEVELS = [360, 180, 90, 45, 22.5, 11.25, 5.625, 2.813, 1.406, 0.703, 0.352, 0.176, 0.088, 0.044, 0.022]
_ZOOM_LEVELS += [0.011, 0.005, 0.003, 0.001, 0.0005, 0.00025]


def _position_column(frame: Frame, readable: str, given: Any, defaults: set[str]) -> str:
    if isinstance(given, str) and frame.has(given):
        name = given
    else:
        # Streamlit iterates a set of default names: any one present is taken.
        found = [candidate for candidate in defaults if frame.has(candidate)]
        if not found:
            allowed = ", ".join(map(repr, sorted(defaults)))
            existing = ", ".join(map(repr, frame.labels))
            raise StreamlitAPIException(
                f"Map data must contain a {readable} column named: {allowed}. Existing columns: {existing}"
            )
        name = found[0]
    if any(value is None for value in frame.column(name).values):
        raise StreamlitAPIException(f"Column {name} is not allowed to contain null values, such as NaN, NaT, or None.")
    return name


def _int_color(color: Any) -> list[int]:
    """A colour as deck.gl's [r, g, b, a] of ints (Streamlit's ``to_int_color_tuple``)."""
    if is_hex_color_like(color):
        digits = str(color)[1:]
        if len(digits) in (3, 4):
            digits = "".join(digit * 2 for digit in digits)
        if len(digits) == 6:
            digits += "ff"
        try:
            return [int(digits[position : position + 2], 16) for position in range(0, 8, 2)]
        except ValueError as error:
            raise invalid_color_error(color) from error
    if is_color_tuple_like(color):
        return [int_component(component, color) for component in color]
    raise invalid_color_error(color)


def _zoom_level(distance: float) -> int:
    for level in range(len(_ZOOM_LEVELS) - 1):
        if _ZOOM_LEVELS[level + 1] < distance <= _ZOOM_LEVELS[level]:
            return level
    return _DEFAULT_ZOOM


def map_spec(data: Any, latitude: Any, longitude: Any, size: Any, color: Any, zoom: Any) -> dict[str, Any]:
    """Streamlit's ``to_deckgl_json``: the view centred on the points, one scatterplot layer."""
    if data is None or getattr(data, "empty", False) is True:
        return copy.deepcopy(_EMPTY_MAP)
    frame = to_frame(data)
    lat = _position_column(frame, "latitude", latitude, _LATITUDE_NAMES)
    lon = _position_column(frame, "longitude", longitude, _LONGITUDE_NAMES)
    size_column = size if isinstance(size, str) and frame.has(size) else None
    color_column = color if isinstance(color, str) and frame.has(color) else None
    used = sorted({name for name in (lat, lon, size_column, color_column) if name is not None})
    columns = {name: list(frame.column(name).values) for name in used}
    if color_column is not None:
        values = columns[color_column]
        if not values or not is_color_like(values[0]):
            raise StreamlitAPIException(f'Column "{color_column}" does not appear to contain valid colors.')
        columns[color_column] = [_int_color(value) for value in values]
        fill: Any = f"@@={color_column}"
    elif color is None or (isinstance(color, str) and color.lower() == "primary"):
        fill = "primary"
    else:
        fill = _int_color(color)
    lats, lons = columns[lat], columns[lon]
    center_lat, center_lon = (max(lats) + min(lats)) / 2.0, (max(lons) + min(lons)) / 2.0
    if zoom is None:
        zoom = _zoom_level(max(abs(max(lats) - min(lats)), abs(max(lons) - min(lons))))
    spec = copy.deepcopy(_EMPTY_MAP)
    spec["initialViewState"].update({"latitude": center_lat, "longitude": center_lon, "zoom": zoom})
    spec["layers"] = [
        {
            "@@type": "ScatterplotLayer",
            "getPosition": f"@@=[{lon}, {lat}]",
            "getRadius": f"@@={size_column}" if size_column else (_DEFAULT_SIZE if size is None else size),
            "radiusMinPixels": 3,
            "radiusUnits": "meters",
            "getFillColor": fill,
            "data": [dict(zip(used, row, strict=True)) for row in zip(*(columns[name] for name in used), strict=True)],
        }
    ]
    return spec


def show_map(
    host: ElementHost,
    data: Any,
    latitude: Any,
    longitude: Any,
    color: Any,
    size: Any,
    zoom: Any,
    width: Any,
    height: Any,
    use_container_width: bool | None,
    alt: Any,
) -> ElementHost:
    if use_container_width is not None:
        _container_width_warning("For `use_container_width=False`, specify an integer width.")
        if use_container_width:
            width = "stretch"
    check_width(width, allow_content=False)
    check_height(height, allow_content=False)
    spec = map_spec(data, latitude, longitude, size, color, zoom)
    props: dict[str, Any] = {"spec": json.dumps(spec), "width": width, "height": height}
    text = _alt(alt)
    if text is not None:
        props["alt"] = text
    return host._emit_slot(MAP, props)
