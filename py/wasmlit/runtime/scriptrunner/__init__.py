"""``streamlit.runtime.scriptrunner``: the run context and run-control exceptions.

Streamlit's ``ScriptRunner`` thread and its ForwardMsg queue do not exist in wasmlit:
those names raise the error of ``wasmlit.unsupported``.
"""

from typing import Any as _Any

from wasmlit.commands.execution_control import RerunException as RerunException
from wasmlit.commands.execution_control import StopException as StopException
from wasmlit.runtime.scriptrunner_utils.script_requests import RerunData as RerunData
from wasmlit.runtime.scriptrunner_utils.script_run_context import ScriptRunContext as ScriptRunContext
from wasmlit.runtime.scriptrunner_utils.script_run_context import add_script_run_ctx as add_script_run_ctx
from wasmlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx as get_script_run_ctx
from wasmlit.unsupported import module_getattr as _module_getattr

__getattr__: _Any = _module_getattr("streamlit.runtime.scriptrunner", "streamlit.runtime.scriptrunner")

__all__ = [
    "RerunData",
    "RerunException",
    "ScriptRunContext",
    "StopException",
    "add_script_run_ctx",
    "get_script_run_ctx",
]
