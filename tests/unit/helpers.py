"""Small helpers shared by the unit tests."""

from __future__ import annotations

import textwrap

from wasmlit.testing import AppTest


def app(script: str, **options: object) -> AppTest:
    """An AppTest for an inline script, already run once."""
    return AppTest.from_string(textwrap.dedent(script), **options).run()
