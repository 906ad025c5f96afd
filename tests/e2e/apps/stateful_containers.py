import streamlit as st

st.session_state.setdefault("changes", 0)


def count_change():
    st.session_state.changes += 1


details = st.expander("Details", key="details", on_change=count_change)
with details:
    st.write("Inside the details")
tabs = st.tabs(["Alpha", "Beta"], key="tab", on_change="rerun")
tabs[1].write("Beta contents")
st.write(f"open={details.open} tab={st.session_state.tab} changes={st.session_state.changes}")
