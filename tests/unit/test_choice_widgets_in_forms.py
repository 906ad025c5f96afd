"""Choice widgets inside st.form: values wait for the submit, callbacks are refused."""

from __future__ import annotations

import pytest

from tests.unit.choice_helpers import api_error, error, run, written
from wasmlit.testing import AppTest

FORM = """
with st.form("f"):
    choices = (
        st.checkbox("c"),
        st.radio("r", ["a", "b"]),
        st.selectbox("s", ["x", "y"]),
        st.multiselect("m", ["p", "q"]),
        st.slider("sl", 0, 10, 1),
        st.select_slider("ss", ["lo", "hi"]),
        st.color_picker("cp"),
    )
    submitted = st.form_submit_button("Send")
st.write(repr(choices))
"""


def change_all(at: AppTest) -> None:
    at.checkbox[0].check()
    at.radio[0].set_value("b")
    at.selectbox[0].select("y")
    at.multiselect[0].select("q")
    at.slider[0].set_value(7)
    at.select_slider[0].set_value("hi")
    at.color_picker[0].pick("#ffffff")


def test_values_reach_the_script_only_with_the_submit() -> None:
    at = run(FORM)
    before = "(False, 'a', 'x', [], 1, 'lo', '#000000')"
    assert written(at) == [before]
    change_all(at)
    at.run()
    assert written(at) == [before]
    change_all(at)
    at.button[0].click().run()
    assert written(at) == ["(True, 'b', 'y', ['q'], 7, 'hi', '#ffffff')"]


@pytest.mark.parametrize(
    "widget",
    [
        'st.checkbox("c", on_change=print)',
        'st.radio("r", ["a"], on_change=print)',
        'st.selectbox("s", ["a"], on_change=print)',
        'st.multiselect("m", ["a"], on_change=print)',
        'st.slider("sl", on_change=print)',
        'st.select_slider("ss", ["a"], on_change=print)',
        'st.color_picker("cp", on_change=print)',
    ],
)
def test_callbacks_are_refused_inside_a_form(widget: str) -> None:
    at = run(f'with st.form("f"):\n    {widget}\n    st.form_submit_button()')
    assert error(at) == (
        api_error("StreamlitInvalidFormCallbackError"),
        "Within a form, callbacks can only be defined on `st.form_submit_button`. Defining callbacks on other "
        "widgets inside a form is not allowed.",
    )
