"""``st.write``, ``st.json`` and ``st.help``: Streamlit's Swiss Army knife (docs/semantics.md 7)."""

from __future__ import annotations

import dataclasses
import inspect
import json
import re
import types
from collections import ChainMap, UserDict, UserList
from collections.abc import ItemsView, KeysView, Mapping, ValuesView
from typing import Any

from wasmlit.catalogue import HELP, JSON_VIEW
from wasmlit.elements.host import SLOT, ElementHost
from wasmlit.elements.table_data import is_dataframe_like
from wasmlit.errors import StreamlitAPIException

_HELP_TYPES = (
    types.BuiltinFunctionType,
    types.BuiltinMethodType,
    types.FunctionType,
    types.MethodType,
    types.ModuleType,
)
_JSON_TYPES = (
    dict,
    list,
    map,
    enumerate,
    types.MappingProxyType,
    UserDict,
    ChainMap,
    UserList,
    ItemsView,
    KeysView,
    ValuesView,
)
_MEMORY_ADDRESS = re.compile(r"^<.* at 0x[0-9a-fA-F]+>$", re.DOTALL)
_ALTAIR_CHART = re.compile(r"^altair\.vegalite\.v\d+\.api\.\w*Chart$")
_GRAPHVIZ_TYPES = (
    "graphviz.dot.Graph",
    "graphviz.dot.Digraph",
    "graphviz.graphs.Graph",
    "graphviz.graphs.Digraph",
    "graphviz.sources.Source",
)


def _type_name(value: Any) -> str:
    return f"{type(value).__module__}.{type(value).__qualname__}"


def _is_plotly_object(value: Any) -> bool:
    return (type(value).__module__ or "").startswith("plotly.graph_objs")


def _is_plotly_figure(value: Any) -> bool:
    """A plotly Figure, a list of plotly traces, or a dict of figure parts holding some."""
    if _type_name(value) == "plotly.graph_objs._figure.Figure":
        return True
    if isinstance(value, list):
        return bool(value) and all(_is_plotly_object(item) for item in value)
    if isinstance(value, dict) and value and all(key in ("config", "data", "frames", "layout") for key in value):
        return any(_is_plotly_object(item) or _is_plotly_figure(item) for item in value.values())
    return False


def chart_command(value: Any) -> str | None:
    """The ``st`` command ``st.write`` draws a chart object with (Streamlit's order)."""
    name = _type_name(value)
    if _ALTAIR_CHART.match(name):
        return "altair_chart"
    if name == "matplotlib.figure.Figure":
        return "pyplot"
    if _is_plotly_figure(value):
        return "plotly_chart"
    if name in _GRAPHVIZ_TYPES:
        return "graphviz_chart"
    return None


def _longest_backtick_run(text: str) -> int:
    return max((len(run) for run in re.findall(r"`+", text)), default=0)


def inline_code(value: Any) -> str:
    """A value as Streamlit's ``st.write`` shows it: inline code, or a fenced block.

    >>> inline_code(1)
    '`1`'
    >>> inline_code("a`b")
    '``a`b``'
    >>> inline_code("x\\ny")
    '```\\nx\\ny\\n```'
    """
    text = str(value)
    if "\n" in text:
        fence = "`" * max(3, _longest_backtick_run(text) + 1)
        return f"{fence}\n{text}\n{fence}"
    fence = "`" * (_longest_backtick_run(text) + 1)
    return f"{fence}{text}{fence}"


def _is_namedtuple(value: Any) -> bool:
    return isinstance(value, tuple) and hasattr(type(value), "_fields")


def _to_jsonable(value: Any) -> Any:
    """Sets become lists; anything JSON cannot hold becomes its ``repr()``."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if value == value and value not in (float("inf"), float("-inf")) else repr(value)
    if _is_namedtuple(value):
        return {field: _to_jsonable(item) for field, item in zip(value._fields, value, strict=False)}
    if isinstance(value, Mapping):
        return {str(key): _to_jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset | KeysView | ValuesView | ItemsView | map | enumerate):
        return [_to_jsonable(item) for item in value]
    return repr(value)


def _is_session_state(value: Any) -> bool:
    from wasmlit.runtime.state.session_state_proxy import SessionStateProxy

    return isinstance(value, SessionStateProxy)


class WriteMixin(ElementHost):
    def json(self, body: Any, *, expanded: bool | int = True, width: Any = "stretch") -> ElementHost:
        """Pretty-printed, collapsible JSON."""
        if _is_session_state(body):
            body = body.to_dict()
        if isinstance(body, str):
            try:
                parsed = json.loads(body)
            except ValueError as error:
                raise StreamlitAPIException(f"The provided JSON string is not valid: {error}") from None
        else:
            parsed = _to_jsonable(body)
        props = {"body": json.dumps(parsed, ensure_ascii=False), "expanded": expanded}
        return self._emit_slot(JSON_VIEW, props)

    def help(self, obj: Any = None, *, width: Any = "stretch") -> ElementHost:
        """Name, signature and docstring of an object."""
        name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None) or ""
        try:
            signature = str(inspect.signature(obj)) if callable(obj) else ""
        except (TypeError, ValueError):
            signature = ""
        props = {
            "name": str(name),
            "signature": signature,
            "type": type(obj).__name__,
            "doc": inspect.getdoc(obj) or "No docs available",
            "value": "" if callable(obj) or inspect.ismodule(obj) else repr(obj),
        }
        return self._emit_slot(HELP, props)

    def write(self, *args: Any, unsafe_allow_html: bool = False) -> None:
        """Write each argument the way Streamlit would: text, JSON, exceptions, help."""
        if len(args) == 1 and isinstance(args[0], str):
            self.markdown(args[0], unsafe_allow_html=unsafe_allow_html)  # type: ignore[attr-defined]
            return
        if self._resolve()._kind == SLOT and len(args) > 1:
            raise StreamlitAPIException(
                "Cannot replace a single element with multiple elements.\n\n"
                "The `write()` method only supports multiple elements when inserting elements "
                "rather than replacing. That is, only when called as `st.write()` or "
                "`st.sidebar.write()`."
            )
        text_parts: list[str] = []

        def flush_text() -> None:
            if text_parts:
                self.markdown(" ".join(text_parts), unsafe_allow_html=unsafe_allow_html)  # type: ignore[attr-defined]
                text_parts.clear()

        for arg in args:
            if isinstance(arg, str):
                text_parts.append(arg)
            elif isinstance(arg, Exception):
                flush_text()
                self.exception(arg)  # type: ignore[attr-defined]
            elif is_dataframe_like(arg):
                flush_text()
                self.dataframe(arg)  # type: ignore[attr-defined]
            elif (command := chart_command(arg)) is not None:
                flush_text()
                getattr(self, command)(arg)
            elif isinstance(arg, _JSON_TYPES) or _is_namedtuple(arg) or _is_session_state(arg):
                flush_text()
                self.json(arg)
            elif inspect.isgenerator(arg) or inspect.isasyncgen(arg) or inspect.isgeneratorfunction(arg):
                flush_text()
                self.write_stream(arg)  # type: ignore[attr-defined]
            elif isinstance(arg, _HELP_TYPES) or dataclasses.is_dataclass(arg) or inspect.isclass(arg):
                flush_text()
                self.help(arg)
            elif callable(getattr(arg, "to_pandas", None)) or callable(getattr(arg, "__dataframe__", None)):
                flush_text()
                self.dataframe(arg)  # type: ignore[attr-defined]
            else:
                text = str(arg)
                if _MEMORY_ADDRESS.match(text):
                    flush_text()
                    self.help(arg)
                else:
                    text_parts.append(inline_code(text))
        flush_text()
