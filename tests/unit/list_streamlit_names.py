"""Write Streamlit's public names, as ``tests/unit/streamlit_1_67_names.txt`` holds them.

Run it with the real Streamlit (never wasmlit), in its own virtualenv:

    python3 -m venv /tmp/st167 && /tmp/st167/bin/pip install streamlit==1.67.0
    /tmp/st167/bin/python tests/unit/list_streamlit_names.py > tests/unit/streamlit_1_67_names.txt

``test_namespace.py`` reads the file; regenerate it only when wasmlit moves to another
Streamlit version.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
from typing import Any

# Modules whose every public name is part of the API scripts use.
PUBLIC_MODULES = (
    "streamlit.column_config",
    "streamlit.components.v1",
    "streamlit.components.v2",
    "streamlit.typing",
    "streamlit.connections",
)

# Modules apps and component libraries import names from (test_namespace.APP_IMPORTS).
APP_IMPORT_MODULES = (
    "streamlit.runtime",
    "streamlit.runtime.scriptrunner",
    "streamlit.runtime.scriptrunner_utils.script_run_context",
    "streamlit.runtime.state",
    "streamlit.runtime.uploaded_file_manager",
    "streamlit.runtime.caching",
    "streamlit.runtime.secrets",
    "streamlit.runtime.metrics_util",
    "streamlit.delta_generator",
    "streamlit.navigation.page",
    "streamlit.logger",
    "streamlit.source_util",
    "streamlit.type_util",
    "streamlit.string_util",
    "streamlit.deprecation_util",
    "streamlit.version",
    "streamlit.user_info",
    "streamlit.elements.bottom",
)


def _section(title: str, names: list[str]) -> list[str]:
    return [f"[{title}]", *sorted(set(names)), ""]


def _public_names(module: Any) -> list[str]:
    exported = getattr(module, "__all__", None)
    if exported is not None:
        return list(exported)
    return [name for name in vars(module) if not name.startswith("_") and not inspect.ismodule(vars(module)[name])]


def main() -> None:
    import streamlit
    from streamlit.command_suggestions import public_streamlit_names
    from streamlit.delta_generator import DeltaGenerator

    errors = importlib.import_module("streamlit.errors")
    lines = [
        f"# Streamlit {streamlit.__version__}'s public names, written by tests/unit/list_streamlit_names.py",
        "# (its docstring says how); tests/unit/test_namespace.py checks wasmlit against them.",
        "",
    ]
    lines += _section("st", list(public_streamlit_names(streamlit)))
    lines += _section("DeltaGenerator", [name for name in dir(DeltaGenerator) if not name.startswith("_")])
    lines += _section(
        "streamlit.errors",
        [
            name
            for name, value in vars(errors).items()
            if inspect.isclass(value) and issubclass(value, BaseException) and value.__module__ == "streamlit.errors"
        ],
    )
    for module_name in PUBLIC_MODULES + APP_IMPORT_MODULES:
        lines += _section(module_name, _public_names(importlib.import_module(module_name)))
    modules = [info.name for info in pkgutil.walk_packages(streamlit.__path__, "streamlit.", onerror=lambda _: None)]
    lines += _section("modules", [name for name in modules if ".vendor" not in name])
    sys.stdout.write("\n".join(lines))


if __name__ == "__main__":
    main()
