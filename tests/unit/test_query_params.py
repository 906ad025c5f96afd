"""st.query_params through the headless harness (docs/semantics.md 10)."""

from __future__ import annotations

from tests.unit.helpers import app
from wasmlit.testing import AppTest

READER = """
import streamlit as st
qp = st.query_params
st.text(f'{qp.get("a")!r} {qp.get_all("a")} {qp.get_all("nope")} {"embed" in qp} {len(qp)} {qp}')
st.text(repr(qp.to_dict()))
"""


def texts(at: AppTest) -> list[str]:
    return [element.value for element in at.text]


def test_params_are_available_on_the_first_run_with_repeated_keys_and_embed_hidden() -> None:
    at = AppTest.from_string(READER)
    at.query_params.update({"a": ["1", "2"], "embed": "true", "e": ""})
    at.run()
    assert texts(at) == [
        "'2' ['1', '2'] [] False 2 {'a': ['1', '2'], 'embed': 'true', 'e': ''}",
        "{'a': '2', 'e': ''}",
    ]


def test_params_are_read_again_from_the_address_at_the_start_of_each_run() -> None:
    at = AppTest.from_string(READER).run()
    assert texts(at)[1] == "{}"
    at.query_params["a"] = "7"
    at.run()
    assert texts(at)[1] == "{'a': '7'}"


def test_missing_keys_raise_streamlits_short_errors() -> None:
    at = app(
        """
        import streamlit as st
        try:
            st.query_params["x"]
        except KeyError as error:
            st.text(f"key {error}")
        try:
            st.query_params.x
        except AttributeError as error:
            st.text(f"attr {error}")
        """
    )
    assert texts(at) == ["key 'st.query_params has no key \"x\".'", 'attr st.query_params has no attribute "x".']


def test_embed_keys_cannot_be_set_and_dict_values_are_rejected() -> None:
    at = app(
        """
        import streamlit as st
        for key, value in [("embed", "x"), ("Embed_Options", "x"), ("d", {"k": 1})]:
            try:
                st.query_params[key] = value
            except Exception as error:
                st.text(f"{type(error).__name__} {error}")
        """
    )
    assert texts(at) == [
        "StreamlitAPIException Query param embed and embed_options (case-insensitive) cannot be set programmatically.",
        "StreamlitAPIException Query param embed and embed_options (case-insensitive) cannot be set programmatically.",
        "StreamlitQueryParamDictValueError Query param value for `d` cannot be set to a dictionary. Provide a string "
        "or iterable of strings instead.",
    ]


def test_writes_stringify_and_update_the_address_without_a_rerun() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        if st.button("set"):
            st.query_params["n"] = 5
            st.query_params["lst"] = [1, 2]
            st.query_params.b = "attr"
        st.text(f"{st.session_state.runs} {st.query_params}")
        """
    ).run()
    at.button[0].click().run()
    assert texts(at) == ["2 {'n': '5', 'lst': ['1', '2'], 'b': 'attr'}"]
    assert at.page.script_runs == 1  # no rerun followed the writes
    assert at.query_params == {"n": "5", "lst": ["1", "2"], "b": "attr"}


def test_clear_from_dict_and_delete_keep_embed_params() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        qp = st.query_params
        if st.button("from_dict"):
            qp.from_dict({"z": "1", "y": ["a", "b"]})
        if st.button("clear"):
            qp.clear()
        if st.button("del"):
            del qp["z"]
        st.text(str(qp))
        """
    )
    at.query_params.update({"embed": "true", "z": "0"})
    at.run()
    at.button[2].click().run()
    assert texts(at) == ["{'embed': 'true'}"]
    at.button[0].click().run()
    assert texts(at) == ["{'embed': 'true', 'z': '1', 'y': ['a', 'b']}"]
    at.button[1].click().run()
    assert texts(at) == ["{'embed': 'true'}"]
    assert at.query_params == {"embed": "true"}


def test_a_write_sends_the_new_query_string_to_the_page_at_once() -> None:
    sent: list[str] = []
    from wasmlit.runtime.session import AppSession

    at = AppTest.from_string('import streamlit as st\nst.query_params["q"] = "a b"\nst.write("after")\n')
    session: AppSession = at._session
    original = session.send

    def record(text: str) -> None:
        sent.append(text)
        original(text)

    session.features.send = record
    at.run()
    kinds = [message.split('"type":"')[1].split('"')[0] for message in sent]
    assert kinds == ["page_info"]
    assert '"queryString":"q=a+b"' in sent[0]
