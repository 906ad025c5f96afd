"""Faults a script can cause, in its body and in a callback (tests/e2e/test_faults.py).

Some end only the run (BaseExceptions Streamlit does not catch, MemoryError), some end
the Python interpreter itself (os._exit, a C-stack overflow): the app must come back
either way, with the Session State of the last completed run."""

import json
import os
import sys

import streamlit as st

st.session_state.setdefault("n", 0)


def deep_list() -> list:
    nested: list = []
    for _ in range(200_000):
        nested = [nested]
    return nested


def recurse(depth: int) -> int:
    return recurse(depth + 1)


def deep_recursion() -> None:
    sys.setrecursionlimit(10**6)
    recurse(0)


def throw(error: BaseException) -> None:
    raise error


FAULTS = {
    "os._exit": lambda: os._exit(1),
    "C stack": lambda: json.dumps(deep_list()),
    "recursion": deep_recursion,
    "BaseException": lambda: throw(BaseException("boom")),
    "GeneratorExit": lambda: throw(GeneratorExit("gone")),
    "SystemExit": lambda: sys.exit(3),
    "KeyboardInterrupt": lambda: throw(KeyboardInterrupt()),
    "MemoryError": lambda: throw(MemoryError()),
}


def count() -> None:
    st.session_state.n += 1


def fault_in_callback(name: str) -> None:
    st.session_state.n += 100  # not in the last completed run's state
    FAULTS[name]()


st.button("Count", on_click=count)
st.write(f"n={st.session_state.n}")
if st.checkbox("Exit at the top of every run"):
    os._exit(2)
fault = st.radio("Fault", list(FAULTS), horizontal=True)
st.button("Fault in callback", on_click=fault_in_callback, args=(fault,))
if st.button("Fault in body"):
    st.session_state.n += 10
    st.write("Drawn before the fault")
    FAULTS[fault]()
st.write("End of the script")
