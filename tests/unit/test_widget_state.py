"""Widgets and Session State through ``key`` (docs/semantics.md 3)."""

from __future__ import annotations

from tests.unit.helpers import app

ALREADY_INSTANTIATED = (
    "{item} cannot be modified after the widget with that key is instantiated. Assign {item} before creating "
    "the widget, or update it from an `on_change` or `on_click` callback, which runs before the widget is "
    "instantiated. If this is a read-only session state key (buttons, file and media inputs, `st.data_editor`, "
    "forms, chart or `ButtonColumn` selections), store the value under a different session state key."
)
READ_ONLY = (
    "{item} is read-only and cannot be assigned through session state. "
    "Use a different session state key for values you need to set."
)
DUPLICATE_KEY = (
    "There are multiple elements with the same `key='{key}'`. To fix this, please make sure that the `key` "
    "argument is unique for each element you create."
)
DUPLICATE_ID = (
    "There are multiple `{type}` elements with the same auto-generated ID. When this element is created, it is "
    "assigned an internal ID based on the element type and provided parameters. Multiple elements with the same "
    "type and parameters will cause this error.\n\nTo fix this error, please pass a unique `key` argument to the "
    "`{type}` element."
)
HEADER = "import streamlit as st\nfrom tests.unit.fake_widgets import text_box\n"


def run(body: str) -> object:
    return app(HEADER + body)


# ----- registration and values ----------------------------------------------------------


def test_the_default_is_registered_on_first_render_and_the_key_is_unreadable_before() -> None:
    at = app(
        HEADER
        + """
try:
    st.session_state["k"]
except KeyError:
    st.write("missing before", st.session_state.get("k", "fallback"))
text_box("t", value="dflt", key="k")
st.write("after", st.session_state.k)
"""
    )
    assert [m.value for m in at.markdown] == ["missing before fallback", "after dflt"]


def test_a_value_set_before_the_widget_wins_over_its_default_and_is_pushed() -> None:
    at = app(
        HEADER
        + """
st.session_state.k = "from state"
st.write(text_box("t", value="dflt", key="k"))
"""
    )
    assert at.markdown[0].value == "from state"
    widget = at.get("text_box")[0]
    assert widget.props["setValue"] is True
    assert at.page.widget_values[widget.id] == "from state"


def test_a_value_set_from_a_callback_is_what_the_widget_returns() -> None:
    at = app(
        HEADER
        + """
def reset():
    st.session_state.k = "reset"
st.button("reset", on_click=reset)
st.write(text_box("t", key="k"))
"""
    )
    at.get("text_box")[0].set_value("typed").run()
    assert at.markdown[0].value == "typed"
    at.button[0].click().run()
    assert at.markdown[0].value == "reset"
    at.run()
    assert at.markdown[0].value == "reset", "the page adopted the pushed value; it must not come back"


def test_the_widget_returns_a_deep_copy() -> None:
    at = app(
        """
import streamlit as st
from wasmlit.delta_generator import DeltaGenerator
from wasmlit.elements.host import DISPATCH
from wasmlit.widgets.registration import WidgetSpec, register
from tests.unit.fake_widgets import TEXT_BOX
host = DeltaGenerator(DISPATCH)
widget = register(host, WidgetSpec(element=TEXT_BOX, key="k", identity_params={},
                  deserialize=lambda raw: [1] if raw is None else list(raw), serialize=list))
widget.value.append(2)
st.write(st.session_state.k)
"""
    )
    assert at.json[0].props["body"] == "[1]"


def test_assigning_after_the_widget_raises_already_instantiated() -> None:
    at = run('text_box("t", key="n")\nst.session_state.n = "late"\n')
    assert at.exception[0].type_name == "streamlit.errors.StreamlitWidgetAlreadyInstantiatedError"
    assert at.exception[0].value == ALREADY_INSTANTIATED.format(item="`st.session_state['n']`")
    assert at.exception[0].is_markdown


def test_already_instantiated_item_text_for_quotes_backticks_and_int_keys() -> None:
    quote = run("""text_box("t", key="it's")\nst.session_state["it's"] = 1\n""")
    assert quote.exception[0].value == ALREADY_INSTANTIATED.format(item='`st.session_state["it\'s"]`')
    tick = run("""text_box("t", key="a`b")\nst.session_state["a`b"] = 1\n""")
    assert tick.exception[0].value == ALREADY_INSTANTIATED.format(item="``st.session_state['a`b']``")
    number = run("""st.button("b", key=5)\nst.session_state[5] = 1\n""")
    assert number.exception[0].value == ALREADY_INSTANTIATED.format(item="`st.session_state['5']`")


def test_assigning_a_form_key_after_the_form_raises_already_instantiated() -> None:
    at = run('with st.form("f"):\n    st.form_submit_button()\nst.session_state.f = 1\n')
    assert at.exception[0].value == ALREADY_INSTANTIATED.format(item="`st.session_state['f']`")


# ----- read-only keys ---------------------------------------------------------------------


def test_read_only_keys_accept_the_assignment_but_the_widget_call_raises() -> None:
    at = run('st.session_state.my_button = True\nst.write("assigned")\nst.button("Submit", key="my_button")\n')
    assert at.markdown[0].value == "assigned"
    exception = at.exception[0]
    assert exception.type_name == "streamlit.errors.StreamlitValueAssignmentNotAllowedError"
    assert exception.value == READ_ONLY.format(item="`st.session_state['my_button']`")


def test_form_and_submit_button_keys_are_read_only() -> None:
    form = run('st.session_state.f = True\nst.form("f")\n')
    assert form.exception[0].value == READ_ONLY.format(item="`st.session_state['f']`")
    submit = run('st.session_state.s = True\nwith st.form("f"):\n    st.form_submit_button(key="s")\n')
    assert submit.exception[0].value == READ_ONLY.format(item="`st.session_state['s']`")


def test_a_read_only_value_from_an_earlier_run_is_returned_once_then_reset() -> None:
    # Streamlit 1.67: the run after st.rerun() still counts as "assigned in this run".
    # Later the stored True is read through the key until compaction files it under the
    # button's id, where the end-of-run trigger reset clears it. (Streamlit's AppTest
    # shows one True fewer: it resends every button's False; the browser does not.)
    at = run(
        """
if "b" not in st.session_state:
    st.session_state.b = True
    st.rerun()
st.write(st.button("go", key="b"), st.session_state.b)
"""
    )
    assert at.exception[0].type_name == "streamlit.errors.StreamlitValueAssignmentNotAllowedError"
    at.run()
    assert len(at.exception) == 0
    assert at.markdown[0].value == "`True` `True`"
    at.run()
    assert at.markdown[0].value == "`True` `True`"
    at.run()
    assert at.markdown[0].value == "`False` `False`"


# ----- duplicates and the order of checks ---------------------------------------------------


def test_duplicate_keys_and_ids() -> None:
    keys = run('st.button("a", key="k")\ntext_box("b", key="k")\n')
    assert keys.exception[0].type_name == "streamlit.errors.StreamlitDuplicateElementKey"
    assert keys.exception[0].value == DUPLICATE_KEY.format(key="k")
    assert len(keys.button) == 1, "the first widget renders normally"
    int_and_str = run('st.button("a", key=1)\nst.button("b", key="1")\n')
    assert int_and_str.exception[0].value == DUPLICATE_KEY.format(key="1")
    ids = run('st.button("a")\nst.button("a")\n')
    assert ids.exception[0].type_name == "streamlit.errors.StreamlitDuplicateElementId"
    assert ids.exception[0].value == DUPLICATE_ID.format(type="button")


def test_different_element_types_never_collide_and_forms_may_share_a_widget_key() -> None:
    at = run(
        """
st.button("n")
text_box("n")
with st.form("k"):
    st.form_submit_button()
st.button("b", key="k")
st.write("ok")
"""
    )
    assert len(at.exception) == 0
    assert at.markdown[0].value == "ok"


def test_checks_run_in_streamlits_order() -> None:
    callback_before_key = run('with st.form("f"):\n    text_box("t", key="", on_change=print)\n')
    assert callback_before_key.exception[0].type_name == "streamlit.errors.StreamlitInvalidFormCallbackError"
    key_before_read_only = run('st.button("a", key="$$IDx")\n')
    assert key_before_read_only.exception[0].value == "Keys beginning with $$ID are reserved."
    read_only_before_duplicate = run('st.button("a", key="k")\nst.session_state.x = 1\nst.button("b", key="x")\n')
    assert read_only_before_duplicate.exception[0].type_name.endswith("StreamlitValueAssignmentNotAllowedError")
    key_before_id = run('st.button("a", key="k")\nst.button("a", key="k")\n')
    assert key_before_id.exception[0].type_name == "streamlit.errors.StreamlitDuplicateElementKey"


# ----- identity ------------------------------------------------------------------------------


def test_a_keyed_widget_keeps_its_value_when_label_or_default_change() -> None:
    at = run(
        """
label = st.session_state.get("label", "first")
text_box(label, value=label, key="k")
st.session_state.label = "second"
"""
    )
    at.get("text_box")[0].set_value("typed").run()
    assert at.get("text_box")[0].label == "second"
    assert at.session_state.k == "typed"


def test_an_unkeyed_widget_whose_parameters_change_is_a_new_widget() -> None:
    at = run(
        """
label = st.session_state.get("label", "first")
st.write(text_box(label))
st.session_state.label = "second"
"""
    )
    at.get("text_box")[0].set_value("typed").run()
    assert at.markdown[0].value == ""


def test_value_shaping_parameters_give_a_keyed_widget_a_new_identity() -> None:
    at = run(
        """
limit = st.session_state.get("limit", 5)
st.write(text_box("t", key="k", max_chars=limit))
st.session_state.limit = 9
"""
    )
    at.get("text_box")[0].set_value("typed").run()
    assert at.markdown[0].value == ""


def test_unkeyed_widgets_in_main_and_sidebar_are_two_widgets_keyed_ones_move() -> None:
    two = run('text_box("same")\nwith st.sidebar:\n    text_box("same")\nst.write("ok")\n')
    assert two.markdown[0].value == "ok"
    moving = run(
        """
if st.session_state.get("moved"):
    with st.sidebar:
        st.write(text_box("t", key="k"))
else:
    st.write(text_box("t", key="k"))
st.session_state.moved = True
"""
    )
    moving.get("text_box")[0].set_value("typed").run()
    assert moving.sidebar.markdown[0].value == "typed"


# ----- stale-widget cleanup ------------------------------------------------------------------

TOGGLED = """
show = text_box("show", value="yes") == "yes"
{before}
if show:
    text_box("t", key="k")
st.write("k =", st.session_state.get("k"))
"""


def _hide(at: object) -> None:
    at.get("text_box")[0].set_value("no").run()  # type: ignore[attr-defined]


def _show(at: object) -> None:
    at.get("text_box")[0].set_value("yes").run()  # type: ignore[attr-defined]


def test_a_widget_not_rendered_in_a_completed_run_is_cleaned_up() -> None:
    at = run(TOGGLED.format(before=""))
    at.get("text_box")[1].set_value("edited").run()
    _hide(at)
    assert at.markdown[0].value == "k = edited", "cleanup happens at the end of the run"
    at.run()
    assert at.markdown[0].value == "k = `None`"
    _show(at)
    assert at.session_state.k == ""


def test_a_key_set_before_its_widget_first_existed_resurfaces_after_cleanup() -> None:
    at = run(TOGGLED.format(before='st.session_state.setdefault("k", "three")'))
    at.get("text_box")[1].set_value("edited").run()
    _hide(at)
    at.run()
    assert at.markdown[0].value == "k = three"
    _show(at)
    assert at.markdown[0].value == "k = three"
    assert at.get("text_box")[1].value == "three"


def test_an_entry_made_before_the_widget_ever_rendered_resurfaces_after_cleanup() -> None:
    at = run(
        """
if "k" not in st.session_state:
    st.session_state.k = "three"
show = text_box("show", value="no") == "yes"
if show:
    text_box("t", key="k")
st.write("k =", st.session_state.get("k"))
"""
    )
    _show(at)
    assert at.get("text_box")[1].value == "three"
    at.get("text_box")[1].set_value("edited").run()
    assert at.markdown[0].value == "k = edited"
    _hide(at)
    at.run()
    assert at.markdown[0].value == "k = three"
    _show(at)
    assert at.get("text_box")[1].value == "three"


def test_a_value_assigned_while_the_widget_is_absent_survives_one_more_completed_run() -> None:
    at = run(
        TOGGLED.format(before='if st.button("assign"):\n    st.session_state.k = "assigned"')
        .replace("show = ", "show_box = ")
        .replace('== "yes"\n', '== "yes"\nshow = show_box\n')
    )
    at.get("text_box")[1].set_value("edited").run()
    _hide(at)
    at.button[0].click().run()
    assert at.markdown[0].value == "k = assigned"
    at.run()
    assert at.markdown[0].value == "k = assigned"
    at.run()
    assert at.markdown[0].value == "k = `None`"


def test_reassigning_the_key_at_the_top_of_every_run_keeps_the_last_value() -> None:
    at = run(TOGGLED.format(before='if "k" in st.session_state:\n    st.session_state.k = st.session_state.k'))
    at.get("text_box")[1].set_value("edited").run()
    _hide(at)
    at.run()
    _show(at)
    assert at.markdown[0].value == "k = edited"
    assert at.get("text_box")[1].value == "edited"


def test_deleting_a_widget_key_gives_the_default_for_the_rest_of_that_run() -> None:
    at = run(
        """
if st.button("del"):
    del st.session_state.k
st.write("v =", text_box("t", key="k", value="dflt"))
"""
    )
    at.get("text_box")[0].set_value("edited").run()
    at.button[0].click().run()
    assert at.markdown[0].value == "v = dflt"


def test_plain_user_keys_are_never_cleaned() -> None:
    at = run('st.session_state.setdefault("plain", 1)\nif st.button("go"):\n    pass\n')
    at.button[0].click().run()
    at.run()
    assert at.session_state.plain == 1


# ----- the "default value + Session State" warning ---------------------------------------------

WARNING = (
    'The widget with key "{key}" was created with a default value but also had its value set via the Session State API.'
)


def test_default_plus_session_state_is_logged_once_per_session_and_not_shown() -> None:
    at = run(
        """
st.session_state.a = "x"
st.session_state.b = "y"
text_box("a", value="non-default", key="a")
text_box("b", value="non-default", key="b")
"""
    )
    assert at.logs == [("warn", WARNING.format(key="a"))]
    assert len(at.warning) == 0
    at.run()
    assert len(at.logs) == 1


def test_no_warning_for_a_default_default_or_without_a_new_assignment() -> None:
    at = run('st.session_state.a = "x"\ntext_box("a", key="a")\ntext_box("b", value="v", key="b")\n')
    assert at.logs == []


def test_the_warning_can_be_turned_off_by_config() -> None:
    at = app(
        HEADER + 'st.session_state.a = "x"\ntext_box("a", value="v", key="a")\n',
        config={"global.disableWidgetStateDuplicationWarning": True},
    )
    assert at.logs == []
