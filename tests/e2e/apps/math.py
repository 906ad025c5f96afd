"""Math: st.latex, inline and display math in Markdown, text that only looks like math, and a TeX error."""

import streamlit as st

st.latex(r"a + ar + ar^2 + \cdots + ar^{n-1} = \sum_{k=0}^{n-1} ar^k")
st.markdown(r"Euler: $e^{i\pi} + 1 = 0$.")
st.markdown("$$\n\\int_0^1 x\\,dx = \\frac{1}{2}\n$$")
st.markdown("`$x$` in code stays code.")
st.markdown(r"Broken: $\frac{1}{$ shows KaTeX's error text.")
st.markdown("Prices $5 and $10 stay text.")
