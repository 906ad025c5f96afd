"""Headless testing of wasmlit (and Streamlit) apps: ``from wasmlit.testing import AppTest``."""

from wasmlit.testing.apptest import AppTest

__all__ = ["AppTest"]
