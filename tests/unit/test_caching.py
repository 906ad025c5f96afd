"""st.cache_data and st.cache_resource: hits, misses, ttl, max_entries, copies, errors, clear."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

import wasmlit as st
from tests.unit.helpers import app
from wasmlit.caching import storage
from wasmlit.caching.storage import ttl_seconds
from wasmlit.testing import AppTest


@pytest.fixture(autouse=True)
def empty_caches() -> Iterator[None]:
    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(storage, "monotonic", fake)
    return fake


def counting(decorator: str, body: str = "return [x]") -> st.caching.cached_function.CachedFunction:
    namespace: dict[str, object] = {"st": st, "calls": []}
    exec(f"@{decorator}\ndef compute(x, _ignored=None):\n    calls.append(x)\n    {body}\n", namespace)
    return namespace["compute"]  # type: ignore[return-value]


def calls_of(function: object) -> list[object]:
    return function.__wrapped__.__globals__["calls"]  # type: ignore[attr-defined, no-any-return]


def test_a_hit_does_not_run_the_function_and_underscore_arguments_are_not_hashed() -> None:
    compute = counting("st.cache_data")
    assert compute(1) == [1]
    assert compute(1, _ignored=object()) == [1]
    assert compute(2) == [2]
    assert calls_of(compute) == [1, 2]


def test_positional_and_keyword_arguments_name_the_same_entry() -> None:
    compute = counting("st.cache_data")
    compute(1)
    compute(x=1)
    assert calls_of(compute) == [1]


def test_cache_data_returns_copies_and_cache_resource_the_shared_object() -> None:
    data = counting("st.cache_data")
    first = data(1)
    first.append("mutated")
    assert data(1) == [1]
    resource = counting("st.cache_resource")
    shared = resource(1)
    shared.append("mutated")
    assert resource(1) is shared


def test_ttl_expires_entries_by_the_clock(clock: FakeClock) -> None:
    compute = counting("st.cache_data(ttl='1m')")
    compute(1)
    clock.now += 59
    compute(1)
    clock.now += 2
    compute(1)
    assert calls_of(compute) == [1, 1]


def test_max_entries_evicts_the_least_recently_used() -> None:
    compute = counting("st.cache_data(max_entries=2)")
    compute(1)
    compute(2)
    compute(1)  # 1 is now the most recently used
    compute(3)  # evicts 2
    compute(1)
    compute(2)
    assert calls_of(compute) == [1, 2, 3, 2]


def test_exceptions_are_not_cached() -> None:
    namespace: dict[str, object] = {"st": st, "attempts": []}
    exec(
        "@st.cache_data\ndef flaky(x):\n    attempts.append(x)\n    if len(attempts) == 1:\n"
        "        raise ValueError('first time')\n    return x\n",
        namespace,
    )
    flaky = namespace["flaky"]
    with pytest.raises(ValueError, match="first time"):
        flaky(1)  # type: ignore[operator]
    assert flaky(1) == 1  # type: ignore[operator]
    assert flaky(1) == 1  # type: ignore[operator]
    assert namespace["attempts"] == [1, 1]


def test_clear_per_function_per_arguments_and_globally() -> None:
    data = counting("st.cache_data")
    resource = counting("st.cache_resource")
    data(1)
    data(2)
    data.clear(1)
    data(1)
    data(2)
    assert calls_of(data) == [1, 2, 1]
    data.clear()
    data(2)
    resource(1)
    st.cache_resource.clear()
    resource(1)
    st.cache_data.clear()
    data(2)
    assert calls_of(data) == [1, 2, 1, 2, 2]
    assert calls_of(resource) == [1, 1]


def test_validate_rejects_a_stored_resource() -> None:
    resource = counting("st.cache_resource(validate=lambda value: value != [1])")
    resource(1)
    resource(1)
    resource(2)
    resource(2)
    assert calls_of(resource) == [1, 1, 2]


def test_hash_funcs_decide_what_counts_as_the_same_argument() -> None:
    class Connection:
        def __init__(self, name: str) -> None:
            self.name = name

    namespace: dict[str, object] = {"st": st, "calls": [], "Connection": Connection}
    exec(
        "@st.cache_data(hash_funcs={Connection: lambda c: c.name})\n"
        "def query(connection):\n    calls.append(connection.name)\n    return connection.name\n",
        namespace,
    )
    query = namespace["query"]
    query(Connection("a"))  # type: ignore[operator]
    query(Connection("a"))  # type: ignore[operator]
    query(Connection("b"))  # type: ignore[operator]
    assert namespace["calls"] == ["a", "b"]


def test_ttl_strings_and_bad_ones() -> None:
    assert ttl_seconds("1h") == 3600
    assert ttl_seconds("1d2h34m") == 95640
    with pytest.raises(st.errors.StreamlitAPIException) as raised:
        ttl_seconds("abc")
    assert str(raised.value) == (
        "Time string doesn't look right. It should be formatted as `'1d2h34m'` or `2 days`, for example. Got: abc"
    )


def test_cache_survives_reruns_and_shows_no_spinner_afterwards() -> None:
    at = app(
        """
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        @st.cache_data
        def expensive(n):
            st.session_state.runs += 1
            return n * 2
        st.write(expensive(21), st.session_state.runs)
        """
    )
    assert at.markdown[0].value == "`42` `1`"
    at.run()
    assert at.markdown[0].value == "`42` `1`"
    assert [child.type for child in at.main.children.values()] == ["markdown"]


def test_the_spinner_is_sent_while_the_function_runs_and_then_removed() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        @st.cache_data(show_spinner="Crunching numbers")
        def slow():
            return 1
        with st.container(key="box"):
            slow()
            slow()
        """
    )
    sent: list[dict[str, Any]] = []
    forward = at._session.send

    def record(text: str) -> None:
        sent.append(json.loads(text))
        forward(text)

    at._session.send = record
    at.run()
    spinners = [
        (element_id, record["props"])
        for message in sent
        for element_id, record in message.get("elements", {}).items()
        if record["type"] == "cache_spinner"
    ]
    assert spinners == [("main/container0/cache_spinner0", {"text": "Crunching numbers"})]
    assert len(at.container("box")) == 0
    assert "main/container0/cache_spinner0" not in at.page.elements


def test_unhashable_arguments_raise_streamlits_message() -> None:
    at = app(
        """
        import threading
        import streamlit as st
        @st.cache_resource
        def connect(url, *args, **options):
            return url
        connect("db", threading.Lock())
        """
    )
    error = at.exception[0]
    assert error.type_name == "streamlit.runtime.caching.cache_errors.UnhashableParamError"
    assert error.message == (
        "Cannot hash argument '(unnamed)' (of type `_thread.lock`) in 'connect'.\n\n"
        "To address this, you can tell Streamlit not to hash this argument by adding a\n"
        "leading underscore to the argument's name in the function signature:\n\n"
        "```\n@st.cache_resource\ndef connect(_arg, ...):\n    ...\n```"
    )


def test_unpicklable_results_of_cache_data_raise() -> None:
    at = app(
        """
        import threading
        import streamlit as st
        @st.cache_data
        def lock():
            return threading.Lock()
        lock()
        """
    )
    assert at.exception[0].message.startswith("Cannot serialize the return value (of type `_thread.lock`)\n")


def test_a_widget_inside_a_cached_function_shows_cached_widget_warning() -> None:
    at = app(
        """
        import streamlit as st
        @st.cache_data
        def with_widget():
            st.button("inside")
            return 1
        with_widget()
        """
    )
    warning = at.exception[0]
    assert warning.is_warning and warning.type_name == "CachedWidgetWarning"
    assert warning.message.startswith("Your script uses a widget command in a cached function\n")
    assert [button.label for button in at.button] == ["inside"]


def test_elements_drawn_on_a_miss_are_drawn_again_on_a_hit() -> None:
    at = app(
        """
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        @st.cache_data
        def load():
            st.session_state.runs += 1
            st.write("loaded")
            st.sidebar.caption("from the cache")
            with st.expander("Details"):
                st.write("inside")
            return 1
        with st.container(key="box"):
            load()
        st.write("after")
        """
    )
    first = [(element.type, element.value) for element in at.main]
    at.run()
    assert at.session_state["runs"] == 1
    assert [(element.type, element.value) for element in at.main] == first
    assert [element.value for element in at.container("box").markdown] == ["loaded", "inside"]
    assert at.expander[0].markdown[0].value == "inside"
    assert [element.value for element in at.sidebar.caption] == ["from the cache"]
