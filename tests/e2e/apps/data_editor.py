import streamlit as st

st.header("Editor")
fruits = [
    {"name": "apple", "count": 3, "ripe": True},
    {"name": "pear", "count": 5, "ripe": False},
    {"name": "plum", "count": 7, "ripe": True},
]
edited = st.data_editor(
    fruits,
    key="fruits",
    num_rows="dynamic",
    column_config={"count": st.column_config.NumberColumn("Count", min_value=0, max_value=100)},
)
st.text(f"state: {dict(st.session_state.fruits)}")
st.text(f"names: {[row['name'] for row in edited]}")
st.text(f"counts: {[row['count'] for row in edited]}")

big = {"n": list(range(10_000)), "square": [n * n for n in range(10_000)]}
st.dataframe(big, height=300)

picked = st.dataframe(
    {"city": ["Oslo", "Lima", "Pune"], "people": [0.7, 10.9, 7.4]},
    key="cities",
    on_select="rerun",
    selection_mode="multi-row",
)
st.text(f"selected rows: {list(picked.selection.rows)}")
