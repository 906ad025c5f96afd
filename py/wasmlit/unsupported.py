"""Every name of Streamlit 1.67 that wasmlit does not offer, with the reason, in one table.

A script that uses one gets one clear error naming the feature and saying why, never a
bare ``AttributeError``. Commands and objects still exist (``st.pills``,
``st.sidebar.pills``, ``streamlit.components.v2.component``, ``st.context``), so imports and
``hasattr`` behave as in Streamlit and the error comes when the script calls or reads
them; the types a module lists (``streamlit.typing.PlotlyState``,
``streamlit.connections.SQLConnection``) raise it when imported.

- ``NOT_YET``: wasmlit will offer it; when a feature lands, delete its entry here (and
  give ``DeltaGenerator`` the real method, which then takes precedence over the stub).
- ``IMPOSSIBLE``: it needs a server, credentials or another process, which a static site
  does not have.

Module paths that cannot work at all (``streamlit.web.server``, ...) are in
``IMPOSSIBLE_MODULES``; ``wasmlit.compat`` raises their error on import.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NoReturn

from wasmlit.errors import StreamlitAPIException

NOT_YET = "not yet"
IMPOSSIBLE = "impossible"

# Set on every stand-in to its table name, so tests can tell a stand-in from the real thing.
MARKER = "__wasmlit_unsupported__"


@dataclass(frozen=True)
class Unsupported:
    kind: str
    reason: str
    # Also a method of every container (st.sidebar.X, st.columns(2)[0].X, ...).
    container_method: bool = False


class UnsupportedFeatureError(StreamlitAPIException, NotImplementedError):
    """A Streamlit feature wasmlit does not offer (yet, or at all in a static site)."""


def _element(reason: str) -> Unsupported:
    return Unsupported(NOT_YET, reason, container_method=True)


_CHART = "the page has no renderer for this chart library"
_WIDGET = "the page has no component for this widget"
_LAYOUT = "the page has no component for this layout element"
_MEDIA = "the page has no PDF viewer"
_ANIMATION = "the page has no animation element"
_COMPONENTS = "components v2 (st.components.v2.component) need a page API wasmlit does not have yet"
_COLUMN_CONFIG = "the grid has no chart, audio, video, JSON, Markdown, multiselect or button cells yet"
_DATA_STATES = "the element that returns this state is missing"
_SERVER = "a wasmlit app is a static site (Python runs in the visitor's browser, with no server)"
_CONNECTIONS = (
    "a connection reads credentials from secrets.toml and talks to a database server, but everything a "
    "static site ships is public and a browser cannot open database connections; ship data files with "
    "the app instead (read them with pandas or the standard library) or call a public HTTP API"
)
_AUTH = (
    "signing in needs a server that completes the OpenID Connect flow and keeps the client secret, and a "
    "static site has none; st.user always says the visitor is not logged in"
)

TABLE: dict[str, Unsupported] = {
    # Element and widget commands (also container methods).
    "st.echarts_chart": _element(_CHART),
    "st.mermaid_chart": _element(_CHART),
    "st.pydeck_chart": _element(_CHART),
    "st.pdf": _element(_MEDIA),
    "st.menu_button": _element(_WIDGET),
    "st.pagination": _element(_WIDGET),
    "st.grid": _element(_LAYOUT),
    "st.skeleton": _element(_LAYOUT),
    "st.balloons": _element(_ANIMATION),
    "st.snow": _element(_ANIMATION),
    # Other st.* commands and objects.
    "st.App": Unsupported(IMPOSSIBLE, f"st.App serves the app with Starlette, and {_SERVER}"),
    "st.connection": Unsupported(IMPOSSIBLE, _CONNECTIONS),
    "st.login": Unsupported(IMPOSSIBLE, _AUTH),
    "st.logout": Unsupported(IMPOSSIBLE, _AUTH),
    # Names inside modules apps import.
    **{
        f"streamlit.runtime.{name}": Unsupported(IMPOSSIBLE, f"there is no Streamlit server runtime, since {_SERVER}")
        for name in ("get_instance", "Runtime", "RuntimeConfig", "RuntimeState", "SessionClient")
    },
    **{
        f"streamlit.runtime.scriptrunner.{name}": Unsupported(
            IMPOSSIBLE, "wasmlit runs the script itself and sends no protobuf messages (ForwardMsg)"
        )
        for name in ("ScriptRunner", "ScriptRunnerEvent", "enqueue_message")
    },
    "st.components.v2.component": Unsupported(NOT_YET, _COMPONENTS),
    **{
        f"st.column_config.{name}": Unsupported(NOT_YET, _COLUMN_CONFIG)
        for name in (
            "AreaChartColumn",
            "AudioColumn",
            "BarChartColumn",
            "ButtonColumn",
            "JsonColumn",
            "LineChartColumn",
            "MarkdownColumn",
            "MultiselectColumn",
            "VideoColumn",
        )
    },
    **{
        f"st.typing.{name}": Unsupported(NOT_YET, _DATA_STATES)
        for name in (
            "ButtonColumnClickState",
            "EChartsState",
            "PlotlyState",
            "PydeckState",
            "VegaLiteState",
        )
    },
    **{
        f"streamlit.connections.{name}": Unsupported(IMPOSSIBLE, _CONNECTIONS)
        for name in (
            "BaseConnection",
            "ExperimentalBaseConnection",
            "SQLConnection",
            "SnowflakeCallersRightsConnection",
            "SnowflakeConnection",
        )
    },
}

# Module paths that exist in Streamlit 1.67 but cannot work without a server; importing
# one (or anything under it) raises ModuleNotFoundError with this reason.
IMPOSSIBLE_MODULES: dict[str, str] = {
    "streamlit.web": f"Streamlit's web server, command line and bootstrap cannot run here: {_SERVER}",
    "streamlit.starlette": f"the Starlette integration serves the app: {_SERVER}",
    "streamlit.runtime.app_session": f"it is a session of Streamlit's server: {_SERVER}",
    "streamlit.runtime.runtime": f"it is Streamlit's server runtime: {_SERVER}",
    "streamlit.runtime.session_manager": f"it manages the sessions of Streamlit's server: {_SERVER}",
    "streamlit.runtime.websocket_session_manager": f"it manages Streamlit's websocket sessions: {_SERVER}",
    "streamlit.runtime.connection_factory": _CONNECTIONS,
    "streamlit.watcher": f"it watches the script's files to rerun on save: {_SERVER}",
    "streamlit.hello": "`streamlit hello` is Streamlit's demo app, started from its command line",
    "streamlit.proto": "wasmlit's page and Python exchange JSON messages, not Streamlit's protobuf ones",
}


def error_for(name: str) -> UnsupportedFeatureError:
    """The error for one table entry, naming the feature and the reason."""
    entry = TABLE[name]
    if entry.kind == IMPOSSIBLE:
        return UnsupportedFeatureError(f"`{name}` cannot work in wasmlit: {entry.reason}.")
    return UnsupportedFeatureError(f"`{name}` is not supported in wasmlit yet: {entry.reason}.")


def module_error(module_path: str) -> ModuleNotFoundError | None:
    """The error for importing a module path that cannot work, or None.

    Its ``name`` stays unset: Python drops a ModuleNotFoundError that names the module
    ``from package import module`` asked for, and would say "cannot import name" instead.
    """
    for prefix, reason in IMPOSSIBLE_MODULES.items():
        if module_path == prefix or module_path.startswith(prefix + "."):
            return ModuleNotFoundError(f"No module named '{module_path}' in wasmlit: {reason}.")
    return None


def command(name: str) -> Callable[..., NoReturn]:
    """A stand-in for a command or class: it exists, and calling it raises the table's error."""
    error_for(name)  # a name missing from the table fails at import, not at the call

    def unsupported_command(*args: Any, **kwargs: Any) -> NoReturn:
        raise error_for(name)

    unsupported_command.__name__ = unsupported_command.__qualname__ = name.rsplit(".", 1)[-1]
    unsupported_command.__doc__ = f"Not available in wasmlit: calling it raises UnsupportedFeatureError ({name})."
    setattr(unsupported_command, MARKER, name)
    return unsupported_command


def container_method(name: str) -> Callable[..., NoReturn]:
    """A stand-in element method for ``DeltaGenerator``; the bound method raises the error."""
    if not TABLE[name].container_method:
        raise ValueError(f"{name} is not a container method")
    return command(name)


class UnsupportedObject:
    """A stand-in for an object such as ``st.context``: reading any attribute raises."""

    def __init__(self, name: str) -> None:
        error_for(name)
        object.__setattr__(self, "_unsupported_name", name)
        object.__setattr__(self, MARKER, name)

    def __getattr__(self, attribute: str) -> NoReturn:
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        raise error_for(object.__getattribute__(self, "_unsupported_name"))

    def __getitem__(self, key: Any) -> NoReturn:
        raise error_for(object.__getattribute__(self, "_unsupported_name"))

    def __repr__(self) -> str:
        return f"<{object.__getattribute__(self, '_unsupported_name')}: not available in wasmlit>"


def module_getattr(module_name: str, prefix: str) -> Callable[[str], Any]:
    """A module ``__getattr__`` raising the table's error for the names listed under ``prefix``.

    The error is not an ``AttributeError``, so ``from module import Name`` shows it
    instead of Python's generic "cannot import name".
    """

    def module_attribute(attribute: str) -> Any:
        name = f"{prefix}.{attribute}"
        if name in TABLE:
            raise error_for(name)
        raise AttributeError(f"module '{module_name}' has no attribute '{attribute}'")

    return module_attribute


def container_method_names() -> list[str]:
    """The element methods every container offers only as a stand-in (``pills``, ...)."""
    return [name.removeprefix("st.") for name, entry in TABLE.items() if entry.container_method]
