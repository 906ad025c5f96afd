"""``import streamlit`` gives the wasmlit module itself, submodules included.

A meta-path finder maps ``streamlit.X`` to ``wasmlit.X`` so there is exactly one module
object per name: ``streamlit.errors.StreamlitAPIException`` *is*
``wasmlit.errors.StreamlitAPIException``, and ``except`` clauses in scripts work.

A ``streamlit.X`` path with no wasmlit counterpart raises ``ModuleNotFoundError`` naming
the path and saying why: a server-only module (``wasmlit.unsupported.IMPOSSIBLE_MODULES``)
or one wasmlit does not offer.
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
    "streamlit.testing.v1.app_test": "wasmlit.testing.apptest",
}


def _not_offered(streamlit_name: str) -> ModuleNotFoundError:
    from wasmlit.unsupported import module_error

    error = module_error(streamlit_name)
    if error is not None:
        return error
    return ModuleNotFoundError(
        f"No module named '{streamlit_name}' in wasmlit: it offers Streamlit's public API and the module "
        "paths apps import (listed in its README), and this is not one of them."
    )


def _raise_if_impossible(wasmlit_name: str, path: Sequence[str] | None) -> None:
    """``from streamlit.web import cli`` looks for ``wasmlit.web.cli`` (the package's own
    name): a path that cannot work raises its error under that name too."""
    from wasmlit.unsupported import module_error

    error = module_error("streamlit" + wasmlit_name[len("wasmlit") :])
    if error is not None and importlib.machinery.PathFinder.find_spec(wasmlit_name, path) is None:
        raise error


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
        if fullname.startswith("wasmlit."):
            _raise_if_impossible(fullname, path)
            return None
        if fullname != "streamlit" and not fullname.startswith("streamlit."):
            return None
        target_name = _wasmlit_name(fullname)
        try:
            found = importlib.util.find_spec(target_name)
        except ModuleNotFoundError:
            found = None
        if found is None:
            raise _not_offered(fullname)
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
    _register_shadowed_modules(wasmlit_module)


def _register_shadowed_modules(wasmlit_module: types.ModuleType) -> None:
    """Modules named like an st object (``navigation``, ``query_params``) are registered up
    front as ``streamlit.X``: importing them (or their submodules) later would otherwise make
    Python set ``st.X`` to the module, replacing the command."""
    for name, value in list(vars(wasmlit_module).items()):
        submodule = sys.modules.get(f"wasmlit.{name}")
        if submodule is not None and value is not submodule:
            sys.modules[f"streamlit.{name}"] = submodule
