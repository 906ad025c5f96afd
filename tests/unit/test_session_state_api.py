"""``st.session_state``: the full mapping API and its exact errors (docs/semantics.md 2)."""

from __future__ import annotations

from tests.unit.helpers import app

MISSING_KEY = (
    'st.session_state has no key "{key}". Did you forget to initialize it? '
    "More info: https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"
)
MISSING_ATTRIBUTE = (
    'st.session_state has no attribute "{key}". Did you forget to initialize it? '
    "More info: https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"
)


def test_item_and_attribute_access_reach_the_same_value() -> None:
    at = app("""
        import streamlit as st
        st.session_state["a"] = [1]
        st.session_state.b = 2
        st.write(st.session_state.a is st.session_state["a"], st.session_state["b"])
    """)
    assert at.markdown[0].value == "`True` `2`"
    assert at.session_state["a"] == [1]
    assert at.session_state.b == 2


def test_keys_go_through_str() -> None:
    at = app("""
        import streamlit as st
        st.session_state[3] = "three"
        st.write(st.session_state["3"], 3 in st.session_state, "3" in st.session_state)
    """)
    assert at.markdown[0].value == "three `True` `True`"


def test_missing_item_raises_key_error_shown_in_quotes() -> None:
    at = app("""
        import streamlit as st
        st.write(st.session_state["value"])
    """)
    exception = at.exception[0]
    assert exception.type_name == "KeyError"
    assert exception.value == "'" + MISSING_KEY.format(key="value") + "'"
    assert not exception.is_markdown


def test_missing_attribute_raises_attribute_error_with_key_error_as_context() -> None:
    at = app("""
        import streamlit as st
        try:
            st.session_state.missing
        except AttributeError as error:
            st.write(type(error.__context__).__name__, str(error.__context__) == repr(
                'st.session_state has no key "missing". Did you forget to initialize it? '
                'More info: https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization'))
        st.session_state.missing
    """)
    assert at.markdown[0].value == "KeyError `True`"
    exception = at.exception[0]
    assert exception.type_name == "AttributeError"
    assert exception.value == MISSING_ATTRIBUTE.format(key="missing")
    assert "During handling of the above exception, another exception occurred:" in exception.stack_trace


def test_delete_missing_key_uses_the_reading_messages() -> None:
    item = app("""
        import streamlit as st
        del st.session_state["zz"]
    """)
    assert item.exception[0].value == "'" + MISSING_KEY.format(key="zz") + "'"
    attribute = app("""
        import streamlit as st
        del st.session_state.zz
    """)
    assert attribute.exception[0].type_name == "AttributeError"
    assert attribute.exception[0].value == MISSING_ATTRIBUTE.format(key="zz")


def test_pop_of_missing_key_raises_key_error_and_get_returns_default() -> None:
    at = app("""
        import streamlit as st
        st.write(st.session_state.get("zz", "fallback"))
        st.session_state.pop("zz")
    """)
    assert at.markdown[0].value == "fallback"
    assert at.exception[0].value == "'" + MISSING_KEY.format(key="zz") + "'"


def test_mapping_mixins() -> None:
    at = app("""
        import streamlit as st
        ss = st.session_state
        st.write(ss.setdefault("c", 5), ss.setdefault("c", 6), ss.pop("c"), "c" in ss)
        ss.update({"u": 1}, v=2)
        st.write(ss.u, ss.v, len(ss))
        key, value = ss.popitem()
        st.write(len(ss), value in (1, 2))
    """)
    assert [m.value for m in at.markdown] == ["`5` `5` `5` `False`", "`1` `2` `2`", "`1` `True`"]


def test_len_iteration_and_to_dict_count_user_keys_and_keyed_widgets_only() -> None:
    at = app("""
        import streamlit as st
        ss = st.session_state
        ss.a = 1
        ss["$$STREAMLIT_INTERNAL_KEY_hidden"] = 9
        st.button("keyed", key="kb")
        st.button("unkeyed")
        with st.form("f"):
            st.form_submit_button("Go")
        st.text(repr((len(ss), sorted(ss), sorted(ss.to_dict()), ss["$$STREAMLIT_INTERNAL_KEY_hidden"])))
    """)
    visible = ["FormSubmitter:f-Go", "a", "kb"]
    assert at.text[0].value == repr((3, visible, visible, 9))
    assert sorted(at.session_state.keys()) == visible
    assert len(at.session_state) == 3


def test_deleting_while_iterating_is_safe_and_keys_is_a_keys_view() -> None:
    at = app("""
        from collections.abc import KeysView
        import streamlit as st
        for name in "abc":
            st.session_state[name] = name
        for key in st.session_state.keys():
            del st.session_state[key]
        st.write(len(st.session_state), isinstance(st.session_state.keys(), KeysView))
    """)
    assert at.markdown[0].value == "`0` `True`"


def test_clear_deletes_visible_keys_but_not_keyless_widget_state() -> None:
    at = app("""
        import streamlit as st
        from tests.unit.fake_widgets import text_box
        st.session_state.a = 1
        text_box("anonymous")
        text_box("keyed", key="k")
        st.session_state.clear()
        st.write(len(st.session_state))
    """)
    assert at.markdown[0].value == "`0`"
    anonymous = at.get("text_box")[0]
    anonymous.set_value("typed").run()
    assert anonymous.value == "typed"
    assert "k" not in at.session_state


def test_str_and_repr() -> None:
    at = app("""
        import streamlit as st
        st.session_state.a = 1
        st.text(str(st.session_state))
        st.text(repr(st.session_state).split(" object at ")[0])
    """)
    assert at.text[0].value == "{'a': 1}"
    assert at.text[1].value == "<streamlit.runtime.state.session_state_proxy.SessionStateProxy"


def test_method_names_return_methods_and_values_stored_under_them_need_items() -> None:
    at = app("""
        import streamlit as st
        st.session_state.keys = 1
        st.write(callable(st.session_state.keys), st.session_state["keys"], callable(st.session_state.to_dict))
    """)
    assert at.markdown[0].value == "`True` `1` `True`"


def test_reserved_id_prefix_is_rejected_for_every_operation() -> None:
    for statement in (
        'st.session_state["$$ID-x"]',
        'st.session_state["$$ID-x"] = 1',
        'del st.session_state["$$ID-x"]',
        '"$$ID-x" in st.session_state',
        'st.session_state.get("$$ID-x")',
        'st.button("b", key="$$ID-x")',
    ):
        at = app(f"import streamlit as st\n{statement}\n")
        assert at.exception[0].type_name == "streamlit.errors.StreamlitAPIException", statement
        assert at.exception[0].value == "Keys beginning with $$ID are reserved.", statement


def test_empty_key_is_rejected() -> None:
    for statement in ('st.session_state[""] = 1', '"" in st.session_state', 'st.button("b", key="")'):
        at = app(f"import streamlit as st\n{statement}\n")
        assert at.exception[0].type_name == "streamlit.errors.StreamlitValueError", statement
        assert at.exception[0].value == "Invalid `key` value. Supported values: a non-empty string.", statement


def test_values_persist_across_runs_and_are_the_same_object() -> None:
    at = app("""
        import streamlit as st
        if "items" not in st.session_state:
            st.session_state.items_list = []
            st.session_state["items"] = True
        st.session_state.items_list.append(len(st.session_state.items_list))
        st.write(st.session_state.items_list)
    """)
    at.run().run()
    assert at.session_state.items_list == [0, 1, 2]
