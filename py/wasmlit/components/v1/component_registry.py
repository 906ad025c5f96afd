"""``declare_component``: a custom component from its built frontend (``path``) or a
server (``url``)."""

from __future__ import annotations

import os
from pathlib import Path
from types import FrameType

from wasmlit.components.v1.custom_component import CustomComponent
from wasmlit.errors import StreamlitAPIException
from wasmlit.runtime import context, log

_registered: dict[str, CustomComponent] = {}


def _module_name(caller: FrameType) -> str:
    """The caller's module; the main script is named after its file, as in Streamlit."""
    name = str(caller.f_globals.get("__name__", "__main__"))
    if name == "__main__":
        name = os.path.splitext(os.path.basename(caller.f_code.co_filename))[0]
    return name


def declare_component(name: str, path: str | Path | None = None, url: str | None = None) -> CustomComponent:
    """Create a custom component; during a run its frontend folder must exist.

    With ``url`` the page loads the component from that address, so the server there must
    be running and reachable from the visitor's browser (a development server is not).
    """
    import inspect

    if isinstance(path, Path):
        path = str(path)
    frame = inspect.currentframe()
    caller = frame.f_back if frame is not None else None
    module_name = _module_name(caller) if caller is not None else "__main__"
    component = CustomComponent(name=f"{module_name}.{name}", path=path, url=url, module_name=module_name)
    if context.active() is not None:
        _register(component)
    return component


def _register(component: CustomComponent) -> None:
    abspath = component.abspath
    if abspath is not None and not os.path.isdir(abspath):
        raise StreamlitAPIException(f"No such component directory: '{abspath}'")
    if component.url:
        log.warn_once(
            f"component-url:{component.url}",
            f"wasmlit: component {component.name} loads from {component.url}; the site needs that "
            "server to be running and reachable from the visitor's browser.",
        )
    existing = _registered.get(component.name)
    _registered[component.name] = component
    if existing is not None and existing != component:
        log.warn(f"{component} overriding previously-registered {existing}")
