"""``st.vega_lite_chart``, ``st.altair_chart`` and the built-in charts (line, area, bar,
scatter), with selections.

One element type, ``vega_lite_chart``, as in Streamlit: the spec as JSON text without its
data, the data apart (``data`` for the spec's unnamed data, ``datasets`` for named ones),
the theme and the layout. The page renders it with vega-embed (``web/elements/vega_chart.jsx``,
the library loaded on first use). With ``on_select`` the chart is a widget: its value is
Streamlit's selection state as JSON text, read-only through Session State.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager, nullcontext
from typing import Any

from wasmlit.catalogue import VEGA_LITE_CHART
from wasmlit.elements import builtin_charts as builtin
from wasmlit.elements.chart_data import dataset_name, frame_json
from wasmlit.elements.frame import to_frame
from wasmlit.elements.host import ElementHost
from wasmlit.elements.layout_params import check_height, check_width
from wasmlit.errors import StreamlitAPIException, StreamlitMissingRequiredParameterError, StreamlitValueError
from wasmlit.runtime import log
from wasmlit.widgets.registration import WidgetSpec, register, validate_callback

_READ_ONLY = (
    "Widget state is read-only because modifying nested values has no effect "
    "on the app. For widget states that support programmatic updates "
    "(e.g. st.dataframe selections), assign a new dictionary to the Session "
    "State key instead, for example:\n"
    "    st.session_state['my_key'] = {'selection': {'rows': [0]}}"
)
_COMPOSITIONS = ("hconcat", "vconcat", "concat", "layer", "facet", "repeat")
_GEOMETRY_TYPES = frozenset({"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"})


class ReadOnlyAttributeDictionary(dict[Any, Any]):
    """Streamlit's widget-state dict: attribute access, nested dicts wrapped, no mutation."""

    def __getitem__(self, key: Any) -> Any:
        item = super().__getitem__(key)
        return ReadOnlyAttributeDictionary(item) if isinstance(item, dict) else item

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError as error:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{key}'") from error

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError(_READ_ONLY)

    __setattr__ = __setitem__ = __delitem__ = __ior__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickling (Session State snapshots) must not go through the refused __setitem__, nor
        # name the class by its Streamlit module, which does not exist here.
        return (_rebuild_state, (type(self).__name__, dict(self)))


class VegaLiteState(ReadOnlyAttributeDictionary):
    """What a chart with ``on_select`` returns: ``{"selection": {param: ...}}``."""


def _rebuild_state(class_name: str, items: dict[Any, Any]) -> ReadOnlyAttributeDictionary:
    from wasmlit.elements.grid_states import STATE_CLASSES

    classes: dict[str, type[ReadOnlyAttributeDictionary]] = {"VegaLiteState": VegaLiteState, **STATE_CLASSES}
    return classes.get(class_name, ReadOnlyAttributeDictionary)(items)


ReadOnlyAttributeDictionary.__module__ = "streamlit.util"
VegaLiteState.__module__ = "streamlit.elements.vega_charts"


# ----- the spec --------------------------------------------------------------------------


def _is_facet(spec: Mapping[str, Any]) -> bool:
    encoding = spec.get("encoding")
    return "facet" in spec or (isinstance(encoding, Mapping) and any(k in encoding for k in ("row", "column", "facet")))


def _has_nested_composition(spec: Mapping[str, Any]) -> bool:
    children = spec.get("vconcat")
    return isinstance(children, list) and any(
        isinstance(child, dict) and any(key in child for key in _COMPOSITIONS) for child in children
    )


def _autosize(spec: Mapping[str, Any], use_container_width: bool) -> dict[str, str]:
    nested = _has_nested_composition(spec)
    if "vconcat" in spec and use_container_width:
        return {"type": "pad" if nested else "fit-x", "contains": "padding"}
    if _is_facet(spec) or (nested and not use_container_width):
        return {"type": "pad", "contains": "padding"}
    return {"type": "fit", "contains": "padding"}


def _patch_null_legend_titles(spec: dict[str, Any]) -> None:
    """A null colour legend title breaks Vega-Lite's layout: Streamlit makes it a space."""
    color = spec.get("encoding", {}).get("color") if isinstance(spec.get("encoding"), dict) else None
    if not isinstance(color, dict):
        return
    if "title" in color and color["title"] is None:
        color["title"] = " "
    legend = color.get("legend")
    if isinstance(legend, dict) and "title" in legend and legend["title"] is None:
        legend["title"] = " "


def prepare_spec(spec: Mapping[str, Any], use_container_width: bool) -> dict[str, Any]:
    prepared = dict(spec)
    if not prepared:
        raise StreamlitMissingRequiredParameterError(
            "The `spec` parameter is required. Vega-Lite charts require a non-empty spec dict."
        )
    if "autosize" not in prepared:
        prepared["autosize"] = _autosize(prepared, use_container_width)
    _patch_null_legend_titles(prepared)
    return prepared


def is_geometry(data: Any) -> bool:
    """GeoJSON or TopoJSON: stays in the spec instead of becoming a table."""
    if isinstance(data, dict):
        kind = data.get("type")
        if kind == "FeatureCollection":
            return "features" in data
        if kind == "Feature":
            return "geometry" in data
        if kind == "GeometryCollection":
            return "geometries" in data
        if kind in _GEOMETRY_TYPES:
            return "coordinates" in data
        if kind is None or kind == "Topology":
            return isinstance(data.get("arcs"), list) and isinstance(data.get("objects"), dict)
        return False
    if isinstance(data, list) and data:
        first = data[0]
        return isinstance(first, dict) and first.get("type") == "Feature" and "geometry" in first
    return False


class Table(dict[str, Any]):
    """Data already in the page's form (Altair's datasets, the built-in charts' data)."""


def _table(data: Any) -> dict[str, Any]:
    return data if isinstance(data, Table) else frame_json(to_frame(data))


def split_data(spec: dict[str, Any], data: Any) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """Move the chart's tables out of the spec: the unnamed data, and the named datasets."""
    datasets: list[dict[str, Any]] = []
    if "datasets" in spec:
        kept = {}
        for name, values in spec["datasets"].items():
            if is_geometry(values):
                kept[str(name)] = values
            else:
                datasets.append({"name": str(name), "data": _table(values)})
        if kept:
            spec["datasets"] = kept
        else:
            del spec["datasets"]
    if "data" in spec:
        inline = spec["data"]
        if isinstance(inline, dict):
            if "values" in inline and not is_geometry(inline["values"]):
                data = inline["values"]
                del spec["data"]
        elif not is_geometry(inline):
            data = inline
            del spec["data"]
    return (None if data is None else _table(data)), datasets


def _renumber(prefix: str, text: str) -> str:
    """Altair names unnamed params and views by counters or hashes; number them in order."""
    names = list(dict.fromkeys(re.findall(rf'"{prefix}[0-9a-f]+(?:_[0-9]+)?"', text)))
    marker = "\x00wasmlit\x00"
    for counter, name in enumerate(names, start=1):
        text = text.replace(name, f'"{marker}{prefix}{counter}"')
    return text.replace(marker, "")


def stable_spec_text(spec: dict[str, Any]) -> str:
    """The spec as JSON text whose generated names are the same on every run."""
    body = {key: value for key, value in spec.items() if key != "datasets"}
    text = json.dumps(body)
    if '"params"' in text:
        text = _renumber("param_", text)
    if re.search(r'"(vconcat|hconcat|facet|layer|concat|repeat)"', text):
        text = _renumber("view_", text)
    if "datasets" in spec:
        restored = json.loads(text)
        restored["datasets"] = spec["datasets"]
        text = json.dumps(restored)
    return text


# ----- selections ------------------------------------------------------------------------


def selection_parameters(spec: Mapping[str, Any]) -> set[str]:
    """The names of every selection parameter, at any depth of the view hierarchy."""
    names: set[str] = set()
    for param in spec.get("params", []) if isinstance(spec.get("params"), list) else []:
        if isinstance(param, dict) and param.get("name") and param.get("select"):
            names.add(param["name"])
    for key in ("layer", "hconcat", "vconcat", "concat"):
        if isinstance(spec.get(key), list):
            for child in spec[key]:
                if isinstance(child, dict):
                    names |= selection_parameters(child)
    if isinstance(spec.get("spec"), dict):
        names |= selection_parameters(spec["spec"])
    return names


def parse_selection_mode(spec: Mapping[str, Any], selection_mode: str | Iterable[str] | None) -> list[str]:
    available = selection_parameters(spec)
    if not available:
        raise StreamlitAPIException(
            "Selections are activated, but the provided chart spec does not have any selections defined. "
            "To add selections to `st.altair_chart`, check out the documentation "
            "[here](https://altair-viz.github.io/user_guide/interactions.html#selections-capturing-chart-interactions)."
            " For adding selections to `st.vega_lite_chart`, take a look at the specification "
            "[here](https://vega.github.io/vega-lite/docs/selection.html)."
        )
    if selection_mode is None:
        return sorted(available)
    modes = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
    for name in modes:
        if name not in available:
            raise StreamlitAPIException(
                f"Selection parameter '{name}' is not defined in the chart spec. "
                f"Available selection parameters are: {available}."
            )
    return sorted(modes)


def _selection_state(modes: list[str]) -> Callable[[Any], VegaLiteState]:
    def deserialize(raw: Any) -> VegaLiteState:
        empty = VegaLiteState({"selection": ReadOnlyAttributeDictionary({mode: {} for mode in modes})})
        if raw is None:
            return empty
        parsed = json.loads(raw)
        if "selection" not in parsed:
            return empty
        parsed["selection"] = ReadOnlyAttributeDictionary(parsed["selection"])
        return VegaLiteState(parsed)

    return deserialize


# ----- Altair ----------------------------------------------------------------------------


def altair_spec(chart: Any) -> dict[str, Any]:
    """``chart.to_dict()`` with its DataFrames as named datasets (Streamlit's transformer)."""
    import altair

    datasets: dict[str, Any] = {}

    def to_dataset(data: Any) -> dict[str, str]:
        if is_geometry(data):
            name = dataset_name({"geometry": data})
            datasets[name] = data
        else:
            table = Table(frame_json(to_frame(data)))
            name = dataset_name(table)
            datasets[name] = table
        return {"name": name}

    altair.data_transformers.register("wasmlit", to_dataset)
    theme = getattr(altair, "theme", None) or altair.themes
    theme_context: AbstractContextManager[Any] = theme.enable("none") if theme.active == "default" else nullcontext()
    with theme_context, altair.data_transformers.enable("wasmlit"):
        spec: dict[str, Any] = chart.to_dict()
    existing = spec.get("datasets")
    spec["datasets"] = {**existing, **datasets} if isinstance(existing, dict) else datasets
    return spec


# ----- the element -----------------------------------------------------------------------


def _default_width(spec: Mapping[str, Any]) -> str:
    """Facets, horizontal concatenations and repeats do not stretch (Streamlit #9091)."""
    narrow = _is_facet(spec) or "hconcat" in spec or "repeat" in spec or _has_nested_composition(spec)
    return "content" if narrow else "stretch"


def _resolve_width(spec: Mapping[str, Any], width: Any, use_container_width: bool | None) -> Any:
    if use_container_width is None and width is None:
        width = _default_width(spec)
    if use_container_width is not None:
        log.warn(
            "Please replace `use_container_width` with `width`.\n\n`use_container_width` will be removed "
            "after 2025-12-31.\n\nFor `use_container_width=True`, use `width='stretch'`. For "
            "`use_container_width=False`, use `width='content'` or specify an integer width."
        )
        if use_container_width:
            width = "stretch"
        elif not isinstance(width, int) or isinstance(width, bool):
            width = "content"
    return width


def _normalize_alt(alt: Any) -> str | None:
    if alt is None:
        return None
    text = str(alt).strip()
    return text or None


def show_vega_lite_chart(
    host: ElementHost,
    data: Any,
    spec: Any,
    *,
    width: Any,
    height: Any,
    use_container_width: bool | None,
    theme: Any,
    key: Any,
    on_select: Any,
    selection_mode: Any,
    alt: Any,
) -> Any:
    """Emit a ``vega_lite_chart`` element; with ``on_select``, register it and return its state."""
    if theme not in ("streamlit", None):
        raise StreamlitValueError("theme", "'streamlit', None")
    callback = validate_callback(on_select, parameter="on_select", supported_modes=("rerun", "ignore"))
    if isinstance(data, dict) and spec is None:
        data, spec = None, data
    spec = dict(spec or {})
    width = _resolve_width(spec, width, use_container_width)
    if width is not None:
        check_width(width, allow_content=True)
    check_height(height, allow_content=True)
    stretch = use_container_width if use_container_width is not None else width == "stretch"
    prepared = prepare_spec(spec, stretch)
    table, datasets = split_data(prepared, data)
    props: dict[str, Any] = {"spec": stable_spec_text(prepared), "width": width, "height": height}
    if table is not None:
        props["data"] = table
    if datasets:
        props["datasets"] = datasets
    if theme:
        props["theme"] = theme
    if use_container_width is not None:
        props["useContainerWidth"] = bool(use_container_width)
    text = _normalize_alt(alt)
    if text is not None:
        props["alt"] = text
    if on_select == "ignore":
        if key is not None:
            props["key"] = str(key)
        return host._emit_slot(VEGA_LITE_CHART, props)
    return _selection_chart(host, props, key, callback, selection_mode)


def _selection_chart(
    host: ElementHost, props: dict[str, Any], key: Any, callback: Callable[..., Any] | None, selection_mode: Any
) -> VegaLiteState:
    modes = parse_selection_mode(json.loads(props["spec"]), selection_mode)
    identity = {
        "spec": props["spec"],
        "data": dataset_name(props["data"]) if "data" in props else None,
        "datasets": [dataset["name"] for dataset in props.get("datasets", [])],
        "theme": props.get("theme"),
        "use_container_width": props.get("useContainerWidth"),
        "selection_mode": modes,
        "alt": props.get("alt"),
    }
    widget = register(
        host,
        WidgetSpec(
            element=VEGA_LITE_CHART,
            key=key,
            identity_params=identity,
            keyed_identity_params={"selection_mode": modes},
            deserialize=_selection_state(modes),
            serialize=lambda state: json.dumps(state, default=str),
            callback=callback,
            read_only=True,
        ),
    )
    props["selectionMode"] = modes
    props["value"] = json.dumps(widget.value, default=str)
    if widget.push_to_browser:
        props["setValue"] = True
    if widget.user_key is not None:
        props["key"] = widget.user_key
    if host.form_id is not None:
        props["formId"] = host.form_id
    host._emit(VEGA_LITE_CHART, props, widget_id=widget.id)
    value: VegaLiteState = widget.value
    return value


def show_builtin_chart(
    host: ElementHost,
    chart: builtin.ChartType,
    data: Any,
    args: builtin.ChartArgs,
    *,
    use_container_width: bool | None,
    alt: Any,
) -> Any:
    """``st.line_chart`` and its kin: the spec built here, its data as one named dataset."""
    spec, frame = builtin.chart_spec(chart, data, args)
    table = Table(frame_json(frame))
    spec["data"] = {"name": dataset_name(table)}
    spec["datasets"] = {spec["data"]["name"]: table}
    return show_vega_lite_chart(
        host,
        None,
        spec,
        width=args.width,
        height=args.height,
        use_container_width=use_container_width,
        theme="streamlit",
        key=None,
        on_select="ignore",
        selection_mode=None,
        alt=alt,
    )
