"""``st.rerun`` and ``st.stop``: control flow as BaseExceptions, like Streamlit's.

``except Exception:`` in a script does not catch them. A stop swallowed by a bare
``except:`` stays pending and fires again at the next yield point; a swallowed rerun is
simply lost (both as Streamlit does).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import dropwhile
from typing import Any, NoReturn

from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from wasmlit.runtime import context


class ScriptControlException(BaseException):
    """Base of the exceptions that steer a run rather than report an error."""


class RerunException(ScriptControlException):
    """``st.rerun()``: the next run is the whole app, or only ``fragment_ids``."""

    def __init__(
        self, rerun_data: Any = None, *, fragment_ids: tuple[str, ...] = (), replay: dict[str, Any] | None = None
    ) -> None:
        super().__init__()
        # Streamlit's takes the next run's RerunData (some apps raise it themselves); wasmlit
        # then reruns the whole app.
        self.rerun_data = rerun_data
        self.fragment_ids = fragment_ids
        # Clicks whose callbacks already ran, given again to the next run (a rerun of
        # named fragments that a callback asked for still sees the click).
        self.replay: dict[str, Any] = replay or {}


class StopException(ScriptControlException):
    pass


_SCOPE_TYPES = ["str", "int", "list[str | int]"]
_SCOPE_VALUES = "'app', 'fragment', a fragment key, a list of keys"


def _normalized_scope(scope: Any) -> str | list[str]:
    """``scope`` checked and normalised as 1.67 does: ints become strings."""
    if isinstance(scope, int) and not isinstance(scope, bool):
        scope = str(scope)
    if isinstance(scope, bytes | bytearray) or not isinstance(scope, str | Sequence):
        raise StreamlitInvalidParameterTypeError("scope", ", ".join(_SCOPE_TYPES), type(scope).__name__)
    if isinstance(scope, str):
        if scope == "":
            raise StreamlitValueError("scope", _SCOPE_VALUES, detail="Got an empty string.")
        return scope
    if len(scope) == 0:
        raise StreamlitValueError("scope", _SCOPE_VALUES, detail="Got an empty list.")
    names: list[str] = []
    for name in scope:
        if isinstance(name, int) and not isinstance(name, bool):
            names.append(str(name))
        elif not isinstance(name, str):
            raise StreamlitInvalidParameterTypeError("scope list items", "str, int", type(name).__name__)
        elif name == "":
            raise StreamlitValueError(
                "scope list items", "non-empty strings or ints", detail="Found an empty string in the list."
            )
        else:
            names.append(name)
    for name in names:
        if name in ("app", "fragment"):
            raise StreamlitValueError(
                "scope",
                "fragment keys",
                detail=f"'{name}' is a reserved scope name and cannot appear inside a list. "
                f"Pass '{name}' directly as a string.",
            )
    return names


def _fragment_queue(scope: str | list[str]) -> tuple[str, ...]:
    """The fragments the next run reruns; empty for the whole app (docs/semantics.md 14.1)."""
    run_context = context.current()
    fragments = run_context.fragments
    if scope == "app":
        return ()
    if scope != "fragment":
        if not run_context.in_callback:
            raise StreamlitAPIException(
                "Passing a fragment key to `st.rerun()` is only allowed from a widget callback "
                "(e.g. `on_change` / `on_click`). Calling it from the main script body or a fragment "
                "body would abort the current run. If you meant to rerun the whole app or the "
                "current fragment, use `scope='app'` or `scope='fragment'`."
            )
        return tuple(fragments.storage.resolve_target(scope))
    # Streamlit refuses even a fragment's own call during a full run: what should run
    # next (the fragment alone, the rest of the script, the app) would be unclear.
    if not fragments.ids_this_run:
        raise StreamlitInvalidLayoutContextError(
            'scope="fragment" can only be specified from `@st.fragment`-decorated functions during fragment reruns.'
        )
    queue = tuple(dropwhile(lambda fragment_id: fragment_id != fragments.current, fragments.ids_this_run))
    if not queue:
        raise RuntimeError("Could not find current_fragment_id in fragment_id_queue. This should never happen.")
    return queue


def rerun(scope: Any = "app") -> NoReturn:
    """Stop this run and start a new one at once (with no new widget values): the whole
    app, the running fragment (``"fragment"``), or fragments named by their keys."""
    raise RerunException(fragment_ids=_fragment_queue(_normalized_scope(scope)))


def stop() -> NoReturn:
    """End this run now; what was drawn so far stays on the page."""
    context.current().stop_requested = True
    raise StopException()
