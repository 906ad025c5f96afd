"""``st.rerun`` and ``st.stop``: control flow as BaseExceptions, like Streamlit's.

``except Exception:`` in a script does not catch them. A stop swallowed by a bare
``except:`` stays pending and fires again at the next yield point; a swallowed rerun is
simply lost (both as Streamlit does).
"""

from __future__ import annotations

from typing import Any, NoReturn

from wasmlit.errors import StreamlitAPIException, StreamlitInvalidLayoutContextError, StreamlitInvalidParameterTypeError
from wasmlit.runtime import context


class ScriptControlException(BaseException):
    """Base of the exceptions that steer a run rather than report an error."""


class RerunException(ScriptControlException):
    def __init__(self, rerun_data: Any = None) -> None:
        # Streamlit's takes the next run's RerunData; wasmlit reruns the same way whatever it says.
        super().__init__()
        self.rerun_data = rerun_data


class StopException(ScriptControlException):
    pass


def rerun(*, scope: Any = "app") -> NoReturn:
    """Stop this run and start a new one at once (with no new widget values)."""
    run_context = context.current()
    if scope == "fragment":
        raise StreamlitInvalidLayoutContextError(
            'scope="fragment" can only be specified from `@st.fragment`-decorated functions during fragment reruns.'
        )
    if scope != "app":
        is_key_list = isinstance(scope, list) and all(isinstance(item, str | int) for item in scope)
        if not isinstance(scope, str | int) and not is_key_list:
            raise StreamlitInvalidParameterTypeError("scope", "str, int, list[str | int]", type(scope).__name__)
        if not run_context.in_callback:
            raise StreamlitAPIException(
                "Passing a fragment key to `st.rerun()` is only allowed from a widget callback "
                "(e.g. `on_change` / `on_click`). Calling it from the main script body or a fragment "
                "body would abort the current run. If you meant to rerun the whole app or the "
                "current fragment, use `scope='app'` or `scope='fragment'`."
            )
    raise RerunException()


def stop() -> NoReturn:
    """End this run now; what was drawn so far stays on the page."""
    context.current().stop_requested = True
    raise StopException()
