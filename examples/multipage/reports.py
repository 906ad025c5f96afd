import streamlit as st

st.title("Reports")
year = st.query_params.get("year", "2025")
st.write(f"Showing the report for **{year}** (from `st.query_params`).")
for option in ("2023", "2024", "2025"):
    if st.button(f"Show {option}", key=f"year-{option}"):
        st.query_params["year"] = option
        st.rerun()
st.write(f"Likes from the home page: {st.session_state.get('likes', 0)}")
