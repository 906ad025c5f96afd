"""``wasmlit.elements.frame`` against real pandas: the same columns, dtypes and inferred
types for the data shapes Streamlit accepts, so charts type their axes as Streamlit does."""

from __future__ import annotations

import datetime
import decimal
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from pandas.api.types import infer_dtype, is_integer_dtype

from wasmlit.elements import frame as frames
from wasmlit.elements.frame import to_frame, to_list
from wasmlit.elements.table_data import StreamlitDataframeConversionError

D1, D2 = datetime.date(2024, 1, 1), datetime.date(2024, 2, 1)
T1 = datetime.datetime(2024, 1, 1, 12, 30)

VALUE_LISTS: list[list[Any]] = [
    [1, 2, 3],
    [1, None, 3],
    [1.5, 2],
    [1.5, None],
    [True, False],
    [True, None],
    ["a", "b"],
    ["a", None],
    [1, "a"],
    [1.5, "a"],
    [True, 1],
    [None, None],
    [D1, D2],
    [D1, None],
    [T1, None],
    [T1, D1],
    [datetime.time(1, 2)],
    [datetime.timedelta(seconds=3)],
    [decimal.Decimal("1.5")],
    [b"x", b"y"],
    [np.int64(3), np.int64(4)],
    [np.float32(1.5), 2],
]


def _pandas_family(series: pd.Series) -> str:
    dtype = series.dtype
    if is_integer_dtype(dtype):
        return frames.INT
    families = {"f": frames.FLOAT, "b": frames.BOOL, "M": frames.DATETIME, "m": frames.TIMEDELTA}
    if str(dtype) in ("str", "string"):
        return frames.STR
    if str(dtype) == "category":
        return frames.CATEGORY
    if dtype.kind == "M" and getattr(dtype, "tz", None) is not None:
        return frames.DATETIMETZ
    return families.get(dtype.kind, frames.OBJECT)


@pytest.mark.parametrize("values", VALUE_LISTS, ids=repr)
def test_plain_columns_get_pandas_dtypes_and_inferred_types(values: list[Any]) -> None:
    series = pd.DataFrame({"c": values})["c"]
    column = to_frame({"c": values}).column("c")
    assert column.dtype == _pandas_family(series)
    assert column.inferred() == infer_dtype(series, skipna=True)
    assert column.inferred(skipna=False) == infer_dtype(series, skipna=False)


@pytest.mark.parametrize("values", VALUE_LISTS, ids=repr)
def test_pandas_columns_keep_their_dtypes(values: list[Any]) -> None:
    series = pd.DataFrame({"c": values})["c"]
    column = to_frame(pd.DataFrame({"c": values})).column("c")
    assert column.dtype == _pandas_family(series)
    assert column.inferred() == infer_dtype(series, skipna=True)


def _streamlit_dataframe(data: Any) -> pd.DataFrame:
    """Streamlit 1.67's ``convert_anything_to_pandas_df``, for the shapes tested here."""

    def named(frame: pd.DataFrame) -> pd.DataFrame:
        single_unnamed = len(frame.columns) == 1 and frame.columns[0] == 0
        return frame.rename(columns={0: "value"}) if single_unnamed else frame

    if isinstance(data, pd.DataFrame):
        return data
    if isinstance(data, pd.Series | pd.Index):
        return pd.DataFrame(data)
    if isinstance(data, np.ndarray):
        return named(pd.DataFrame(data))
    if hasattr(data, "to_pandas"):
        return pd.DataFrame(data.to_pandas())
    try:
        return named(pd.DataFrame(data))
    except (ValueError, TypeError):
        return named(pd.DataFrame.from_dict(data, orient="index"))


@pytest.mark.parametrize(
    "data",
    [
        [1, 2, 3],
        [[1, 2], [3, 4]],
        [[1], [2]],
        [{"a": 1}, {"b": 2, "a": 3}],
        {"a": [1, 2], "b": [3, 4]},
        {"a": 1, "b": 2},
        {"a": [1, 2], "b": 5},
        {"x": {"r": 1, "s": 2}, "y": {"s": 3}},
        (1, 2),
        range(3),
        np.array([1, 2, 3]),
        np.array([[1.5, 2.5], [3.5, 4.5]]),
        np.array([[1], [2]]),
        np.array(["a", "b"]),
        np.array(["2024-01-01", "2024-01-02"], dtype="datetime64[ns]"),
        pd.Series([1, 2], name="s"),
        pd.Series([1, 2]),
        pd.DataFrame({"a": [1, 2]}, index=["r", "s"]),
        pd.DataFrame({"a": [1, 2]}).set_index("a"),
        pd.DataFrame({"when": pd.to_datetime(["2024-01-01"]), "cat": pd.Categorical(["x"])}),
        pa.table({"a": [1, 2], "b": ["x", None], "f": [1.5, None]}),
    ],
    ids=lambda data: type(data).__name__,
)
def test_shapes_become_the_dataframe_streamlit_builds(data: Any) -> None:
    expected = _streamlit_dataframe(data)
    frame = to_frame(data)
    assert frame.labels == list(expected.columns)
    assert len(frame) == len(expected)
    for position, column in enumerate(frame.columns):
        series = expected.iloc[:, position]
        assert column.dtype == _pandas_family(series), column.name
        expected_values = [None if pd.isna(value) else value for value in series.tolist()]
        assert column.values == expected_values
    assert frame.range_index == isinstance(expected.index, pd.RangeIndex)
    if not frame.range_index:
        assert frame.index.values == expected.index.tolist()


def test_ordered_categoricals_keep_their_order() -> None:
    data = pd.DataFrame({"size": pd.Categorical(["M", "S"], categories=["S", "M", "L"], ordered=True)})
    column = to_frame(data).column("size")
    assert (column.dtype, column.ordered, column.categories) == (frames.CATEGORY, True, ["S", "M", "L"])


def test_unconvertible_data_is_streamlits_error() -> None:
    for data in ("text", 5, {1, 2}, np.zeros((2, 2, 2))):
        with pytest.raises(StreamlitDataframeConversionError, match="Unable to convert object of type"):
            to_frame(data)


def test_to_list_follows_convert_anything_to_list() -> None:
    assert to_list(pd.DataFrame({"a": [1], "b": [2]})) == ["a", "b"]
    assert to_list(np.array([1, 2])) == [1, 2]
    assert to_list(pa.table({"v": [3, 4]})) == [3, 4]
    assert to_list({"k": 1}) == ["k"]
