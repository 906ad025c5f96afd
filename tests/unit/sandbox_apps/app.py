"""An app that tries to leave the build's sandbox (see escapes.py), then shows what it got."""

import json
import pathlib

import escapes
import streamlit as st

params = json.loads((pathlib.Path(__file__).parent / "params.json").read_text())
for goal, outcome in escapes.attempt_all(params):
    st.write(f"{goal}: {outcome}")
