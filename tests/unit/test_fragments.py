"""st.fragment: full runs, fragment runs, rerun scopes, Session State and errors
(docs/semantics.md 1.4). Expected values were seen with Streamlit 1.67's AppTest where it
can show them (full runs, keyed reruns), and follow its source for what only a browser
sends (a fragment's own rerun)."""

from __future__ import annotations

import json

from tests.unit.fragment_helpers import fragment_ids, recorded_messages, run_as_page, tick
from tests.unit.helpers import app

COUNTERS = """
import streamlit as st
st.session_state.setdefault("full", 0)
st.session_state.setdefault("frag", 0)
st.session_state.full += 1
st.write("before")

@st.fragment
def counter():
    st.session_state.frag += 1
    st.button("in fragment", key="inside")
    st.write(f"fragment ran {st.session_state.frag}")

counter()
st.write(f"app ran {st.session_state.full}")
st.button("outside", key="outside")
"""


def runs(at) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    return at.session_state.full, at.session_state.frag


def test_a_full_run_runs_the_fragment_in_a_container_where_it_is_called() -> None:
    at = app(COUNTERS)
    first = at.main.children[1]
    assert first.type == "flex_container"
    assert [element.value for element in first.children.values()][1:] == ["fragment ran 1"]
    assert [m.value for m in at.markdown] == ["before", "fragment ran 1", "app ran 1"]


def test_apptest_reruns_the_whole_app_for_a_fragment_widget_as_streamlit_apptest_does() -> None:
    at = app(COUNTERS)
    at.button(key="inside").click().run()
    assert runs(at) == (2, 2)


def test_a_fragment_widget_reruns_only_the_fragment_and_the_page_keeps_the_rest() -> None:
    at = app(COUNTERS)
    at.button(key="inside").click()
    run_as_page(at)
    assert runs(at) == (1, 2)
    assert [m.value for m in at.markdown] == ["before", "fragment ran 2", "app ran 1"]
    assert at.button(key="inside").value is True


def test_a_fragment_run_sends_only_the_fragment_s_elements() -> None:
    at = app(COUNTERS)
    messages = recorded_messages(at)
    at.button(key="inside").click()
    run_as_page(at)
    finished = [message for message in messages if message["type"] == "run_finished"][-1]
    container = at.main.children[1].id
    assert finished["elements"], "the fragment's changed text is sent"
    assert all(element_id.startswith(container) for element_id in finished["elements"])
    assert set(finished["blocks"]) <= {container}


def test_a_widget_outside_the_fragment_still_reruns_the_whole_app() -> None:
    at = app(COUNTERS)
    at.button(key="outside").click()
    run_as_page(at)
    assert runs(at) == (2, 2)


STALE = """
import streamlit as st
st.session_state.setdefault("show", True)
st.text_input("outside", key="out")

@st.fragment
def part():
    if st.session_state.show:
        st.text_input("inner", key="inner")
    st.checkbox("hide inner", key="hide", on_change=lambda: st.session_state.update(show=False))

part()
"""


def test_a_fragment_run_cleans_only_its_own_widgets_that_did_not_render() -> None:
    at = app(STALE)
    at.text_input(key="out").input("O").run()
    at.text_input(key="inner").input("I")
    run_as_page(at)
    at.checkbox(key="hide").check()
    run_as_page(at)
    assert at.session_state.out == "O"
    assert "inner" not in at.session_state
    assert at.text_input(key="out").value == "O"


CALLBACKS = """
import streamlit as st
st.session_state.setdefault("log", [])
st.session_state.setdefault("full", 0)
st.session_state.full += 1

def note(*args, **kwargs):
    st.session_state.log.append((args, kwargs, st.session_state.get("name")))

@st.fragment
def form_part():
    st.text_input("name", key="name", on_change=note, args=("changed",), kwargs={"by": "user"})
    st.button("ping", key="ping", on_click=note, args=(1, 2), kwargs={"x": 3})

form_part()
"""


def test_callbacks_of_fragment_widgets_get_their_args_and_kwargs_and_the_new_values() -> None:
    at = app(CALLBACKS)
    at.text_input(key="name").input("Ada")
    run_as_page(at)
    at.button(key="ping").click()
    run_as_page(at)
    assert at.session_state.log == [(("changed",), {"by": "user"}, "Ada"), ((1, 2), {"x": 3}, "Ada")]
    assert at.session_state.full == 1


FORM = """
import streamlit as st
st.session_state.setdefault("full", 0)
st.session_state.full += 1

@st.fragment
def order():
    with st.form("order"):
        st.text_input("item", key="item")
        submitted = st.form_submit_button("Order", on_click=lambda: st.session_state.update(got=st.session_state.item))
    st.write(f"submitted {submitted} {st.session_state.get('got')}")

order()
"""


def test_a_form_in_a_fragment_submits_with_a_fragment_run() -> None:
    at = app(FORM)
    at.text_input(key="item").input("tea")
    at.button[0].click()
    run_as_page(at)
    assert at.session_state.full == 1
    assert at.markdown[0].value == "submitted True tea"


RERUNS = """
import streamlit as st
st.session_state.setdefault("full", 0)
st.session_state.setdefault("frag", 0)
st.session_state.full += 1

@st.fragment
def part():
    st.session_state.frag += 1
    if st.button("app", key="app"):
        st.rerun()
    if st.button("again", key="again") and st.session_state.frag < 4:
        st.rerun(scope="fragment")

part()
"""


def test_st_rerun_in_a_fragment_run_reruns_the_whole_app() -> None:
    at = app(RERUNS)
    at.button(key="app").click()
    run_as_page(at)
    assert runs(at) == (2, 3)


def test_st_rerun_scope_fragment_in_a_fragment_run_reruns_the_fragment_alone() -> None:
    at = app(RERUNS)
    at.button(key="again").click()
    run_as_page(at)
    assert runs(at) == (1, 3)
    assert at.page.script_runs == 2


SCOPE_FRAGMENT_ERROR = (
    'scope="fragment" can only be specified from `@st.fragment`-decorated functions during fragment reruns.'
)


def test_scope_fragment_during_a_full_run_is_an_error_shown_in_the_fragment() -> None:
    at = app("""
        import streamlit as st
        @st.fragment
        def part():
            st.rerun(scope="fragment")
        part()
        st.write("after")
    """)
    assert at.exception[0].value == SCOPE_FRAGMENT_ERROR
    assert at.exception[0].type_name == "streamlit.errors.StreamlitInvalidLayoutContextError"
    assert [child.type for child in at.main.children.values()] == ["flex_container"]


def test_scope_fragment_outside_a_fragment_is_an_error() -> None:
    at = app("""
        import streamlit as st
        st.rerun(scope="fragment")
    """)
    assert at.exception[0].value == SCOPE_FRAGMENT_ERROR


KEYED = """
import streamlit as st
st.session_state.setdefault("full", 0)
st.session_state.setdefault("frag", 0)
st.session_state.full += 1

@st.fragment(key="charts")
def charts():
    st.session_state.frag += 1
    clicked = st.button("refresh", key="refresh", on_click=lambda: st.rerun("charts"))
    st.write(f"charts ran {st.session_state.frag}, clicked {clicked}")

charts()
st.write(f"app ran {st.session_state.full}")
st.button("outside", key="outside", on_click=lambda: st.rerun("charts"))
st.button("mixed", key="mixed", on_click=lambda: st.rerun(["charts"]))
st.button("plain", key="plain", on_click=lambda: None)
"""


def test_a_keyed_rerun_from_a_callback_reruns_only_that_fragment() -> None:
    at = app(KEYED)
    at.button(key="outside").click().run()
    assert runs(at) == (1, 2)
    assert [m.value for m in at.markdown] == ["charts ran 2, clicked False", "app ran 1"]


def test_a_keyed_rerun_still_sees_the_click_whose_callback_asked_for_it() -> None:
    at = app(KEYED)
    at.button(key="refresh").click().run()
    assert at.markdown[0].value == "charts ran 2, clicked True"
    assert at.session_state.full == 1


def test_a_keyed_rerun_is_only_allowed_from_a_callback() -> None:
    at = app("""
        import streamlit as st
        @st.fragment(key="k")
        def part():
            st.write("x")
        part()
        st.rerun("k")
    """)
    assert at.exception[0].value == (
        "Passing a fragment key to `st.rerun()` is only allowed from a widget callback (e.g. `on_change` / "
        "`on_click`). Calling it from the main script body or a fragment body would abort the current run. If you "
        "meant to rerun the whole app or the current fragment, use `scope='app'` or `scope='fragment'`."
    )


def test_an_unknown_fragment_key_is_an_error() -> None:
    at = app("""
        import streamlit as st
        st.button("go", on_click=lambda: st.rerun("nope"))
    """)
    at.button[0].click().run()
    assert at.exception[0].value == (
        "No fragment found for target 'nope'. Pass the same `key` you set on `@st.fragment(key=...)`, and make "
        "sure that fragment has rendered at least once."
    )


def test_rerun_scope_values_are_checked_as_streamlit_checks_them() -> None:
    cases = {
        'st.rerun(scope="")': "Invalid `scope` value. Supported values: 'app', 'fragment', a fragment key, a list "
        "of keys. Got an empty string.",
        "st.rerun(scope=[])": "Invalid `scope` value. Supported values: 'app', 'fragment', a fragment key, a list "
        "of keys. Got an empty list.",
        "st.rerun(scope=b'x')": "Invalid `scope` type. Expected one of: str, int, list[str | int]. Provided type: "
        "bytes.",
        'st.rerun(scope=["a", 1.5])': "Invalid `scope list items` type. Expected one of: str, int. Provided type: "
        "float.",
        'st.rerun(scope=["app"])': "Invalid `scope` value. Supported values: fragment keys. 'app' is a reserved "
        "scope name and cannot appear inside a list. Pass 'app' directly as a string.",
    }
    for call, message in cases.items():
        at = app(f"import streamlit as st\n{call}\n")
        assert at.exception[0].value == message, call


def test_fragment_keys_are_checked() -> None:
    reserved = app("""
        import streamlit as st
        @st.fragment(key="app")
        def part():
            pass
    """)
    assert reserved.exception[0].value == (
        "`app` is a reserved name and cannot be used as a fragment key, because `st.rerun(scope=...)` reads it as "
        "a rerun level. Choose a different key for `@st.fragment(key=...)`."
    )
    duplicate = app("""
        import streamlit as st
        @st.fragment(key="k")
        def one():
            st.write("a")
        @st.fragment(key="k")
        def two():
            st.write("b")
        one()
        two()
    """)
    assert duplicate.exception[0].value == (
        "There are multiple elements with the same `key='k'`. To fix this, please make sure that the `key` "
        "argument is unique for each element you create."
    )
    twice = app("""
        import streamlit as st
        @st.fragment(key="k")
        def one():
            st.write("a")
        one()
        one()
    """)
    assert not twice.exception
    assert [m.value for m in twice.markdown] == ["a", "a"]


TICKING = """
import streamlit as st
st.session_state.setdefault("full", 0)
st.session_state.setdefault("frag", 0)
st.session_state.full += 1

@st.fragment(run_every="2s")
def clock():
    st.session_state.frag += 1
    st.write(f"tick {st.session_state.frag}")

if st.checkbox("on", value=True, key="on"):
    clock()
"""


def test_run_every_puts_its_interval_on_the_container_and_a_tick_reruns_the_fragment() -> None:
    at = app(TICKING)
    assert at.container[0].props["runEvery"] == 2.0
    tick(at, fragment_ids(at)[0])
    assert runs(at) == (1, 2)
    assert at.markdown[0].value == "tick 2"


def test_a_tick_for_a_fragment_that_left_the_page_changes_nothing() -> None:
    at = app(TICKING)
    gone = fragment_ids(at)[0]
    at.checkbox(key="on").uncheck().run()
    tick(at, gone)
    assert runs(at) == (2, 1)
    assert at.status == "completed"
    assert not at.markdown


def test_run_every_must_be_a_duration() -> None:
    at = app("""
        import streamlit as st
        @st.fragment(run_every="nonsense")
        def part():
            st.write("x")
        part()
    """)
    assert at.exception[0].value == (
        "Time string doesn't look right. It should be formatted as `'1d2h34m'` or `2 days`, for example. Got: nonsense"
    )
    assert not at.container


ERRORS = """
import streamlit as st
st.session_state.setdefault("fail", False)

@st.fragment
def part():
    st.write("inside")
    st.checkbox("fail", key="fail")
    if st.session_state.fail:
        raise ValueError("boom")

part()
st.write("after")
"""


def test_an_error_in_a_fragment_shows_in_its_container_and_ends_a_full_run() -> None:
    at = app(ERRORS)
    at.checkbox(key="fail").check().run()
    container = at.main.children[0]
    assert [child.type for child in container.children.values()] == ["markdown", "checkbox", "exception"]
    assert at.exception[0].value == "boom"
    assert [m.value for m in at.markdown] == ["inside"]


def test_an_error_in_a_fragment_run_stays_in_the_fragment() -> None:
    at = app(ERRORS)
    at.checkbox(key="fail").check()
    run_as_page(at)
    assert at.exception[0].value == "boom"
    assert [m.value for m in at.markdown] == ["inside", "after"]
    assert at.status == "completed"


def test_an_error_in_a_nested_fragment_shows_in_both_containers_as_in_streamlit() -> None:
    at = app("""
        import streamlit as st
        @st.fragment
        def outer():
            st.write("outer")
            inner()
            st.write("after inner")
        @st.fragment
        def inner():
            raise ValueError("boom")
        outer()
    """)
    assert [e.value for e in at.exception] == ["boom", "boom"]
    outer = at.main.children[0]
    assert [child.type for child in outer.children.values()] == ["markdown", "flex_container", "exception"]


SIDEBAR = """
import streamlit as st
st.session_state.setdefault("n", 0)
st.sidebar.write("main side before")

@st.fragment
def part():
    st.session_state.n += 1
    st.sidebar.write(f"fragment side {st.session_state.n}")
    st.button("again", key="again")

part()
st.sidebar.write("main side after")
"""


def test_a_fragment_run_replaces_its_sidebar_writes_in_place() -> None:
    at = app(SIDEBAR)
    assert [m.value for m in at.sidebar.markdown] == ["main side before", "fragment side 1", "main side after"]
    at.button(key="again").click()
    run_as_page(at)
    assert [m.value for m in at.sidebar.markdown] == ["main side before", "fragment side 2", "main side after"]
    assert [child.type for child in at.sidebar.children.values()] == ["markdown", "transparent", "markdown"]


OUTSIDE = """
import streamlit as st
st.session_state.setdefault("n", 0)
box = st.container()
slot = st.empty()

@st.fragment
def part():
    st.session_state.n += 1
    if st.session_state.n > 1:
        box.write("late")
    slot.write(f"slot {st.session_state.n}")
    st.button("again", key="again")

part()
"""


def test_writing_outside_only_in_a_fragment_run_is_an_error() -> None:
    at = app(OUTSIDE)
    at.button(key="again").click()
    run_as_page(at)
    assert at.exception[0].value.startswith(
        "A fragment tried to write to a container created outside it, but the fragment did not write to that "
        "container during the last full app run"
    )


def test_an_empty_created_outside_and_filled_by_the_fragment_is_updated_in_place() -> None:
    at = app(OUTSIDE.replace("if st.session_state.n > 1:", "if False:"))
    assert at.markdown[0].value == "slot 1"
    for _ in range(2):
        at.button(key="again").click()
        run_as_page(at)
    assert [m.value for m in at.markdown] == ["slot 3"]
    assert [child.type for child in at.main.children.values()] == ["flex_container", "transparent", "flex_container"]
    assert not at.exception


def test_events_queued_during_a_fragment_run_are_applied_in_order() -> None:
    at = app(COUNTERS)
    inside, outside = at.button(key="inside").id, at.button(key="outside").id
    fragment = fragment_ids(at)[0]
    message = {
        "type": "rerun",
        "requests": [
            {"values": {}, "trigger": inside, "fragments": [fragment]},
            {"values": {}, "trigger": outside},
            {"values": {}, "trigger": inside, "fragments": [fragment]},
        ],
    }
    at.session.handle(json.dumps(message))
    assert runs(at) == (2, 4)
    assert at.page.last_status == "completed"


PARALLEL = """
import streamlit as st
@st.dialog("x")
def dialog():
    st.write("d")

@st.fragment(parallel=True)
def failing():
    st.write("p")
    raise ValueError("boom")

@st.fragment(parallel=True)
def opens_dialog():
    dialog()

@st.fragment(parallel=True)
def writes_sidebar():
    st.sidebar.write("side")

failing()
opens_dialog()
writes_sidebar()
st.write("after")
"""


def test_parallel_fragments_run_with_the_rules_of_streamlit_s_parallel_workers() -> None:
    at = app(PARALLEL)
    assert [e.value for e in at.exception] == [
        "boom",
        "`@st.dialog` cannot be called from a parallel fragment during the initial page load, because parallel "
        "fragments run concurrently on separate threads where `@st.dialog` is not safe.\n\nTo fix this, gate the "
        "call behind a widget interaction (e.g., `if st.button(...):`) so it runs during a sequential fragment "
        "rerun instead.",
        "Writing to a container created outside a parallel fragment, including `st.sidebar` and `st.bottom`, is "
        "not supported on a full app run or a later fragment rerun.\n\nTo fix this, move the element inside the "
        "fragment body.",
    ]
    assert at.markdown[-1].value == "after"
    assert not at.sidebar.children


def test_a_callback_of_a_fragment_widget_that_draws_is_warned_about() -> None:
    at = app("""
        import streamlit as st
        @st.fragment
        def part():
            st.button("draw", key="draw", on_click=lambda: st.write("from callback"))
        part()
    """)
    at.button(key="draw").click()
    run_as_page(at)
    assert (
        "warn",
        "Warning: A fragment rerun was triggered with a callback that displays one or more elements. During a "
        "fragment rerun, within a callback, displaying elements is not officially supported because those elements "
        "will replace the existing elements at the top of your app.",
    ) in at.logs


def test_outside_a_run_a_fragment_does_nothing() -> None:
    import wasmlit as st

    calls = []

    @st.fragment
    def part() -> None:
        calls.append(1)

    assert part() is None
    assert calls == []


def test_switch_page_in_a_parallel_fragment_is_refused_and_a_partial_can_be_a_fragment() -> None:
    at = app("""
        import functools
        import streamlit as st

        @st.fragment(parallel=True)
        def leave():
            st.switch_page("elsewhere.py")

        def greet(name):
            st.write(f"hello {name}")

        leave()
        st.fragment(functools.partial(greet, "Ada"))()
    """)
    assert at.exception[0].value.startswith("`st.switch_page` cannot be called from a parallel fragment")
    assert at.markdown[0].value == "hello Ada"
