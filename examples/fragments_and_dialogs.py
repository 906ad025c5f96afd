"""Fragments and dialogs: parts of the page that rerun alone, and a modal.

Move the slider: only the fragment around it reruns, so the app's run count above it
stays put. Turn the clock on: its fragment reruns every second by itself, while the rest
of the page keeps working. "Sign in" opens a dialog; its own widgets rerun only the
dialog, and "Submit" stores the name and closes it with st.rerun().
"""

import streamlit as st

st.title("Fragments and dialogs")

st.session_state.setdefault("app_runs", 0)
st.session_state.app_runs += 1
st.write(f"The whole app ran {st.session_state.app_runs} time(s).")


@st.fragment
def pick_a_number() -> None:
    st.session_state.setdefault("fragment_runs", 0)
    st.session_state.fragment_runs += 1
    number = st.slider("Pick a number", 0, 10, 5, key="number")
    st.write(f"{number} squared is {number * number}.")
    st.caption(f"This fragment ran {st.session_state.fragment_runs} time(s).")
    if st.button("Rerun the whole app"):
        st.rerun()


pick_a_number()


@st.fragment(run_every=1)
def clock() -> None:
    st.session_state.setdefault("ticks", 0)
    st.session_state.ticks += 1
    st.metric("Ticks", st.session_state.ticks)


if st.toggle("Run the clock", key="clock"):
    clock()


@st.dialog("Who are you?")
def sign_in() -> None:
    name = st.text_input("Your name", key="name_input")
    st.caption(f"{len(name)} letters so far.")
    if st.button("Submit", type="primary"):
        st.session_state.name = name
        st.rerun()


if st.button("Sign in"):
    sign_in()
st.write(f"Signed in as {st.session_state.get('name') or 'nobody'}.")
