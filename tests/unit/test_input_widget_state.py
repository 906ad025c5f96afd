"""Rules the input widgets share: the default-value warning, forms, identity, duplicates."""

from __future__ import annotations

import pytest

from tests.unit.helpers import app

IN_FORM = 'import streamlit as st\nform = st.form("f")\n'
WARNING = (
    'The widget with key "{key}" was created with a default value but also had its value set via the Session State API.'
)


@pytest.mark.parametrize(
    ("assigned", "call", "warns"),
    [
        ('"v"', 'st.text_input("x", "default", key="k")', True),
        ('"v"', 'st.text_input("x", key="k")', False),
        ('"v"', 'st.text_area("x", "default", key="k")', True),
        ("5", 'st.number_input("x", value=3, key="k")', True),
        ("5", 'st.number_input("x", key="k")', False),
        ("dt.date(2024, 1, 2)", 'st.date_input("x", dt.date(2024, 1, 1), key="k")', True),
        ("dt.date(2024, 1, 2)", 'st.date_input("x", key="k")', False),
        ("dt.time(9, 0)", 'st.time_input("x", dt.time(8, 0), key="k")', True),
        ("dt.time(9, 0)", 'st.time_input("x", key="k")', False),
        ("dt.time(9, 0)", 'st.time_input("x", None, key="k")', False),
    ],
)
def test_default_value_with_session_state_is_logged_by_each_widgets_rule(assigned: str, call: str, warns: bool) -> None:
    at = app(f"import datetime as dt\nimport streamlit as st\nst.session_state.k = {assigned}\n{call}")
    assert not at.exception, at.exception[0].message
    assert at.logs == ([("warn", WARNING.format(key="k"))] if warns else [])
    assert not at.warning, "nothing appears in the page"


def test_the_warning_is_logged_once_per_session_and_config_can_turn_it_off() -> None:
    script = 'import streamlit as st\nst.session_state[st.session_state.get("name", "k")] = "v"\n'
    script += 'st.text_input("x", "d", key=st.session_state.get("name", "k"))'
    at = app(script)
    at.session_state["name"] = "other"
    at.run()
    assert len(at.logs) == 1, "once per session (one tab is one process here)"
    at = app(script, config={"global.disableWidgetStateDuplicationWarning": True})
    assert at.logs == []


def test_download_button_in_a_form_raises_the_forms_error() -> None:
    at = app(IN_FORM + 'form.download_button("dl", "data")')
    assert at.exception[0].type_name == "streamlit.errors.StreamlitInvalidLayoutContextError"
    assert at.exception[0].message == (
        "`st.download_button()` can't be used in an `st.form()`.\n\nFor more information, refer to the\n"
        "[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form)."
    )


def test_callbacks_on_input_widgets_in_a_form_are_refused_first() -> None:
    at = app(IN_FORM + 'form.download_button("dl", "data", on_click=print)')
    assert at.exception[0].type_name == "streamlit.errors.StreamlitInvalidFormCallbackError"
    at = app(IN_FORM + 'form.text_input("t", on_change=print)')
    assert at.exception[0].type_name == "streamlit.errors.StreamlitInvalidFormCallbackError"


def test_fields_in_a_form_tell_the_page_their_form() -> None:
    at = app(IN_FORM + 'form.text_input("t")\nform.number_input("n")\nst.text_area("outside")')
    assert at.text_input[0].props["formId"] == "f"
    assert at.number_input[0].props["formId"] == "f"
    assert "formId" not in at.text_area[0].props


@pytest.mark.parametrize(
    "command",
    ['number_input("same")', 'text_input("same")', 'text_area("same")', 'date_input("same")', 'time_input("same")'],
)
def test_two_identical_unkeyed_widgets_raise_duplicate_id(command: str) -> None:
    at = app(f"import streamlit as st\nst.{command}\nst.{command}")
    name = command.split("(")[0]
    assert at.exception[0].type_name == "streamlit.errors.StreamlitDuplicateElementId"
    assert at.exception[0].message.startswith(f"There are multiple `{name}` elements with the same auto-generated ID.")


def test_text_input_and_text_area_with_one_label_coexist() -> None:
    at = app('import streamlit as st\nst.text_input("same")\nst.text_area("same")')
    assert not at.exception and len(at.text_input) == len(at.text_area) == 1


def test_a_keyed_widget_keeps_its_value_when_label_default_and_container_change() -> None:
    at = app(
        """
        import streamlit as st
        moved = st.session_state.get("moved", False)
        where = st.sidebar if moved else st
        st.text(repr(where.number_input("moved" if moved else "here", value=5 if moved else 1, key="n")))
        """
    )
    at.number_input[0].set_value(3).run()
    at.session_state["moved"] = True
    at.run()
    assert at.text[0].value == "3"


def test_assigning_a_key_after_its_widget_raises() -> None:
    at = app('import streamlit as st\nst.text_input("t", key="t")\nst.session_state.t = "late"')
    assert at.exception[0].type_name == "streamlit.errors.StreamlitWidgetAlreadyInstantiatedError"


def test_setting_a_value_through_session_state_reaches_the_page() -> None:
    at = app(
        """
        import streamlit as st
        if st.button("reset"):
            st.session_state.t = "from script"
        st.text_input("t", key="t")
        """
    )
    at.text_input[0].input("typed").run()
    at.button[0].click().run()
    assert at.text_input[0].props["setValue"] is True
    assert at.page.widget_values[at.text_input[0].id] == "from script"
