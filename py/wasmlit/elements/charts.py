"""The chart commands, as thin methods: their code is imported on first use, so apps without
charts do not pay for it at start-up (the memory snapshot holds only what is imported).

Vega-Lite charts (``st.line_chart``, ``area_chart``, ``bar_chart``, ``scatter_chart``,
``vega_lite_chart``, ``altair_chart``) are in ``vega_charts.py`` and ``builtin_charts.py``;
``st.pyplot``, ``st.plotly_chart``, ``st.map`` and ``st.graphviz_chart`` in
``other_charts.py``.
"""

from __future__ import annotations

import os
from typing import Any

from wasmlit.elements.host import ElementHost

# Matplotlib draws with Agg, as under Streamlit: no window, no browser canvas backend (the
# script runs in a Web Worker). Set before any script imports matplotlib; a script or the
# environment may still choose another backend.
os.environ.setdefault("MPLBACKEND", "Agg")


class ChartsMixin(ElementHost):
    def line_chart(
        self,
        data: Any = None,
        *,
        x: Any = None,
        y: Any = None,
        x_label: Any = None,
        y_label: Any = None,
        color: Any = None,
        width: Any = "stretch",
        height: Any = "content",
        use_container_width: bool | None = None,
        alt: Any = None,
    ) -> Any:
        """A line chart of the data's columns (or ``y``) against its index (or ``x``)."""
        from wasmlit.elements import builtin_charts as builtin
        from wasmlit.elements.vega_charts import show_builtin_chart

        args = builtin.ChartArgs(x, y, x_label, y_label, color, None, width, height)
        return show_builtin_chart(
            self, builtin.ChartType.LINE, data, args, use_container_width=use_container_width, alt=alt
        )

    def area_chart(
        self,
        data: Any = None,
        *,
        x: Any = None,
        y: Any = None,
        x_label: Any = None,
        y_label: Any = None,
        color: Any = None,
        stack: Any = None,
        width: Any = "stretch",
        height: Any = "content",
        use_container_width: bool | None = None,
        alt: Any = None,
    ) -> Any:
        """An area chart; ``stack`` stacks, normalises, centres or layers the areas."""
        from wasmlit.elements import builtin_charts as builtin
        from wasmlit.elements.vega_charts import show_builtin_chart

        builtin.check_stack(stack)
        # Streamlit draws unstacked areas as layered ones (Vega-Lite 5.14 changed the default).
        if stack is None or stack is False:
            stack = "layered"
        args = builtin.ChartArgs(x, y, x_label, y_label, color, None, width, height, stack)
        return show_builtin_chart(
            self, builtin.ChartType.AREA, data, args, use_container_width=use_container_width, alt=alt
        )

    def bar_chart(
        self,
        data: Any = None,
        *,
        x: Any = None,
        y: Any = None,
        x_label: Any = None,
        y_label: Any = None,
        color: Any = None,
        horizontal: bool = False,
        sort: Any = True,
        stack: Any = None,
        width: Any = "stretch",
        height: Any = "content",
        use_container_width: bool | None = None,
        alt: Any = None,
    ) -> Any:
        """A bar chart: vertical or ``horizontal``; stacked, grouped or layered; sorted."""
        from wasmlit.elements import builtin_charts as builtin
        from wasmlit.elements.vega_charts import show_builtin_chart

        builtin.check_stack(stack)
        chart = builtin.ChartType.HORIZONTAL_BAR if horizontal else builtin.ChartType.VERTICAL_BAR
        args = builtin.ChartArgs(x, y, x_label, y_label, color, None, width, height, stack, sort)
        return show_builtin_chart(self, chart, data, args, use_container_width=use_container_width, alt=alt)

    def scatter_chart(
        self,
        data: Any = None,
        *,
        x: Any = None,
        y: Any = None,
        x_label: Any = None,
        y_label: Any = None,
        color: Any = None,
        size: Any = None,
        width: Any = "stretch",
        height: Any = "content",
        use_container_width: bool | None = None,
        alt: Any = None,
    ) -> Any:
        """A scatter chart; ``size`` and ``color`` are columns or constants."""
        from wasmlit.elements import builtin_charts as builtin
        from wasmlit.elements.vega_charts import show_builtin_chart

        args = builtin.ChartArgs(x, y, x_label, y_label, color, size, width, height)
        return show_builtin_chart(
            self, builtin.ChartType.SCATTER, data, args, use_container_width=use_container_width, alt=alt
        )

    def vega_lite_chart(
        self,
        data: Any = None,
        spec: Any = None,
        *,
        width: Any = None,
        height: Any = "content",
        use_container_width: bool | None = None,
        theme: Any = "streamlit",
        key: Any = None,
        on_select: Any = "ignore",
        selection_mode: Any = None,
        alt: Any = None,
    ) -> Any:
        """A Vega-Lite chart from a spec dict, with ``data`` as its unnamed data."""
        from wasmlit.elements.vega_charts import show_vega_lite_chart

        return show_vega_lite_chart(
            self,
            data,
            spec,
            width=width,
            height=height,
            use_container_width=use_container_width,
            theme=theme,
            key=key,
            on_select=on_select,
            selection_mode=selection_mode,
            alt=alt,
        )

    def altair_chart(
        self,
        altair_chart: Any,
        *,
        width: Any = None,
        height: Any = "content",
        use_container_width: bool | None = None,
        theme: Any = "streamlit",
        key: Any = None,
        on_select: Any = "ignore",
        selection_mode: Any = None,
        alt: Any = None,
    ) -> Any:
        """An Altair chart: its ``to_dict()``, with its DataFrames as named datasets."""
        from wasmlit.elements.vega_charts import altair_spec, show_vega_lite_chart

        return show_vega_lite_chart(
            self,
            None,
            altair_spec(altair_chart),
            width=width,
            height=height,
            use_container_width=use_container_width,
            theme=theme,
            key=key,
            on_select=on_select,
            selection_mode=selection_mode,
            alt=alt,
        )

    def pyplot(
        self,
        fig: Any = None,
        clear_figure: bool = False,
        *,
        width: Any = "stretch",
        use_container_width: bool | None = None,
        alt: Any = None,
        **kwargs: Any,
    ) -> ElementHost:
        """A Matplotlib figure, drawn to PNG by Matplotlib and shown as an image."""
        from wasmlit.elements.other_charts import show_pyplot

        return show_pyplot(self, fig, clear_figure, width, use_container_width, alt, kwargs)

    def graphviz_chart(
        self,
        figure_or_dot: Any,
        use_container_width: bool | None = None,
        *,
        width: Any = "content",
        height: Any = "content",
        alt: Any = None,
    ) -> ElementHost:
        """A graph from DOT source or a ``graphviz`` object, laid out by Graphviz in the page."""
        from wasmlit.elements.other_charts import show_graphviz_chart

        return show_graphviz_chart(self, figure_or_dot, use_container_width, width, height, alt)

    def plotly_chart(
        self,
        figure_or_data: Any,
        use_container_width: bool | None = None,
        *,
        width: Any = "stretch",
        height: Any = "content",
        theme: Any = "streamlit",
        key: Any = None,
        on_select: Any = "ignore",
        selection_mode: Any = ("points", "box", "lasso"),
        config: Any = None,
        alt: Any = None,
    ) -> ElementHost:
        """A Plotly figure, drawn by plotly.js in the page."""
        from wasmlit.elements.other_charts import show_plotly_chart

        return show_plotly_chart(
            self, figure_or_data, use_container_width, width, height, theme, key, on_select, config, alt
        )

    def map(
        self,
        data: Any = None,
        *,
        latitude: Any = None,
        longitude: Any = None,
        color: Any = None,
        size: Any = None,
        zoom: Any = None,
        width: Any = "stretch",
        height: Any = 500,
        use_container_width: bool | None = None,
        alt: Any = None,
    ) -> ElementHost:
        """Points from latitude and longitude columns on a map (the tiles come from the network)."""
        from wasmlit.elements.other_charts import show_map

        return show_map(self, data, latitude, longitude, color, size, zoom, width, height, use_container_width, alt)
