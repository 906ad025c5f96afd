"""DataFrames, Series, numpy arrays and pyarrow tables wherever Streamlit 1.67 takes data:
st.table, st.dataframe, st.write, st.metric's chart_data and the charts."""

from __future__ import annotations

from tests.unit.helpers import app


def test_tables_show_numpy_pyarrow_and_pandas_data() -> None:
    at = app(
        """
        import numpy as np, pandas as pd, pyarrow as pa
        import streamlit as st
        st.dataframe(np.array([[1.5, 2.0], [3.0, 4.5]]))
        st.dataframe(pa.table({"name": ["a", None], "n": [1, 2]}))
        st.table(pd.Series([10, 20], name="score", index=["x", "y"]))
        st.dataframe(pd.DataFrame({"when": pd.to_datetime(["2024-01-02"])}))
        st.table(np.array(["2024-01-01"], dtype="datetime64[ns]"))
        """
    )
    matrix, arrow, series, frame, dates = at.dataframe[0], at.dataframe[1], at.table[0], at.dataframe[2], at.table[1]
    assert (matrix.columns, matrix.rows, matrix.props["kinds"]) == (
        ["0", "1"],
        [[1.5, 2.0], [3.0, 4.5]],
        ["float", "float"],
    )
    assert (arrow.columns, arrow.rows) == (["name", "n"], [["a", 1], [None, 2]])
    assert (series.columns, series.rows, series.props["index"]) == (["score"], [[10], [20]], ["x", "y"])
    assert frame.rows == [["2024-01-02 00:00:00"]]
    assert dates.rows == [["2024-01-01 00:00:00"]]


def test_write_shows_data_objects_as_dataframes_and_charts_as_charts() -> None:
    at = app(
        """
        import altair as alt, numpy as np, pandas as pd, pyarrow as pa
        import streamlit as st
        st.write(np.array([1, 2]))
        st.write(pa.table({"a": [1]}))
        st.write(pd.Index([3, 4], name="i"))
        st.write(alt.Chart(pd.DataFrame({"a": [1]})).mark_point().encode(x="a"))
        st.write([{"a": 1}])
        """
    )
    assert [element.type for element in at.main.children.values()] == [
        "dataframe",
        "dataframe",
        "dataframe",
        "vega_lite_chart",
        "json",
    ]
    assert at.dataframe[0].rows == [[1], [2]] and at.dataframe[2].columns == ["i"]
    assert at.get("vega_lite_chart")[0].spec["mark"] == {"type": "point"}


def test_metric_chart_data_follows_streamlits_list_conversion() -> None:
    at = app(
        """
        import numpy as np, pandas as pd, pyarrow as pa
        import streamlit as st
        st.metric("a", 1, chart_data=np.array([1, 2.5]))
        st.metric("b", 1, chart_data=pd.Series([3, 4]))
        st.metric("c", 1, chart_data={1: "x", 2: "y"})
        st.metric("d", 1, chart_data=pa.table({"v": [5, 6]}))
        """
    )
    assert [metric.props["chart"] for metric in at.metric] == [[1.0, 2.5], [3.0, 4.0], [1.0, 2.0], [5.0, 6.0]]


def test_metric_chart_data_of_a_dataframe_is_its_column_names_as_in_streamlit() -> None:
    at = app('import pandas as pd, streamlit as st\nst.metric("a", 1, chart_data=pd.DataFrame({"v": [1]}))')
    assert at.exception[0].message == (
        "Only numeric values are supported for chart data sequence. The value 'v' is of type <class 'str'> "
        "and cannot be converted to float."
    )


def test_charts_take_series_and_arrow_tables() -> None:
    at = app(
        """
        import pandas as pd, pyarrow as pa
        import streamlit as st
        st.bar_chart(pd.Series([3, 1], index=["x", "y"], name="n"))
        st.area_chart(pa.table({"t": [1, 2], "v": [0.5, 1.5]}), x="t", y="v")
        """
    )
    bar, area = at.get("vega_lite_chart")
    index = "index -- streamlit-generated"
    assert bar.spec["encoding"]["x"]["field"] == index
    assert list(bar.datasets.values()) == [[{index: "x", "n": 3}, {index: "y", "n": 1}]]
    assert list(area.datasets.values()) == [[{"t": 1, "v": 0.5}, {"t": 2, "v": 1.5}]]
