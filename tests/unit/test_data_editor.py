"""``st.data_editor``: the edited data in the type it was given, the editing state in
Session State, callbacks, and its errors. Expected results were recorded from Streamlit
1.67.0 (``_apply_dataframe_edits`` + ``convert_pandas_df_to_data_format`` on the same data
and state, with pandas 3.1.1)."""

from __future__ import annotations

import datetime
import pickle
from typing import Any

import pandas as pd
import pytest

from tests.unit.helpers import app
from wasmlit.elements.editor_data import load_table
from wasmlit.elements.editor_edits import edited_data
from wasmlit.testing.errors import AppTestError

# (data, editing state, the kinds Streamlit saw, what data_editor returned)
PLAIN_CASES: list[tuple[Any, dict[str, Any], dict[str, str], Any]] = [
    (
        [{"a": 1, "b": "x"}, {"a": 2, "b": "y"}],
        {"edited_rows": {"0": {"a": 5}}, "added_rows": [{"b": "z"}], "deleted_rows": [1]},
        {"_index": "integer", "a": "integer", "b": "string"},
        [{"a": 5.0, "b": "x"}, {"a": None, "b": "z"}],
    ),
    (
        {"a": [1, 2], "b": [1.5, 2.5]},
        {"edited_rows": {"1": {"b": 9}}, "added_rows": [{"a": 3}]},
        {"_index": "integer", "a": "integer", "b": "float"},
        {"a": [1, 2, 3], "b": [1.5, 9.0, None]},
    ),
    (
        {"a": [1, 2], "b": [True, False]},
        {"added_rows": [{"a": 3}]},
        {"_index": "integer", "a": "integer", "b": "boolean"},
        {"a": [1, 2, 3], "b": [True, False, None]},
    ),
    (
        {"a": [1, 2], "b": [True, False]},
        {"edited_rows": {"0": {"b": None}}},  # pandas refuses a missing value in a bool column
        {"_index": "integer", "a": "integer", "b": "boolean"},
        {"a": [1, 2], "b": [True, False]},
    ),
    ({"a": [1, 2]}, {"edited_rows": {"0": {"a": None}}}, {"_index": "integer", "a": "integer"}, {"a": [None, 2.0]}),
    ({"a": [1, 2]}, {"edited_rows": {"0": {"a": 2.7}}}, {"_index": "integer", "a": "integer"}, {"a": [2, 2]}),
    (
        [1, 2, 3],
        {"edited_rows": {"0": {"value": 7}}, "deleted_rows": [2]},
        {"_index": "integer", "value": "integer"},
        [7, 2],
    ),
    ((1, 2, 3), {"edited_rows": {"0": {"value": 7}}}, {"_index": "integer", "value": "integer"}, (7, 2, 3)),
    ({1, 2}, {"edited_rows": {"0": {"value": 9}}}, {"_index": "integer", "value": "integer"}, {9, 2}),
    (
        {"x": 1, "y": 2},
        {"edited_rows": {"0": {"value": 7}}},
        {"_index": "string", "value": "integer"},
        {"x": 7, "y": 2},
    ),
    (
        {"c1": {"r1": 1, "r2": 2}},
        {"edited_rows": {"0": {"c1": 7}}, "added_rows": [{"_index": "r3", "c1": 4}]},
        {"_index": "string", "c1": "integer"},
        {"c1": {"r1": 7, "r2": 2, "r3": 4}},
    ),
    (
        [[1, "a"], [2, "b"]],
        {"edited_rows": {"0": {"1": "q"}}, "added_rows": [{"0": 9}]},
        {"_index": "integer", "0": "integer", "1": "string"},
        [[1, "q"], [2, "b"], [9, None]],
    ),
    (
        [{"d": datetime.date(2024, 1, 1), "t": "s"}],
        {"edited_rows": {"0": {"d": "2024-02-03"}}},
        {"_index": "integer", "d": "date", "t": "string"},
        [{"d": datetime.date(2024, 2, 3), "t": "s"}],
    ),
    (
        [{"t": datetime.time(5, 1)}],
        {"edited_rows": {"0": {"t": "06:07:08.000"}}},
        {"_index": "integer", "t": "time"},
        [{"t": datetime.time(6, 7, 8)}],
    ),
    (
        [{"t": datetime.datetime(2024, 1, 1, 5)}],
        {"edited_rows": {"0": {"t": "2024-02-03T04:05:06"}}, "added_rows": [{}]},
        {"_index": "integer", "t": "datetime"},
        [{"t": datetime.datetime(2024, 2, 3, 4, 5, 6)}, {"t": None}],
    ),
    (
        [{"a": "x", "l": [1, 2]}],
        {"edited_rows": {"0": {"l": ["3"]}}},
        {"_index": "integer", "a": "string", "l": "list"},
        [{"a": "x", "l": ["3"]}],
    ),
    (  # a mixed column becomes text (and read-only)
        [{"a": 1, "m": 1}, {"a": 2, "m": "s"}],
        {"edited_rows": {"0": {"a": 5}}},
        {"_index": "integer", "a": "integer", "m": "string"},
        [{"a": 5, "m": "1"}, {"a": 2, "m": "s"}],
    ),
    ([{"a": None}], {"edited_rows": {"0": {"a": 5}}}, {"_index": "integer", "a": "empty"}, [{"a": 5}]),
    ([{"a": 1.5}], {"added_rows": [{}]}, {"_index": "integer", "a": "float"}, [{"a": 1.5}, {"a": None}]),
]


@pytest.mark.parametrize(("data", "state", "kinds", "expected"), PLAIN_CASES)
def test_plain_data_comes_back_edited_in_its_own_format(
    data: Any, state: dict[str, Any], kinds: dict[str, str], expected: Any
) -> None:
    table = load_table(data)
    assert table.kinds == kinds
    result = edited_data(table, state)
    assert type(result) is type(expected)
    assert result == expected
    if isinstance(result, list) and result and isinstance(result[0], dict):
        # 5.0 and 5 are equal; the types must match too (pandas upcasts).
        assert [[type(value) for value in row.values()] for row in result] == [
            [type(value) for value in row.values()] for row in expected
        ]


def test_a_dataframe_comes_back_as_a_dataframe_with_pandas_edits() -> None:
    frame = pd.DataFrame({"a": [1, 2], "s": ["p", "q"]})
    result = edited_data(load_table(frame), {"added_rows": [{"s": "z"}], "deleted_rows": [0]})
    assert isinstance(result, pd.DataFrame)
    assert list(result.index) == [1, 2]
    assert result["a"].tolist()[0] == 2.0 and pd.isna(result["a"].tolist()[1])
    assert result["s"].tolist() == ["q", "z"]
    assert frame["a"].tolist() == [1, 2]  # the script's frame is not touched


def test_a_dataframe_index_is_edited_and_extended_by_label() -> None:
    frame = pd.DataFrame({"a": [1, 2]}, index=["x", "y"])
    state = {"added_rows": [{"_index": "z", "a": 3}, {"_index": "y", "a": 9}], "edited_rows": {"0": {"_index": "w"}}}
    result = edited_data(load_table(frame), state)
    assert list(result.index) == ["w", "y", "z"]  # a row whose index value exists is skipped
    assert result["a"].tolist() == [1, 2, 3]


def test_series_numpy_and_arrow_come_back_in_their_types() -> None:
    import numpy as np
    import pyarrow as pa

    series = edited_data(load_table(pd.Series([1, 2], name="n")), {"edited_rows": {"1": {"n": 5}}})
    assert isinstance(series, pd.Series) and series.tolist() == [1, 5]
    array = edited_data(load_table(np.array([1, 2])), {"edited_rows": {"0": {"value": 4}}})
    assert isinstance(array, np.ndarray) and array.tolist() == [4, 2]
    table = edited_data(load_table(pa.table({"x": [1, 2]})), {"deleted_rows": [0]})
    assert isinstance(table, pa.Table) and table.column("x").to_pylist() == [2]


EDITOR_APP = """
import streamlit as st
import pandas as pd
df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"]})
def changed(tag, extra=None):
    st.session_state.log = st.session_state.get("log", []) + [(tag, extra, dict(st.session_state.ed))]
out = st.data_editor(df, key="ed", num_rows="dynamic", on_change=changed, args=("hi",), kwargs={"extra": 2})
st.write(type(out).__name__, len(out))
st.write(out["a"].tolist())
"""


def test_edits_reach_session_state_the_callback_and_the_returned_frame() -> None:
    at = app(EDITOR_APP)
    assert at.session_state["ed"] == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
    assert type(at.session_state["ed"]).__name__ == "DataEditorState"
    at.data_editor[0].edit_cell(0, "a", 10).add_row({"b": "new", "a": 7}).delete_rows([1]).run()
    expected = {"edited_rows": {0: {"a": 10}}, "added_rows": [{"b": "new", "a": 7}], "deleted_rows": [1]}
    assert at.session_state["ed"] == expected
    assert at.session_state["log"] == [("hi", 2, expected)]
    assert at.markdown[0].value == "DataFrame `3`"
    assert at.json[0].value == "[10, 3, 7]"


def test_the_editing_state_is_read_only_and_survives_pickling() -> None:
    at = app(EDITOR_APP)
    at.data_editor[0].edit_cell(1, "b", "q").run()
    state = at.session_state["ed"]
    with pytest.raises(TypeError):
        state["edited_rows"] = {}
    with pytest.raises(TypeError):
        state.edited_rows[1]["b"] = "no"
    assert pickle.loads(pickle.dumps(state)) == state


def test_setting_the_editor_s_state_through_session_state_is_refused() -> None:
    at = app('import streamlit as st\nst.session_state.ed = {"edited_rows": {}}\nst.data_editor({"a": [1]}, key="ed")')
    assert at.exception[0].value == (
        "`st.session_state['ed']` is read-only and cannot be assigned through session state. "
        "Use a different session state key for values you need to set."
    )


def test_fixed_editors_cannot_add_or_delete_and_disabled_columns_cannot_be_edited() -> None:
    at = app('import streamlit as st\nst.data_editor({"a": [1], "b": [2]}, disabled=["b"])')
    editor = at.data_editor[0]
    with pytest.raises(AppTestError, match="cannot add rows"):
        editor.add_row()
    with pytest.raises(AppTestError, match="cannot delete rows"):
        editor.delete_rows([0])
    with pytest.raises(AppTestError, match="disabled"):
        editor.edit_cell(0, "b", 3)


def test_column_config_shapes_the_columns_sent_to_the_page() -> None:
    at = app(
        """
import streamlit as st
data = {"n": [1, 2], "s": ["a", "b"], "ok": [True, False], "hide": [0, 0]}
st.data_editor(data, column_order=["s", "n", "ok", "hide"], column_config={
    "n": st.column_config.NumberColumn("Number", min_value=0, max_value=5, step=1, format="%d"),
    "s": st.column_config.SelectboxColumn(options=["a", "b", "c"], required=True),
    "hide": None,
})
"""
    )
    columns = at.data_editor[0].props["columns"]
    assert [(column["name"], column["type"], column["kind"]) for column in columns] == [
        ("s", "selectbox", "string"),
        ("n", "number", "integer"),
        ("ok", "checkbox", "boolean"),
    ]
    assert columns[1]["config"]["label"] == "Number"
    assert columns[1]["config"]["type_config"] == {
        "type": "number",
        "min_value": 0,
        "max_value": 5,
        "format": "%d",
        "step": 1,
    }
    assert at.data_editor[0].rows == [["a", 1, True], ["b", 2, False]]


def test_a_column_type_that_cannot_hold_the_data_is_refused() -> None:
    at = app('import streamlit as st\nst.data_editor({"a": [1]}, column_config={"a": st.column_config.TextColumn()})')
    assert at.exception[0].value.startswith(
        "The configured column type `text` for column `a` is not compatible for editing the underlying data type "
        "`integer`."
    )


def test_unsupported_data_and_bad_num_rows_are_refused() -> None:
    at = app("import streamlit as st\nst.data_editor(5)")
    assert at.exception[0].value == (
        "The data type (int) or format is not supported by the data editor. Please convert your data into a "
        "Pandas Dataframe or another supported data format."
    )
    at = app('import streamlit as st\nst.data_editor([1], num_rows="many")')
    assert "num_rows" in at.exception[0].value


def test_duplicate_and_reserved_column_names_are_refused() -> None:
    at = app("import streamlit as st\nimport pandas as pd\nst.data_editor(pd.DataFrame([[1, 2]], columns=['a', 'a']))")
    assert "The following column names are duplicated: ['a']" in at.exception[0].value
    at = app("import streamlit as st\nst.data_editor({'_index': [1]})")
    assert "The column name '_index' is reserved" in at.exception[0].value


def test_a_keyed_fixed_editor_keeps_its_edits_when_only_values_change() -> None:
    at = app(
        """
import streamlit as st
n = st.session_state.get("n", 1)
st.data_editor({"a": [n, 2]}, key="ed")
if st.button("bump"):
    st.session_state.n = n + 1
"""
    )
    at.data_editor[0].edit_cell(1, "a", 9).run()
    first_id = at.data_editor[0].id
    at.button[0].click().run()
    at.run()
    assert at.data_editor[0].id == first_id
    assert at.session_state["ed"]["edited_rows"] == {1: {"a": 9}}
