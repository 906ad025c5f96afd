"""st.table and st.dataframe without pandas, a DataFrame-like stub for the pandas path, and
st.write's routing (lists of dicts stay JSON; DataFrames become st.dataframe)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.helpers import app
from wasmlit.elements.table_data import to_table_data


class RangeIndex:
    """Mimics ``pandas.RangeIndex``: iterable, with start and step."""

    def __init__(self, length: int) -> None:
        self.start, self.step, self.name, self.names = 0, 1, None, [None]
        self._values = list(range(length))

    def __iter__(self) -> Any:
        return iter(self._values)


class Index(list[Any]):
    name: str | None = "id"
    names = ("id",)


class FakeFrame:
    """The small interface wasmlit reads from a pandas DataFrame."""

    def __init__(self, data: dict[str, list[Any]], index: Any = None) -> None:
        self._data = data
        self.columns = list(data)
        height = len(next(iter(data.values())))
        self.index = index if index is not None else RangeIndex(height)

    def itertuples(self, index: bool = True, name: str | None = "Pandas") -> Any:
        assert index is False and name is None
        return zip(*self._data.values(), strict=True)


class Float64:
    """A numpy scalar: ``item()`` gives the Python number."""

    def __init__(self, value: float) -> None:
        self.value = value

    def item(self) -> float:
        return self.value


@pytest.mark.parametrize(
    ("data", "columns", "rows", "index"),
    [
        ({"a": [1, 2], "b": ["x", "y"]}, ["a", "b"], [[1, "x"], [2, "y"]], None),
        ({"a": 1, "b": "x"}, ["value"], [[1], ["x"]], ["a", "b"]),
        ([{"a": 1}, {"b": 2, "a": 3}], ["a", "b"], [[1, None], [3, 2]], None),
        ([[1, 2], [3, 4]], ["0", "1"], [[1, 2], [3, 4]], None),
        ([1, 2, 3], ["value"], [[1], [2], [3]], None),
        ((1, 2), ["value"], [[1], [2]], None),
        ({"a": {"r1": 1, "r2": 2}}, ["a"], [[1], [2]], ["r1", "r2"]),
        (range(2), ["value"], [[0], [1]], None),
        (None, [], [], None),
    ],
)
def test_shapes_follow_pandas(data: Any, columns: list[str], rows: list[list[Any]], index: Any) -> None:
    table = to_table_data(data)
    assert (table.columns, table.rows, table.index) == (columns, rows, index)


def test_column_kinds_and_cells() -> None:
    table = to_table_data({"i": [1, 2], "f": [1, 2.5], "n": [1, None], "b": [True, False], "t": ["x", 1]})
    assert table.kinds == ["int", "float", "float", "bool", "text"]
    assert to_table_data([float("nan"), Float64(2.5), (1, 2)]).rows == [[None], [2.5], ["(1, 2)"]]


def test_conversion_error_matches_streamlit() -> None:
    at = app('import streamlit as st\nst.table("abc")')
    assert at.exception[0].message.strip() == (
        "Unable to convert object of type `<class 'str'>` to `pandas.DataFrame`.\nOffending object:\n```py\nabc\n```"
    )


def test_table_hides_default_index_and_unnamed_headers() -> None:
    at = app(
        """
        import streamlit as st
        st.table([{"a": 1.5, "b": "**x**"}])
        st.table({"Version": "1.0"})
        st.table([[1, 2]], hide_header=False, hide_index=False, border="horizontal")
        """
    )
    first, key_value, rows = at.table
    assert first.columns == ["a", "b"] and "index" not in first.props and not first.props.get("hideHeader")
    assert key_value.props["index"] == ["Version"] and key_value.props["hideHeader"] is True
    assert rows.props["index"] == [0] and "hideHeader" not in rows.props and rows.props["border"] == "horizontal"
    # A DataFrame when pandas is importable (as in Streamlit's AppTest), else row dicts.
    value = first.value
    assert (value.to_dict("records") if hasattr(value, "to_dict") else value) == [{"a": 1.5, "b": "**x**"}]


def test_table_errors() -> None:
    assert app('import streamlit as st\nst.table([1], border="x")').exception[0].message == (
        "Invalid `border` value. Supported values: True, False, 'horizontal'."
    )


def test_dataframe_options() -> None:
    at = app(
        """
        import streamlit as st
        data = {"a": [3, 1], "b": ["x", "y"], "c": [0.5, 1.5]}
        st.dataframe(data, column_order=["c", "a"], height=200, width="content")
        st.dataframe(data, hide_index=False, column_config={"a": "Alpha", "b": None, "_index": "Row"})
        st.dataframe(data, use_container_width=False, key="frame")
        """
    )
    ordered, configured, keyed = at.dataframe
    assert ordered.columns == ["c", "a"] and ordered.rows == [[0.5, 3], [1.5, 1]]
    assert ordered.props["height"] == 200 and ordered.props["width"] == "content"
    assert configured.columns == ["a", "c"] and configured.props["labels"] == ["Alpha", "c"]
    assert configured.props["index"] == [0, 1] and configured.props["indexName"] == "Row"
    assert keyed.props["width"] == "content" and keyed.props["key"] == "frame"


def test_alt_text_reaches_the_page_as_the_tables_label() -> None:
    # st.dataframe took alt= and dropped it, while the page reads props.alt (aria-label).
    at = app('import streamlit as st\nst.table({"a": [1]}, alt="Sales")\nst.dataframe({"a": [1]}, alt="Costs")')
    assert (at.table[0].props["alt"], at.dataframe[0].props["alt"]) == ("Sales", "Costs")


def test_dataframe_like_objects(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = to_table_data(FakeFrame({"x": [Float64(1.0), Float64(2.5)], "y": ["a", "b"]}))
    assert plain.columns == ["x", "y"] and plain.rows == [[1.0, "a"], [2.5, "b"]] and plain.index is None
    indexed = to_table_data(FakeFrame({"x": [1, 2]}, index=Index(["r1", "r2"])))
    assert indexed.index == ["r1", "r2"] and indexed.index_name == "id"


def test_write_routes_dataframes_and_keeps_lists_of_dicts_as_json() -> None:
    import sys
    import types

    module = types.ModuleType("frames")
    module.FakeFrame = FakeFrame  # type: ignore[attr-defined]
    sys.modules["frames"] = module
    try:
        at = app(
            """
            import streamlit as st
            from frames import FakeFrame
            st.write([{"a": 1}])
            st.write(FakeFrame({"a": [1, 2]}))
            st.write("text", FakeFrame({"b": [3]}))
            """
        )
    finally:
        del sys.modules["frames"]
    assert len(at.json) == 1
    assert [frame.columns for frame in at.dataframe] == [["a"], ["b"]]
    assert at.markdown[0].value == "text"
