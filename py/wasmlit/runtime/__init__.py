"""The run engine (sessions, runs, Session State, patches), and ``streamlit.runtime``'s
public functions: ``exists()``, and ``get_instance()`` (no server runtime in a site).

Kept light: every module of the engine imports this package first.
"""

from typing import Any as _Any

from wasmlit.unsupported import command as _command
from wasmlit.unsupported import module_getattr as _module_getattr

get_instance = _command("streamlit.runtime.get_instance")


def exists() -> bool:
    """True while a session runs a script (as under ``streamlit run`` or ``AppTest``); False
    in bare mode (``python app.py``), where Streamlit's commands only draw nothing."""
    from wasmlit.runtime import context

    return context.active() is not None


__getattr__: _Any = _module_getattr("streamlit.runtime", "streamlit.runtime")
