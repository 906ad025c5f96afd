"""The one error type a build step raises: a clear paragraph, printed without a traceback."""

from __future__ import annotations


class BuildError(Exception):
    """A problem with the input or the machine that the user can fix."""
