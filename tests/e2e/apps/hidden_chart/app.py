# A chart whose command the build cannot see in the source: its library is cached when
# the page first draws it, not on install (the offline test).
import streamlit as st

draw = getattr(st, "line" + "_chart")
draw({"a": [1, 3, 2], "b": [2, 1, 3]})
