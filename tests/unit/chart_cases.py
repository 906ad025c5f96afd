"""Chart scripts run twice: by real Streamlit 1.67 (``tests/unit/chart_oracle.py`` records
its specs and data in ``tests/unit/data/chart_oracle.json``) and by wasmlit
(``tests/unit/test_chart_specs.py`` compares). Each script draws exactly one chart.

Plain Python data, numpy arrays and pandas DataFrames, for every chart command and the
main parameter combinations. No import of wasmlit or streamlit here: the oracle runs this
module with real Streamlit.
"""

from __future__ import annotations

PRELUDE = """\
import datetime
import streamlit as st
import numpy as np
import pandas as pd
import altair as alt
import pyarrow as pa
df = pd.DataFrame({"a": [1, 2, 3, 4], "b": [4.0, 5.5, 6.0, 2.5], "c": ["x", "y", "x", "z"], "d": [10, 30, 20, 40]})
nums = pd.DataFrame({"a": [1, 2, 3], "b": [3.5, 1.0, 2.0], "c": [7, 8, 9]})
days = pd.DataFrame({"when": pd.to_datetime(["2024-01-01", "2024-01-02", "2024-01-03"]), "v": [3, 1, 2]})
dates = {"when": [datetime.date(2024, 1, 1), datetime.date(2024, 1, 2)], "v": [1, 2]}
"""

# The same plain data, for running the plain cases where pandas and numpy cannot be imported.
PLAIN_PRELUDE = """\
import datetime
import streamlit as st
dates = {"when": [datetime.date(2024, 1, 1), datetime.date(2024, 1, 2)], "v": [1, 2]}
"""

CASES: dict[str, str] = {
    # --- st.line_chart -------------------------------------------------------------
    "line_df": "st.line_chart(nums)",
    "line_df_mixed_types": "st.line_chart(df)",
    "line_x_y": 'st.line_chart(df, x="a", y="b")',
    "line_x_ys": 'st.line_chart(df, x="a", y=["b", "d"])',
    "line_x_ys_colors": 'st.line_chart(df, x="a", y=["b", "d"], color=["#ff0000", "#0000ff"])',
    "line_color_column": 'st.line_chart(df, x="a", y="b", color="c")',
    "line_y_only": 'st.line_chart(df, y="b", color="#ffaa00")',
    "line_y_tuple_color": 'st.line_chart(df, y="b", color=(255, 0, 0))',
    "line_builtin_color": 'st.line_chart(df, y="b", color="red")',
    "line_labels": 'st.line_chart(nums, x_label="X axis", y_label="Y axis")',
    "line_size": "st.line_chart(nums, width=400, height=300)",
    "line_content_width": 'st.line_chart(nums, width="content")',
    "line_no_container_width": "st.line_chart(nums, use_container_width=False)",
    "line_datetime_x": 'st.line_chart(days, x="when", y="v")',
    "line_named_index": 'st.line_chart(nums.set_index("a"))',
    "line_dotted_names": 'st.line_chart(pd.DataFrame({"x.1": [1, 2], "y[0]": [3, 4]}), x="x.1", y="y[0]")',
    "line_int_column_names": "st.line_chart(pd.DataFrame([[1, 2], [3, 4]]))",
    "line_list": "st.line_chart([1, 5, 2, 6])",
    "line_list_of_floats_and_none": "st.line_chart([1.5, None, 2.0])",
    "line_dict_of_lists": 'st.line_chart({"a": [1, 2, 3], "b": [2.5, 1.5, 3.0]})',
    "line_list_of_dicts": 'st.line_chart([{"x": 1, "y": 2}, {"x": 2, "y": 4}], x="x", y="y")',
    "line_rows": "st.line_chart([[1, 2, 3], [4, 5, 6]])",
    "line_numpy_1d": "st.line_chart(np.array([3, 1, 2]))",
    "line_numpy_2d": "st.line_chart(np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 1.0]]))",
    "line_series": 'st.line_chart(pd.Series([1, 3, 2], name="s"))',
    "line_empty": "st.line_chart(None)",
    "line_empty_frame": "st.line_chart(pd.DataFrame())",
    "line_large": 'st.line_chart(pd.DataFrame({"v": list(range(1200))}))',
    "line_plain_dates": 'st.line_chart(dates, x="when", y="v")',
    "line_bool_color": 'st.line_chart({"x": [1, 2, 3], "y": [1, 2, 3], "k": [True, False, True]}, x="x", y="y", color="k")',
    "line_hex_color_column": 'st.line_chart({"x": [1, 2], "y": [1, 2], "k": ["#ff0000", "#00ff00"]}, x="x", y="y", color="k")',
    "line_numeric_color": 'st.line_chart(df, x="a", y="b", color="d")',
    "line_pyarrow": 'st.line_chart(pa.table({"x": [1, 2, 3], "y": [2.0, None, 1.0]}), x="x", y="y")',
    "line_tz_datetime": 'st.line_chart(pd.DataFrame({"t": pd.date_range("2024-01-01", periods=3, tz="Europe/Paris"), "v": [1, 2, 3]}), x="t", y="v")',
    "line_numpy_datetimes": 'st.line_chart({"t": np.array(["2024-01-01", "2024-01-02"], dtype="datetime64[ns]"), "v": [1, 2]}, x="t", y="v")',
    # --- st.area_chart -------------------------------------------------------------
    "area_df": "st.area_chart(nums)",
    "area_stack_true": "st.area_chart(nums, stack=True)",
    "area_stack_false": "st.area_chart(nums, stack=False)",
    "area_stack_normalize": 'st.area_chart(nums, stack="normalize")',
    "area_stack_center": 'st.area_chart(nums, stack="center")',
    "area_stack_layered": 'st.area_chart(nums, stack="layered")',
    "area_x_y_color": 'st.area_chart(df, x="a", y="b", color="c")',
    "area_plain": 'st.area_chart({"a": [1, 2, 3], "b": [3, 2, 1]}, x_label="t")',
    # --- st.bar_chart --------------------------------------------------------------
    "bar_df": "st.bar_chart(nums)",
    "bar_x_y": 'st.bar_chart(df, x="c", y="a")',
    "bar_horizontal": 'st.bar_chart(df, x="c", y="a", horizontal=True)',
    "bar_horizontal_wide": "st.bar_chart(nums, horizontal=True)",
    "bar_sort_false": 'st.bar_chart(df, x="c", y="a", sort=False)',
    "bar_sort_column": 'st.bar_chart(df, x="c", y="a", sort="d")',
    "bar_sort_descending": 'st.bar_chart(df, x="c", y="a", sort="-b")',
    "bar_horizontal_sort": 'st.bar_chart(df, x="c", y="a", horizontal=True, sort="-a")',
    "bar_stack_false": "st.bar_chart(nums, stack=False)",
    "bar_stack_false_horizontal": "st.bar_chart(nums, stack=False, horizontal=True)",
    "bar_stack_layered": 'st.bar_chart(nums, stack="layered")',
    "bar_stack_normalize": 'st.bar_chart(nums, stack="normalize")',
    "bar_color_column": 'st.bar_chart(df, x="a", y="b", color="c")',
    "bar_dates": 'st.bar_chart(days, x="when", y="v")',
    "bar_plain_dates": 'st.bar_chart(dates, x="when", y="v")',
    "bar_plain": 'st.bar_chart({"fruit": ["apple", "pear"], "n": [3, 5]}, x="fruit", y="n", color="#00aa00")',
    "bar_labels_size": 'st.bar_chart(nums, x_label="x", y_label="y", width=300, height=200)',
    "bar_list_colors": 'st.bar_chart(nums, y=["a", "c"], color=["red", (0, 0, 255)])',
    "bar_ordered_category": 'st.bar_chart(pd.DataFrame({"size": pd.Categorical(["S", "L", "M"], categories=["S", "M", "L"], ordered=True), "n": [1, 3, 2]}), x="size", y="n", horizontal=True)',
    # --- st.scatter_chart ----------------------------------------------------------
    "scatter_df": "st.scatter_chart(nums)",
    "scatter_x_y": 'st.scatter_chart(df, x="a", y="b")',
    "scatter_size_color_columns": 'st.scatter_chart(df, x="a", y="b", size="d", color="c")',
    "scatter_size_value": 'st.scatter_chart(df, x="a", y="b", size=50)',
    "scatter_float_size": 'st.scatter_chart(df, x="a", y="b", size=20.5, color=(0.1, 0.2, 0.3, 0.5))',
    "scatter_ys": 'st.scatter_chart(df, x="a", y=["b", "d"], size="d")',
    "scatter_plain": 'st.scatter_chart([{"h": 1.5, "w": 60, "g": "m"}, {"h": 1.7, "w": 72, "g": "f"}], x="h", y="w", color="g")',
    "scatter_numpy": 'st.scatter_chart(np.array([[1, 2], [2, 4], [3, 5]]), x="0", y="1")',
    "scatter_ordered_size": 'st.scatter_chart(pd.DataFrame({"x": [1, 2], "y": [3, 4], "s": pd.Categorical(["lo", "hi"], categories=["lo", "hi"], ordered=True)}), x="x", y="y", size="s")',
    "scatter_missing_size": 'st.scatter_chart({"x": [1, 2, 3], "y": [3, 4, 5], "s": [1, None, "big"]}, x="x", y="y", size="s")',
    # --- st.vega_lite_chart --------------------------------------------------------
    "vega_df_spec": 'st.vega_lite_chart(df, {"mark": "bar", "encoding": {"x": {"field": "c", "type": "nominal"}, "y": {"field": "a", "type": "quantitative"}}})',
    "vega_inline_values": 'st.vega_lite_chart({"data": {"values": [{"x": 1, "y": 2}, {"x": 2, "y": 1}]}, "mark": "line", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}}})',
    "vega_datasets": 'st.vega_lite_chart({"datasets": {"pts": [{"x": 1}, {"x": 3}]}, "data": {"name": "pts"}, "mark": "tick", "encoding": {"x": {"field": "x", "type": "quantitative"}}})',
    "vega_no_container_width": 'st.vega_lite_chart(nums, {"mark": "point", "encoding": {"x": {"field": "a"}, "y": {"field": "b"}}}, use_container_width=False)',
    "vega_facet": 'st.vega_lite_chart(df, {"mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}, "column": {"field": "c"}}})',
    "vega_vconcat": 'st.vega_lite_chart(nums, {"vconcat": [{"mark": "point", "encoding": {"x": {"field": "a"}}}, {"mark": "bar", "encoding": {"x": {"field": "b"}}}]})',
    "vega_hconcat": 'st.vega_lite_chart(nums, {"hconcat": [{"mark": "point", "encoding": {"x": {"field": "a"}}}, {"mark": "bar", "encoding": {"x": {"field": "b"}}}]})',
    "vega_theme_none": 'st.vega_lite_chart(nums, {"mark": "point", "encoding": {"x": {"field": "a"}}}, theme=None, width=300, height=200)',
    "vega_null_legend_title": 'st.vega_lite_chart(df, {"mark": "point", "encoding": {"x": {"field": "a"}, "color": {"field": "c", "title": None}}})',
    "vega_plain_data": 'st.vega_lite_chart([{"k": "a", "v": 1}, {"k": "b", "v": 3}], {"mark": "arc", "encoding": {"theta": {"field": "v", "type": "quantitative"}, "color": {"field": "k"}}})',
    # --- st.altair_chart -----------------------------------------------------------
    "altair_point": 'st.altair_chart(alt.Chart(df).mark_point().encode(x="a", y="b", color="c"))',
    "altair_layer": 'base = alt.Chart(nums).encode(x="a:Q")\nst.altair_chart(base.mark_line().encode(y="b:Q") + base.mark_point().encode(y="c:Q"))',
    "altair_interactive": 'st.altair_chart(alt.Chart(nums).mark_circle().encode(x="a", y="b").interactive(), use_container_width=False)',
    "altair_selection": 'st.altair_chart(alt.Chart(df).mark_point().encode(x="a", y="b").add_params(alt.selection_point(name="pick")), on_select="rerun", key="sel")',
    "altair_interval": 'brush = alt.selection_interval()\nst.altair_chart(alt.Chart(nums).mark_point().encode(x="a", y="b").add_params(brush), on_select="rerun")',
    "altair_theme_none": 'st.altair_chart(alt.Chart(nums).mark_bar().encode(x="a:O", y="b"), theme=None)',
    "altair_inline_values": 'st.altair_chart(alt.Chart(alt.Data(values=[{"x": 1}, {"x": 2}])).mark_tick().encode(x="x:Q"))',
}

# Cases needing pandas/numpy in the script (the rest run with plain Python data too).
PLAIN_CASES = frozenset(
    name
    for name, script in CASES.items()
    if not any(token in script for token in ("df", "nums", "days", "pd.", "np.", "alt.", "pa."))
)

# st.graphviz_chart, st.plotly_chart and st.map: the oracle records their messages too.
OTHER_PRELUDE = (
    PRELUDE
    + """\
import graphviz
import plotly.graph_objects as go
cities = pd.DataFrame({"lat": [48.85, 51.5, 40.4], "lon": [2.35, -0.12, -3.7], "pop": [2.1, 8.9, 3.3]})
"""
)

OTHER_CASES: dict[str, str] = {
    "graphviz_string": 'st.graphviz_chart("digraph { a -> b }")',
    "graphviz_object": 'g = graphviz.Graph(engine="neato")\ng.edge("x", "y")\nst.graphviz_chart(g, width="stretch", height=300)',
    "plotly_scatter": "st.plotly_chart(go.Figure(go.Scatter(x=[1, 2, 3], y=[3, 1, 2])))",
    "plotly_bar_sized": 'st.plotly_chart(go.Figure(go.Bar(x=["a", "b"], y=[2, 5]), layout={"width": 500, "height": 300}), width="content", height="content", theme=None, config={"displayModeBar": False})',
    "plotly_dict": 'st.plotly_chart({"data": [go.Scatter(y=[1, 4])], "layout": {"title": {"text": "T"}}})',
    "map_frame": "st.map(cities)",
    "map_size_color": 'st.map(cities, size="pop", color="#ff000080", zoom=4)',
    "map_color_column": 'st.map(cities.assign(c=["#f00", "#0f0", "#00f"]), color="c", size=2000, height=300)',
    "map_plain": 'st.map([{"latitude": 10.0, "longitude": 20.0}, {"latitude": 10.5, "longitude": 20.2}])',
    "map_none": "st.map()",
    "map_missing_column": 'st.map({"x": [1]})',
}
