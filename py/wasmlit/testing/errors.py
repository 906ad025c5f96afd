"""Errors of the headless test harness itself (not of the app under test)."""

from __future__ import annotations


class AppTestError(Exception):
    """An interaction a browser user could not perform (a disabled widget, ...)."""
