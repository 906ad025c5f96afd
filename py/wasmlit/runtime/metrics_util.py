"""``streamlit.runtime.metrics_util``: wasmlit gathers no usage metrics.

Component libraries decorate their commands with ``gather_metrics``; here it returns the
function unchanged.
"""

from collections.abc import Callable
from typing import Any, TypeVar, overload

F = TypeVar("F", bound=Callable[..., Any])


@overload
def gather_metrics(name: str, func: F) -> F: ...


@overload
def gather_metrics(name: str, func: None = None) -> Callable[[F], F]: ...


def gather_metrics(name: str, func: F | None = None) -> F | Callable[[F], F]:
    """The function itself (used as ``gather_metrics("name", f)`` or ``@gather_metrics("name")``)."""
    if func is not None:
        return func

    def decorator(function: F) -> F:
        return function

    return decorator
