"""Helpers for the choice-widget tests: run a script, read its outputs and its error."""

from __future__ import annotations

import textwrap

from wasmlit.testing import AppTest

PRELUDE = "import datetime as dt\nimport streamlit as st\n"


def run(script: str, **options: object) -> AppTest:
    """An AppTest for an inline script (with ``st`` and ``dt`` imported), run once."""
    return AppTest.from_string(PRELUDE + textwrap.dedent(script), **options).run()


def written(at: AppTest) -> list[str]:
    """What the script wrote with ``st.write(repr(...))``, in order."""
    return [element.value for element in at.markdown]


def error(at: AppTest) -> tuple[str, str]:
    """(qualified type, message) of the one exception the run showed."""
    assert len(at.exception) == 1, [element.message for element in at.exception]
    shown = at.exception[0]
    return shown.type_name, shown.message


def api_error(name: str) -> str:
    return f"streamlit.errors.{name}"
