"""st.graphviz_chart, st.plotly_chart and st.map send what Streamlit 1.67 sends (the DOT
source, the figure JSON with Streamlit's template, the deck.gl spec; recorded in
data/chart_oracle.json), and st.pyplot shows Matplotlib's own PNG."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path
from typing import Any

import pytest

from tests.unit.chart_cases import OTHER_CASES, OTHER_PRELUDE
from tests.unit.chart_oracle import ORACLE_FILE
from tests.unit.helpers import app
from wasmlit.testing import AppTest

ORACLE: dict[str, Any] = json.loads(Path(ORACLE_FILE).read_text())
_TYPES = {"graphviz_chart": "graphviz_chart", "plotly_chart": "plotly_chart", "deck_gl_json_chart": "map"}


def _wasmlit_record(script: str) -> dict[str, Any]:
    at = AppTest.from_string(OTHER_PRELUDE + script).run()
    if at.exception:
        return {"exception": at.exception[0].message}
    (element,) = at.main.children.values()
    props = element.props
    record: dict[str, Any] = {"type": element.type, "width": props["width"], "height": props["height"]}
    if element.type == "graphviz_chart":
        record.update(dot=props["dot"], engine=props["engine"])
    elif element.type == "plotly_chart":
        record.update(spec=json.loads(props["spec"]), config=json.loads(props["config"]), theme=props.get("theme", ""))
    else:
        record.update(spec=json.loads(props["spec"]))
    return record


@pytest.mark.parametrize("name", sorted(OTHER_CASES))
def test_the_element_matches_streamlit(name: str) -> None:
    expected = dict(ORACLE[name])
    if "type" in expected:
        expected["type"] = _TYPES[expected["type"]]
    assert _wasmlit_record(OTHER_CASES[name]) == expected


def _png_size(url: str) -> tuple[int, int]:
    header, data = url.split(",", 1)
    assert header == "data:image/png;base64"
    png = base64.b64decode(data)
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def test_pyplot_shows_the_png_matplotlib_draws_with_streamlits_options() -> None:
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(figsize=(4, 3))
    axes.plot([1, 2, 3], [3, 1, 2])
    expected = io.BytesIO()
    fig.savefig(expected, bbox_inches="tight", dpi=200, format="png")
    plt.close(fig)
    at = app(
        """
        import matplotlib.pyplot as plt
        import streamlit as st
        fig, axes = plt.subplots(figsize=(4, 3))
        axes.plot([1, 2, 3], [3, 1, 2])
        st.pyplot(fig, alt="A line")
        st.pyplot(fig, width=300, clear_figure=True)
        st.write(len(fig.axes))
        """
    )
    first, second = at.image
    assert _png_size(first.value[0]) == _png_size(
        "data:image/png;base64," + base64.b64encode(expected.getvalue()).decode()
    )
    assert first.props["width"] == "stretch" and first.props["images"][0]["alt"] == "A line"
    assert second.props["width"] == 300
    assert at.markdown[0].value == "`0`"


def test_pyplot_uses_the_agg_backend_and_needs_a_figure() -> None:
    at = app("import os, streamlit as st\nst.write(os.environ['MPLBACKEND'])\nst.pyplot()")
    assert at.markdown[0].value == "Agg"
    assert at.exception[0].message.startswith(
        "The `fig` parameter is required. Passing `None` is not supported because Matplotlib's global figure object"
    )


def test_pyplot_savefig_options_are_deprecated_with_streamlits_warning() -> None:
    at = app(
        """
        import matplotlib.pyplot as plt
        import streamlit as st
        fig = plt.figure()
        st.pyplot(fig, format="svg")
        """
    )
    assert at.warning[0].value.strip().startswith("Passing Matplotlib `savefig` keyword arguments to `st.pyplot` is")
    assert at.image[0].value[0].startswith("data:image/svg+xml")


def test_write_draws_figures_with_their_commands() -> None:
    at = app(
        """
        import graphviz, matplotlib.pyplot as plt, plotly.graph_objects as go
        import streamlit as st
        st.write(plt.figure())
        st.write(go.Figure())
        st.write(graphviz.Digraph())
        """
    )
    assert [element.type for element in at.main.children.values()] == ["image", "plotly_chart", "graphviz_chart"]


def test_plotly_selections_raise_a_clear_error() -> None:
    at = app('import plotly.graph_objects as go, streamlit as st\nst.plotly_chart(go.Figure(), on_select="rerun")')
    assert "does not support selections in `st.plotly_chart` yet" in at.exception[0].message


def test_graphviz_rejects_other_objects_with_streamlits_text() -> None:
    assert app("import streamlit as st\nst.graphviz_chart(5)").exception[0].message == (
        "Invalid `figure_or_dot` type. Expected one of: graphviz.Graph, graphviz.Digraph, graphviz.Source, str. "
        "Provided type: int."
    )
