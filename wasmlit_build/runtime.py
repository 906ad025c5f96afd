"""The runtime's pure-Python config rules that the build reuses, loaded from ``py/wasmlit``.

``python build.py`` runs on any CPython, with or without wasmlit installed, so the build
loads the few runtime modules it needs by file instead of importing the ``wasmlit``
package (whose ``__init__`` sets up the whole ``st`` API). Each module loaded here must
import nothing from ``wasmlit``.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType
from typing import TYPE_CHECKING

from wasmlit_build.paths import RUNTIME_SOURCE


def _load_runtime_module(relative_path: str) -> ModuleType:
    name = "wasmlit_build._runtime_" + relative_path.removesuffix(".py").replace("/", "_")
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, RUNTIME_SOURCE / "wasmlit" / relative_path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Registered before it runs: dataclasses look their module up while it is created.
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


if TYPE_CHECKING:
    from wasmlit import config as runtime_config
else:
    runtime_config = _load_runtime_module("config.py")

__all__ = ["runtime_config"]
