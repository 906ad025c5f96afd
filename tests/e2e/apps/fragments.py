"""Fragment runs in the browser: what they rebuild, events that arrive during one, and a
dialog that may not be dismissed."""

import time

import streamlit as st

st.session_state.setdefault("log", [])
st.session_state.setdefault("app_runs", 0)
st.session_state.app_runs += 1
st.write(f"app runs: {st.session_state.app_runs}")
st.write(f"log: {','.join(st.session_state.log) or 'empty'}")


def note(entry: str) -> None:
    st.session_state.log.append(entry)


@st.fragment
def counter() -> None:
    st.session_state.setdefault("count", 0)
    if st.button("Count", key="count_button"):
        st.session_state.count += 1
    st.write(f"count: {st.session_state.count}")


counter()


@st.fragment
def slow() -> None:
    if st.button("Slow", key="slow_button", on_click=note, args=("slow",)):
        time.sleep(1.5)
    st.write("slow done")


slow()
st.button("Outside", key="outside_button", on_click=note, args=("outside",))


@st.dialog("Confirm", dismissible=False)
def confirm() -> None:
    st.write("You must answer.")
    if st.button("Yes", key="yes"):
        st.session_state.answer = "yes"
        st.rerun()


@st.dialog("Note", on_dismiss="rerun")
def dismissible_note() -> None:
    st.write("Close me.")


if st.button("Ask", key="ask"):
    confirm()
if st.button("Open note", key="open_note"):
    dismissible_note()
st.write(f"answer: {st.session_state.get('answer', 'none')}")
