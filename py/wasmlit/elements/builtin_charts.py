"""The Vega-Lite specs of ``st.line_chart``, ``area_chart``, ``bar_chart`` and ``scatter_chart``.

Streamlit 1.67 builds these charts with Altair from a pandas DataFrame
(``streamlit/elements/lib/built_in_chart_utils.py``) and sends ``chart.to_dict()``. This
module builds the same dict without Altair or pandas, from a ``Frame``: the same columns
picked and renamed, the same melting of wide data into long data, the same encodings with
the same types. ``tests/unit/test_chart_specs.py`` compares the result with the specs real
Streamlit sends for the same scripts.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from wasmlit.elements import frame as frames
from wasmlit.elements.chart_colors import (
    is_builtin_color_name,
    is_color_like,
    is_color_tuple_like,
    is_hex_color_like,
    to_css_color,
)
from wasmlit.elements.frame import Column, Frame
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)

# The Vega-Lite schema Altair 6.3 writes (what Streamlit 1.67 sends with today's Altair).
SCHEMA = "https://vega.github.io/schema/vega-lite/v6.4.1.json"

_SUFFIX = " -- streamlit-generated"
INDEX_COLUMN = "index" + _SUFFIX
MELTED_Y_COLUMN = "value" + _SUFFIX
MELTED_COLOR_COLUMN = "color" + _SUFFIX
NON_EXISTENT_COLUMN = "DOES_NOT_EXIST" + _SUFFIX
_ALIAS_PREFIX = "col" + _SUFFIX + "-"
_FIELD_SPECIAL_CHARACTERS = (".", "[", "]", "\\")

_COLOR_LEGEND = {"titlePadding": 5, "offset": 5, "orient": "bottom"}
_SIZE_LEGEND = {"titlePadding": 0.5, "offset": 5, "orient": "bottom"}
# Above this many rows the line chart's hover is throttled to one event per 16 ms.
_LARGE_DATASET_POINTS = 1000
_MIXED_TYPE_LIMIT = 100
# The dataset's name in the spec; the element carries the data under it.
DATASET_NAME = "data"

_INTERVAL_PARAM = {"select": {"type": "interval", "encodings": ["x", "y"]}, "bind": "scales"}


class ChartType(Enum):
    AREA = ("area", "area_chart")
    VERTICAL_BAR = ("bar", "bar_chart", "vertical")
    HORIZONTAL_BAR = ("bar", "bar_chart", "horizontal")
    LINE = ("line", "line_chart")
    SCATTER = ("circle", "scatter_chart")

    @property
    def mark(self) -> str:
        return self.value[0]


def check_stack(stack: Any) -> None:
    if stack not in (None, True, False, "normalize", "center", "layered") or (
        isinstance(stack, int) and not isinstance(stack, bool)
    ):
        raise StreamlitValueError("stack", "True, False, 'normalize', 'center', 'layered', None")


@dataclass
class Prepared:
    """The chart's data after Streamlit's preparation, and the columns each channel uses."""

    frame: Frame
    x: str | None
    y: str | None
    y_list: list[str]
    color: str | None
    size: str | None
    sort: str | None
    aliases: dict[str, str]  # alias -> the user's column name


def column_not_found(frame: Frame, name: Any) -> StreamlitAPIException:
    available = ", ".join(str(label) for label in frame.labels)
    return StreamlitAPIException(f'Data does not have a column named `"{name}"`. Available columns are `{available}`')


# ----- the user's arguments --------------------------------------------------------------


def parse_x_column(frame: Frame, x: Any) -> Any:
    if x is None:
        return None
    if isinstance(x, str):
        if not frame.has(x):
            raise column_not_found(frame, x)
        return x
    raise StreamlitInvalidParameterTypeError(
        "x", "str, None", f"{type(x).__name__}. Pass a column name or None to use the dataframe's index"
    )


def parse_y_columns(frame: Frame, y: Any, x_column: Any) -> list[Any]:
    if y is None:
        y_list = list(frame.labels)
    elif isinstance(y, str):
        y_list = [y]
    else:
        y_list = [str(name) for name in frames.to_list(y)]
    for name in y_list:
        if not frame.has(name):
            raise column_not_found(frame, name)
    # The x column is dropped from the y columns unless the user asked for it ("in" on a
    # string is Streamlit's substring test).
    if x_column in y_list and (not y or x_column not in y):
        y_list.remove(x_column)
    return y_list


def parse_generic_column(frame: Frame, column_or_value: Any) -> tuple[Any, Any]:
    if isinstance(column_or_value, str) and frame.has(column_or_value):
        return column_or_value, None
    return None, column_or_value


def parse_sort_column(frame: Frame, sort: Any) -> str | None:
    if sort is True or sort is False:
        return None
    column = str(sort).removeprefix("-")
    if not frame.has(column):
        raise column_not_found(frame, column)
    return column


# ----- preparing the data ----------------------------------------------------------------


def _reset_index(frame: Frame, x_column: Any, y_list: list[Any]) -> tuple[Frame, Any]:
    """Pull the index into the first column when it is the x axis."""
    if x_column is not None or not y_list:
        return frame, x_column
    index = frame.index
    name = INDEX_COLUMN if index.name is None else str(index.name)
    columns = [index.renamed(name), *frame.columns]
    return Frame(columns, frames.Column(None, list(range(len(frame))), frames.INT)), name


def _select(frame: Frame, *labels: Any) -> Frame:
    kept: list[Column] = []
    for label in labels:
        if label is None or any(frames._same_label(column.name, label) for column in kept):
            continue
        kept.append(frame.column(label))
    return Frame(kept, frame.index, frame.range_index)


def _convert_color_column(frame: Frame, color_column: Any) -> None:
    """Colour tuples in a colour column become CSS strings Vega understands."""
    if color_column is None or not len(frame):
        return
    column = frame.column(color_column)
    first = column.values[0]
    if is_hex_color_like(first) or not is_color_tuple_like(first):
        return
    position = frame.columns.index(column)
    frame.columns[position] = Column(column.name, [to_css_color(value) for value in column.values], frames.STR)


def _needs_alias(name: str) -> bool:
    return any(character in name for character in _FIELD_SPECIAL_CHARACTERS)


def _string_names(frame: Frame) -> tuple[dict[str, str], dict[str, list[str]], dict[str, str]]:
    """Columns renamed to strings; names Vega-Lite would read as paths get an alias."""
    names = [str(column.name) for column in frame.columns]
    reserved = {name for name in names if not _needs_alias(name)}
    aliases: dict[str, str] = {}
    first_alias: dict[str, str] = {}
    queues: dict[str, list[str]] = {}
    for position, (column, name) in enumerate(zip(frame.columns, names, strict=True)):
        final = name
        if _needs_alias(name):
            final, counter = f"{_ALIAS_PREFIX}{position}", 0
            while final in reserved or final in aliases:
                counter += 1
                final = f"{_ALIAS_PREFIX}{position}-{counter}"
            aliases[final] = name
            first_alias.setdefault(name, final)
            queues.setdefault(name, []).append(final)
        frame.columns[position] = column.renamed(final)
    return first_alias, queues, aliases


def _common_dtype(columns: list[Column]) -> str:
    dtypes = {column.dtype for column in columns}
    if len(dtypes) == 1:
        dtype = dtypes.pop()
        same_categories = all(column.categories == columns[0].categories for column in columns)
        return dtype if dtype != frames.CATEGORY or same_categories else frames.OBJECT
    if dtypes <= {frames.INT, frames.FLOAT}:
        return frames.FLOAT
    return frames.OBJECT


def _melted_values(columns: list[Column]) -> Column:
    dtype = _common_dtype(columns)
    values = [value for column in columns for value in column.values]
    if dtype == frames.FLOAT:
        values = [None if value is None else float(value) for value in values]
    melted = Column(MELTED_Y_COLUMN, values, dtype, columns[0].ordered, columns[0].categories)
    if dtype == frames.OBJECT:
        inferred = melted.inferred()
        if "mixed" in inferred and len({repr(value) for value in values}) > _MIXED_TYPE_LIMIT:
            raise StreamlitAPIException(
                "The columns used for rendering the chart contain too many values with "
                "mixed types. Please select the columns manually via the y parameter."
            )
        melted = arrow_compatible(melted)
    return melted


def arrow_compatible(column: Column) -> Column:
    """Streamlit turns object columns Arrow cannot type (ints mixed with text, ...) into text."""
    if column.dtype != frames.OBJECT:
        return column
    inferred = column.inferred()
    present = [value for value in column.values if value is not None]
    stringify = inferred in ("mixed-integer", "complex") or (
        inferred == "mixed" and (not isinstance(present[0], list | tuple) or isinstance(present[0], dict))
    )
    if not stringify:
        return column
    return Column(column.name, [None if value is None else str(value) for value in column.values], frames.STR)


def _melt(frame: Frame, keep: list[str], melt: list[str]) -> Frame:
    """pandas' ``melt``: one row per (row, melted column); a kept column is not melted too."""
    melt = [name for name in melt if name not in keep]
    height = len(frame)
    repeated = [frame.column(name) for name in keep]
    columns = [Column(column.name, column.values * len(melt), column.dtype) for column in repeated]
    columns.append(Column(MELTED_COLOR_COLUMN, [name for name in melt for _ in range(height)], frames.STR))
    columns.append(_melted_values([frame.column(name) for name in melt]))
    return Frame(columns, frames.Column(None, list(range(height * len(melt))), frames.INT))


def prepare(
    frame: Frame,
    x_column: Any,
    y_list: list[Any],
    color_column: Any,
    size_column: Any,
    sort_column: Any,
) -> Prepared:
    """Streamlit's ``_prep_data``: index as x, unused columns dropped, names as strings, melt."""
    frame, x_column = _reset_index(frame, x_column, y_list)
    frame = _select(frame, x_column, color_column, size_column, sort_column, *y_list)
    _convert_color_column(frame, color_column)
    first_alias, queues, aliases = _string_names(frame)

    def remap(name: Any) -> str | None:
        return None if name is None else first_alias.get(str(name), str(name))

    def remap_y(name: Any) -> str:
        queue = queues.get(str(name))
        return queue.pop(0) if queue else first_alias.get(str(name), str(name))

    x, color, size, sort = remap(x_column), remap(color_column), remap(size_column), remap(sort_column)
    ys = [remap_y(name) for name in y_list]
    y: str | None = ys[0] if len(ys) == 1 else None
    if len(ys) > 1 and x is not None:
        keep = [x] + [name for name in (size, sort) if name and name != x]
        frame = _melt(frame, list(dict.fromkeys(keep)), ys)
        y, color = MELTED_Y_COLUMN, MELTED_COLOR_COLUMN
        if aliases:
            melted = frame.column(MELTED_COLOR_COLUMN)
            melted.values = [aliases.get(value, value) for value in melted.values]
            ys = [aliases.get(name, name) for name in ys]
    return Prepared(frame, x, y, ys, color, size, sort, aliases)


# ----- Vega-Lite types -------------------------------------------------------------------

_QUANTITATIVE = {"floating", "mixed-integer-float", "integer", "mixed-integer", "complex"}
_NOMINAL = {"string", "bytes", "categorical", "boolean", "mixed", "unicode"}
_TEMPORAL = {"datetime", "datetime64", "timedelta", "timedelta64", "date", "time", "period"}


def vegalite_type(column: Column, *, skipna: bool = True) -> str:
    """Streamlit's ``_infer_vegalite_type`` (skipna) or Altair's inference (no skipna)."""
    inferred = column.inferred(skipna=skipna)
    if inferred in _QUANTITATIVE:
        return "quantitative"
    if inferred == "categorical" and column.ordered:
        return "ordinal"
    if inferred in _NOMINAL:
        return "nominal"
    if inferred in _TEMPORAL:
        return "temporal"
    return "nominal"


def _shorthand_field(frame: Frame, name: str) -> dict[str, Any]:
    """``alt.Tooltip(name)``/``alt.Size(name)``: Altair types a bare field from the data."""
    column = frame.column(name)
    kind = vegalite_type(column, skipna=False)
    if kind == "ordinal" and column.categories:
        return {"field": name, "sort": list(column.categories), "type": kind}
    return {"field": name, "type": kind}


def _is_date_column(frame: Frame, name: str | None) -> bool:
    if name is None or not len(frame):
        return False
    import datetime

    return isinstance(frame.column(name).values[0], datetime.date)


def _axis(frame: Frame, name: str | None, *, grid: bool) -> dict[str, Any]:
    if name is not None and frame.column(name).dtype == frames.INT:
        return {"tickMinStep": 1, "grid": grid}
    return {"grid": grid}


# ----- encodings -------------------------------------------------------------------------


def _x_type(frame: Frame, chart: ChartType, name: str | None) -> str:
    if name is None:
        return "quantitative"
    if chart is ChartType.VERTICAL_BAR and not _is_date_column(frame, name):
        return "ordinal"
    return vegalite_type(frame.column(name))


def _y_type(frame: Frame, chart: ChartType, name: str | None) -> str:
    if chart is ChartType.HORIZONTAL_BAR and not _is_date_column(frame, name):
        return "ordinal"
    return vegalite_type(frame.column(name)) if name else "quantitative"


def _title(name: str | None, generated: str, from_user: Any, label: Any, aliases: dict[str, str]) -> Any:
    """The user's label; else the column's name, only when the user named the column."""
    if label is not None:
        return label
    if name is None or name == generated or from_user is None:
        return ""
    return aliases.get(name, name)


def _x_encoding(prepared: Prepared, chart: ChartType, name: str | None, from_user: Any, label: Any) -> dict[str, Any]:
    frame = prepared.frame
    return {
        "field": NON_EXISTENT_COLUMN if name is None else name,
        "title": _title(name, INDEX_COLUMN, from_user, label, prepared.aliases),
        "type": _x_type(frame, chart, name),
        "scale": {},
        "axis": _axis(frame, name, grid=chart is ChartType.HORIZONTAL_BAR),
    }


def _y_encoding(prepared: Prepared, chart: ChartType, name: str | None, from_user: Any, label: Any) -> dict[str, Any]:
    frame = prepared.frame
    return {
        "field": NON_EXISTENT_COLUMN if name is None else name,
        "title": _title(name, MELTED_Y_COLUMN, from_user, label, prepared.aliases),
        "type": _y_type(frame, chart, name),
        "scale": {},
        "axis": _axis(frame, name, grid=chart is not ChartType.HORIZONTAL_BAR),
    }


def _sort_field(sort: Any, aliases: dict[str, str]) -> Any:
    if sort is False:
        return None
    order = "descending" if sort.startswith("-") else "ascending"
    name = sort.removeprefix("-")
    name = next((alias for alias, original in aliases.items() if original == name), name)
    return {"field": name, "order": order}


def axis_encodings(
    prepared: Prepared, chart: ChartType, x: Any, y: Any, x_label: Any, y_label: Any, stack: Any, sort: Any
) -> tuple[dict[str, Any], dict[str, Any]]:
    if chart is ChartType.HORIZONTAL_BAR:
        x_encoding = _x_encoding(prepared, chart, prepared.y, y, y_label)
        y_encoding = _y_encoding(prepared, chart, prepared.x, x, x_label)
        stacked, sorted_ = x_encoding, y_encoding
    else:
        x_encoding = _x_encoding(prepared, chart, prepared.x, x, x_label)
        y_encoding = _y_encoding(prepared, chart, prepared.y, y, y_label)
        stacked, sorted_ = y_encoding, x_encoding
    if stack is not None:
        stacked["stack"] = False if stack == "layered" else stack
    if chart in (ChartType.VERTICAL_BAR, ChartType.HORIZONTAL_BAR) and sort is not True:
        sorted_["sort"] = _sort_field(sort, prepared.aliases)
    return x_encoding, y_encoding


def _color_mismatch(colors: Any, y_list: list[str]) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"The list of colors `{colors}` must have the same length as the list of columns to be colored `{y_list}`."
    )


_INVALID_COLOR = """
This does not look like a valid color argument: `{}`.

The color argument can be:

* A hex string like "#ffaa00" or "#ffaa0088".
* An RGB or RGBA tuple with the red, green, blue, and alpha
  components specified as ints from 0 to 255 or floats from 0.0 to
  1.0.
* The name of a column.
* Or a list of colors, matching the number of y columns to draw.
            """


def _color_from_value(prepared: Prepared, value: Any, color_from_user: Any) -> dict[str, Any]:
    y_list = prepared.y_list
    single = is_color_like(value) or (isinstance(value, str) and is_builtin_color_name(value))
    if single:
        if len(y_list) != 1:
            raise _color_mismatch([value] if value else [], y_list)
        return {"value": value if isinstance(value, str) and is_builtin_color_name(value) else to_css_color(value)}
    if isinstance(value, list | tuple):
        if len(value) != len(y_list):
            raise _color_mismatch(value, y_list)
        resolved = [color if is_builtin_color_name(color) else to_css_color(color) for color in value]
        if len(value) == 1:
            return {"value": resolved[0]}
        encoding: dict[str, Any] = {} if prepared.color is None else {"field": prepared.color}
        encoding.update(
            {"legend": dict(_COLOR_LEGEND), "scale": {"domain": list(y_list), "range": resolved}, "title": " "}
        )
        encoding["type"] = "nominal"
        return encoding
    raise StreamlitAPIException(_INVALID_COLOR.format(color_from_user))


def _unique(values: list[Any]) -> list[Any]:
    seen: dict[str, Any] = {}
    for value in values:
        seen.setdefault(repr(value), value)
    return list(seen.values())


def color_encoding(prepared: Prepared, value: Any, color_from_user: Any) -> dict[str, Any] | None:
    if value not in (None, [], ()):
        return _color_from_value(prepared, value, color_from_user)
    name = prepared.color
    if name is None:
        return None
    frame = prepared.frame
    melted = name == MELTED_COLOR_COLUMN
    column = frame.column(name)
    encoding: dict[str, Any] = {
        "field": name,
        "legend": dict(_COLOR_LEGEND),
        "type": "nominal" if melted else vegalite_type(column),
    }
    if melted:
        encoding["title"] = " "
        return encoding
    if name in prepared.aliases:
        encoding["title"] = prepared.aliases[name]
    if column.values and is_color_like(column.values[0]):
        encoding["scale"] = {"range": [to_css_color(color) for color in _unique(column.values)]}
        encoding["legend"] = None
    return encoding


def size_encoding(prepared: Prepared, chart: ChartType, value: Any) -> dict[str, Any] | None:
    if chart is not ChartType.SCATTER:
        return None
    name = prepared.size
    if name is not None:
        encoding = _shorthand_field(prepared.frame, name)
        encoding.update({"legend": dict(_SIZE_LEGEND), "title": prepared.aliases.get(name, name)})
        return encoding
    if (isinstance(value, int | float) and not isinstance(value, bool)) or value is None:
        return {"value": 100 if value is None else value}
    raise StreamlitValueError("size", "a column name, a number", detail=f"Got {value!r}.")


def _tooltip(prepared: Prepared, name: str, title: str | None) -> dict[str, Any]:
    encoding = _shorthand_field(prepared.frame, name)
    encoding.pop("sort", None)  # a tooltip takes no sort: Altair drops an ordinal's order
    if title is not None:
        encoding["title"] = title
    return encoding


def tooltip_encoding(prepared: Prepared, color: dict[str, Any] | None) -> list[dict[str, Any]]:
    aliases, x, y = prepared.aliases, prepared.x, prepared.y
    assert x is not None and y is not None
    tooltips = [_tooltip(prepared, x, "index" if x == INDEX_COLUMN else aliases.get(x))]
    if y == MELTED_Y_COLUMN:
        tooltips.append({"field": y, "title": "value", "type": "quantitative"})
    else:
        tooltips.append(_tooltip(prepared, y, aliases.get(y)))
    if prepared.color:
        if prepared.color == MELTED_COLOR_COLUMN:
            tooltips.append({"field": prepared.color, "title": "color", "type": "nominal"})
        else:
            tooltips.append(_tooltip(prepared, prepared.color, aliases.get(prepared.color)))
    if prepared.size:
        tooltips.append(_tooltip(prepared, prepared.size, aliases.get(prepared.size)))
    return tooltips


def _offsets(chart: ChartType, color_column: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
    field = {} if color_column is None else {"field": color_column}
    if chart is ChartType.VERTICAL_BAR:
        return dict(field), {}
    if chart is ChartType.HORIZONTAL_BAR:
        return {}, dict(field)
    return {}, {}


# ----- the chart -------------------------------------------------------------------------


@dataclass
class ChartArgs:
    x: Any = None
    y: Any = None
    x_label: Any = None
    y_label: Any = None
    color: Any = None
    size: Any = None
    width: Any = None
    height: Any = None
    stack: Any = None
    sort: Any = True


def _encodings(
    prepared: Prepared, chart: ChartType, args: ChartArgs, color_value: Any, size_value: Any
) -> dict[str, Any]:
    x, y = axis_encodings(prepared, chart, args.x, args.y, args.x_label, args.y_label, args.stack, args.sort)
    encoding: dict[str, Any] = {"x": x, "y": y}
    if args.stack is False and prepared.color is not None:
        encoding["xOffset"], encoding["yOffset"] = _offsets(chart, prepared.color)
    if prepared.color and (chart is ChartType.AREA or args.stack == "layered"):
        encoding["opacity"] = {"value": 0.7}
    color = color_encoding(prepared, color_value, args.color)
    if color is not None:
        encoding["color"] = color
    size = size_encoding(prepared, chart, size_value)
    if size is not None:
        encoding["size"] = size
    if prepared.x is not None and prepared.y is not None:
        encoding["tooltip"] = tooltip_encoding(prepared, color)
    return encoding


def _line_layers(encoding: dict[str, Any], x_field: str, points: int, size: tuple[int, int]) -> dict[str, Any]:
    """Streamlit's line chart: the line, invisible points for hover, and the hovered point."""
    hover = "mousemove{16}" if points > _LARGE_DATASET_POINTS else "mousemove"
    return {
        "layer": [
            {"mark": {"type": "line"}, "encoding": encoding, "name": "view_1"},
            {"mark": {"type": "point", "opacity": 0}, "encoding": encoding, "name": "view_2"},
            {
                "mark": {"type": "point", "filled": True, "size": 65},
                "encoding": encoding,
                "transform": [{"filter": {"param": "param_1", "empty": False}}],
            },
        ],
        "config": {"legend": {"symbolType": "stroke"}},
        "data": {"name": DATASET_NAME},
        "height": size[1],
        "params": [
            {
                "name": "param_1",
                "select": {"type": "point", "clear": "mouseleave", "fields": [x_field], "nearest": True, "on": hover},
                "views": ["view_2"],
            },
            {"name": "param_2", **_INTERVAL_PARAM, "views": ["view_1"]},
        ],
        "width": size[0],
        "$schema": SCHEMA,
    }


def chart_spec(chart: ChartType, data: Any, args: ChartArgs) -> tuple[dict[str, Any], Frame]:
    """The chart's Vega-Lite spec (its data named ``DATASET_NAME``) and that data."""
    frame = frames.to_frame(data)
    x_column = parse_x_column(frame, args.x)
    y_list = parse_y_columns(frame, args.y, x_column)
    color_column, color_value = parse_generic_column(frame, args.color)
    size_column, size_value = parse_generic_column(frame, args.size)
    sort_column = parse_sort_column(frame, args.sort)
    prepared = prepare(frame, x_column, y_list, color_column, size_column, sort_column)
    encoding = _encodings(prepared, chart, args, color_value, size_value)
    size = (
        args.width if isinstance(args.width, int) and not isinstance(args.width, bool) else 0,
        args.height if isinstance(args.height, int) and not isinstance(args.height, bool) else 0,
    )
    if chart is ChartType.LINE and prepared.x is not None:
        return _line_layers(encoding, prepared.x, len(prepared.frame), size), prepared.frame
    spec = {
        "data": {"name": DATASET_NAME},
        "mark": {"type": chart.mark},
        "encoding": encoding,
        "height": size[1],
        "params": [{"name": "param_1", **_INTERVAL_PARAM}],
        "width": size[0],
        "$schema": SCHEMA,
    }
    return spec, prepared.frame
