# Custom components and components.v1.html for tests/e2e/test_components.py. The component
# frontend (counter_frontend/index.html) is hand-written: it speaks Streamlit's component
# protocol with plain postMessage, as streamlit-component-lib does.
import os

import streamlit as st
import streamlit.components.v1 as components

counter = components.declare_component("counter", path=os.path.join(os.path.dirname(__file__), "counter_frontend"))

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
label = st.text_input("Label", "clicks")
clicks = counter(label=label, default=0, key="counter")
st.write(f"clicks={clicks}")
st.write(f"state={st.session_state['counter']}")
st.write(f"runs={st.session_state.runs}")

components.html(
    "<p id='inside'>inside</p><script>document.getElementById('inside').textContent = 'script ran';</script>",
    height=80,
)

st.iframe("<div style='height: 300px; margin: 0'>tall content</div>", alt="Measured")
