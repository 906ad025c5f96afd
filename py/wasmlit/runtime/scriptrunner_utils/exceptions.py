"""``streamlit.runtime.scriptrunner_utils.exceptions``: the run-control exceptions."""

from wasmlit.commands.execution_control import RerunException as RerunException
from wasmlit.commands.execution_control import ScriptControlException as ScriptControlException
from wasmlit.commands.execution_control import StopException as StopException
