"""The run loop: order of operations and what each way of ending a run skips
(docs/semantics.md 1.2, 1.3, 4, 8.2)."""

from __future__ import annotations

from tests.unit.helpers import app

CALLBACK_LOG = """
import streamlit as st
from tests.unit.fake_widgets import text_box
st.session_state.setdefault("log", [])
def note(name):
    st.session_state.log.append((name, st.session_state.get("a"), st.session_state.get("b")))
text_box("a", key="a", on_change=note, args=("a",))
text_box("b", key="b", on_change=note, args=("b",))
st.button("go", on_click=note, args=("go",))
"""


def test_callbacks_run_before_the_body_with_every_new_value_in_state() -> None:
    at = app(CALLBACK_LOG)
    boxes = at.get("text_box")
    boxes[0].set_value("A")
    boxes[1].set_value("B")
    at.button[0].click().run()
    assert at.session_state.log == [("a", "A", "B"), ("b", "A", "B"), ("go", "A", "B")]


def test_callbacks_follow_the_order_widgets_first_appeared_and_the_click_comes_last() -> None:
    at = app("""
        import streamlit as st
        from tests.unit.fake_widgets import text_box
        st.session_state.setdefault("log", [])
        def note(name):
            st.session_state.log.append(name)
        if st.session_state.get("show_late"):
            text_box("late", key="late", on_change=note, args=("late",))
        text_box("a", key="a", on_change=note, args=("a",))
        text_box("b", key="b", on_change=note, args=("b",))
        st.button("go", on_click=note, args=("go",))
        st.session_state.show_late = True
    """)
    at.run()
    late, first, second = at.get("text_box")
    assert (late.key, first.key, second.key) == ("late", "a", "b")
    second.set_value("B")
    late.set_value("L")
    first.set_value("A")
    at.button[0].click().run()
    assert at.session_state.log == ["a", "b", "late", "go"]


def test_only_changed_widgets_fire_and_a_button_fires_on_every_click() -> None:
    at = app(CALLBACK_LOG)
    at.get("text_box")[0].set_value("A")
    at.run()
    at.get("text_box")[0].set_value("A")
    at.run()
    at.button[0].click().run()
    at.button[0].click().run()
    assert [entry[0] for entry in at.session_state.log] == ["a", "go", "go"]


def test_callback_output_goes_to_the_top_of_main_and_is_gone_next_run() -> None:
    at = app("""
        import streamlit as st
        st.title("Body")
        st.button("go", on_click=lambda: st.write("from the callback"))
    """)
    at.button[0].click().run()
    assert [type(element).__name__ for element in at.main.children.values()] == ["Markdown", "Title", "Button"]
    assert at.markdown[0].value == "from the callback"
    at.run()
    assert len(at.markdown) == 0


def test_args_are_captured_when_the_widget_is_rendered() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("count", 0)
        st.session_state.setdefault("seen", [])
        def cb(count_at_render):
            st.session_state.seen.append((count_at_render, st.session_state.count))
        st.button("go", on_click=cb, args=(st.session_state.count,))
        st.session_state.count += 1
    """)
    at.button[0].click().run()
    assert at.session_state.seen == [(0, 1)]


def test_a_changed_widget_fires_even_when_this_run_does_not_render_it() -> None:
    at = app("""
        import streamlit as st
        from tests.unit.fake_widgets import text_box
        st.session_state.setdefault("fired", 0)
        def cb():
            st.session_state.fired += 1
            st.session_state.hide = True
        if not st.session_state.get("hide"):
            text_box("t", on_change=cb)
    """)
    at.get("text_box")[0].set_value("x").run()
    assert at.session_state.fired == 1
    assert len(at.get("text_box")) == 0


def test_disabled_widget_never_fires_and_its_browser_value_is_ignored() -> None:
    at = app("""
        import streamlit as st
        from tests.unit.fake_widgets import text_box
        st.session_state.setdefault("fired", 0)
        def cb():
            st.session_state.fired += 1
        st.write(text_box("t", value="start", on_change=cb, disabled=True))
    """)
    widget = at.get("text_box")[0]
    at.queue_browser_value(widget.id, "forged")
    at.run()
    assert at.session_state.fired == 0
    assert at.markdown[0].value == "start"


# ----- docs/semantics.md 1.3: what each way of ending a run skips ----------------------------

ENDINGS = """
import streamlit as st
from tests.unit.fake_widgets import text_box
go = st.button("go")
if go:
    {ending}
text_box("t", key="k")
"""


def _typed_then_clicked(ending: str) -> tuple[object, str | None]:
    at = app(ENDINGS.format(ending=ending))
    at.get("text_box")[0].set_value("typed").run()
    at.button[0].click().run()
    status = at.status
    at.run()
    return at.session_state["k"], status


def test_rerun_in_the_body_skips_stale_cleanup() -> None:
    value, _ = _typed_then_clicked("st.rerun()")
    assert value == "typed"


def test_stop_skips_stale_cleanup() -> None:
    value, status = _typed_then_clicked("st.stop()")
    assert (value, status) == ("typed", "stopped")


def test_exception_skips_stale_cleanup() -> None:
    value, status = _typed_then_clicked("raise ValueError('x')")
    assert (value, status) == ("typed", "exception")


def test_completed_run_cleans_up_widgets_it_did_not_render() -> None:
    at = app("""
        import streamlit as st
        from tests.unit.fake_widgets import text_box
        if not st.button("go"):
            text_box("t", key="k")
    """)
    at.get("text_box")[0].set_value("typed").run()
    at.button[0].click().run()
    assert "k" not in at.session_state
    at.run()
    assert at.session_state["k"] == ""


def test_stop_keeps_what_was_drawn_before_it() -> None:
    at = app("""
        import streamlit as st
        st.write("Text before stop")
        st.stop()
        st.write("Text after stop")
    """)
    assert [m.value for m in at.markdown] == ["Text before stop"]
    assert at.status == "stopped"


def test_rerun_in_the_body_starts_a_new_run_without_widget_values() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("runs", [])
        clicked = st.button("go")
        st.session_state.runs.append(clicked)
        if clicked:
            st.session_state.assigned = "before rerun"
            st.rerun()
    """)
    at.button[0].click().run()
    assert at.session_state.runs == [False, True, False]
    assert at.session_state.assigned == "before rerun"
    assert at.page.script_runs == 2


def test_rerun_in_a_callback_skips_the_body_loses_its_output_and_the_click() -> None:
    at = app("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        st.session_state.setdefault("other", 0)
        def rerun_now():
            st.write("lost")
            st.session_state.n += 1
            st.rerun()
            st.session_state.n += 100
        b = st.button("go", on_click=rerun_now)
        st.write("body", b, st.session_state.n)
    """)
    at.button[0].click().run()
    assert [m.value for m in at.markdown] == ["body `False` `1`"]
    assert at.page.script_runs == 2


def test_rerun_in_a_callback_lets_the_other_callbacks_run() -> None:
    at = app("""
        import streamlit as st
        from tests.unit.fake_widgets import text_box
        st.session_state.setdefault("log", [])
        def first():
            st.session_state.log.append("first")
            st.rerun()
        def second():
            st.session_state.log.append("second")
        text_box("a", on_change=first)
        st.button("go", on_click=second)
    """)
    at.get("text_box")[0].set_value("x")
    at.button[0].click().run()
    assert at.session_state.log == ["first", "second"]


def test_stop_in_a_callback_skips_the_rest_but_keeps_its_output() -> None:
    at = app("""
        import streamlit as st
        from tests.unit.fake_widgets import text_box
        st.session_state.setdefault("log", [])
        def stopper():
            st.write("from stopper")
            st.session_state.log.append("stopper")
            st.stop()
        def later():
            st.session_state.log.append("later")
        text_box("a", on_change=stopper)
        st.button("go", on_click=later)
        st.write("body")
    """)
    at.get("text_box")[0].set_value("x")
    at.button[0].click().run()
    assert at.session_state.log == ["stopper"]
    assert [m.value for m in at.markdown] == ["from stopper"]
    assert at.status == "stopped"


def test_exception_in_a_callback_skips_the_rest_and_the_values_stay_applied() -> None:
    at = app("""
        import streamlit as st
        from tests.unit.fake_widgets import text_box
        st.session_state.setdefault("log", [])
        def broken():
            raise RuntimeError("cb failed")
        def later():
            st.session_state.log.append("later")
        text_box("a", key="a", on_change=broken)
        text_box("b", key="b", on_change=later)
        st.write("body")
    """)
    boxes = at.get("text_box")
    boxes[0].set_value("A")
    boxes[1].set_value("B")
    at.run()
    assert at.exception[0].type_name == "RuntimeError"
    assert at.exception[0].value == "cb failed"
    assert [m.value for m in at.markdown] == []
    assert (at.session_state.a, at.session_state.b) == ("A", "B")
    at.run()
    assert at.session_state.log == []
    assert [m.value for m in at.markdown] == ["body"]


def test_a_stop_swallowed_by_a_bare_except_fires_at_the_next_yield_point() -> None:
    at = app("""
        import streamlit as st
        try:
            st.stop()
        except:
            pass
        st.session_state.reached = True
        st.write("never shown")
    """)
    assert at.status == "stopped"
    assert len(at.markdown) == 0
    assert "reached" not in at.session_state


def test_a_swallowed_stop_without_a_later_yield_point_still_stops_the_run() -> None:
    at = app("""
        import streamlit as st
        from tests.unit.fake_widgets import text_box
        if st.button("go"):
            try:
                st.stop()
            except:
                pass
        else:
            text_box("t", key="k")
    """)
    at.get("text_box")[0].set_value("typed").run()
    at.button[0].click().run()
    assert at.status == "stopped"
    assert at.session_state["k"] == "typed", "a stopped run does no stale cleanup"


def test_a_rerun_swallowed_by_a_bare_except_is_lost() -> None:
    at = app("""
        import streamlit as st
        try:
            st.rerun()
        except:
            pass
        st.write("continued")
    """)
    assert [m.value for m in at.markdown] == ["continued"]
    assert at.page.script_runs == 1


def test_except_exception_does_not_catch_rerun_or_stop() -> None:
    at = app("""
        import streamlit as st
        try:
            st.stop()
        except Exception:
            st.write("caught")
    """)
    assert at.status == "stopped"
    assert len(at.markdown) == 0


def test_a_button_is_true_only_in_the_run_its_click_caused() -> None:
    at = app("""
        import streamlit as st
        from tests.unit.fake_widgets import text_box
        clicked = st.button("go", key="go")
        st.write(clicked, st.session_state.go)
        text_box("t")
    """)
    at.button[0].click().run()
    assert at.markdown[0].value == "`True` `True`"
    assert at.button[0].value is True
    at.get("text_box")[0].set_value("other").run()
    assert at.markdown[0].value == "`False` `False`"
    assert at.session_state.go is False
    at.run()
    assert at.markdown[0].value == "`False` `False`"


def test_rerun_scope_errors() -> None:
    fragment = app("import streamlit as st\nst.rerun(scope='fragment')\n")
    assert fragment.exception[0].type_name == "streamlit.errors.StreamlitInvalidLayoutContextError"
    assert fragment.exception[0].value == (
        'scope="fragment" can only be specified from `@st.fragment`-decorated functions during fragment reruns.'
    )
    key = app("import streamlit as st\nst.rerun(scope='some-fragment')\n")
    assert key.exception[0].type_name == "streamlit.errors.StreamlitAPIException"
    assert key.exception[0].value.startswith(
        "Passing a fragment key to `st.rerun()` is only allowed from a widget callback (e.g. `on_change` / `on_click`)."
    )
    assert key.exception[0].value.endswith("use `scope='app'` or `scope='fragment'`.")
    bad_type = app("import streamlit as st\nst.rerun(scope=1.5)\n")
    assert bad_type.exception[0].type_name == "streamlit.errors.StreamlitInvalidParameterTypeError"
    assert bad_type.exception[0].value == (
        "Invalid `scope` type. Expected one of: str, int, list[str | int]. Provided type: float."
    )


def test_experimental_rerun_is_gone_with_streamlits_message() -> None:
    at = app("import streamlit as st\nst.experimental_rerun()\n")
    assert at.exception[0].type_name == "AttributeError"
    assert at.exception[0].value == (
        "module 'streamlit' has no attribute 'experimental_rerun'. "
        "st.experimental_rerun has been removed. Use st.rerun instead."
    )


def test_the_app_keeps_working_after_an_exception() -> None:
    at = app("""
        import streamlit as st
        if st.button("fail"):
            raise ValueError("boom")
        st.write("fine")
    """)
    at.button[0].click().run()
    assert at.exception[0].value == "boom"
    at.run()
    assert len(at.exception) == 0
    assert at.markdown[0].value == "fine"
