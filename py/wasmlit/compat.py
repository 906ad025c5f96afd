"""``import streamlit`` gives the wasmlit module itself, submodules included.

A meta-path finder maps ``streamlit.X`` to ``wasmlit.X`` so there is exactly one module
object per name: ``streamlit.errors.StreamlitAPIException`` *is*
``wasmlit.errors.StreamlitAPIException``, and ``except`` clauses in scripts work.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types
from collections.abc import Sequence

# Streamlit module paths whose wasmlit counterpart has another name.
_RENAMED_MODULES = {
    "streamlit.testing.v1": "wasmlit.testing",
}


def _wasmlit_name(streamlit_name: str) -> str:
    if streamlit_name in _RENAMED_MODULES:
        return _RENAMED_MODULES[streamlit_name]
    return "wasmlit" + streamlit_name[len("streamlit") :]


class _StreamlitAlias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: types.ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != "streamlit" and not fullname.startswith("streamlit."):
            return None
        target_name = _wasmlit_name(fullname)
        try:
            if importlib.util.find_spec(target_name) is None:
                return None
        except ModuleNotFoundError:
            return None
        return importlib.util.spec_from_loader(fullname, self)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        return importlib.import_module(_wasmlit_name(spec.name))

    def exec_module(self, module: types.ModuleType) -> None:
        """The wasmlit module is already executed."""


def install_streamlit_alias() -> None:
    if not any(isinstance(finder, _StreamlitAlias) for finder in sys.meta_path):
        sys.meta_path.insert(0, _StreamlitAlias())
    wasmlit_module = sys.modules["wasmlit"]
    if sys.modules.get("streamlit") is not wasmlit_module:
        for name in [name for name in sys.modules if name == "streamlit" or name.startswith("streamlit.")]:
            del sys.modules[name]
        sys.modules["streamlit"] = wasmlit_module
