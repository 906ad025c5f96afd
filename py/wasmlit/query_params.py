"""``st.query_params``: the address bar's query string as a dict-like object (docs/semantics.md 10).

The browser sends its query string with every rerun request, so the params are re-read
at the start of each run. A write changes the address bar at once (a ``page_info``
message; the page adds a history entry, as Streamlit does) without a rerun.
``embed`` and ``embed_options`` are hidden from scripts and cannot be set by them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from typing import Any
from urllib import parse

from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitQueryParamDictValueError
from wasmlit.runtime import context
from wasmlit.runtime.outbox import send_to_page
from wasmlit.runtime.prerender import mark_browser_dependent
from wasmlit.runtime.protocol import PageInfoMessage

QUERY_PARAMS_EXTRA = "query_params"
EMBED_KEYS = ("embed", "embed_options")
_MAX_QUERY_STRING_LENGTH = 512 * 1024
_MAX_FIELDS = 1000


def _hidden(key: str) -> bool:
    return key.lower() in EMBED_KEYS


def parse_query_string(query_string: str) -> dict[str, list[str] | str]:
    """A query string as Streamlit stores it: one value as ``str``, repeated keys as a list.

    >>> parse_query_string("a=1&b=2&b=3&c=")
    {'a': '1', 'b': ['2', '3'], 'c': ''}
    """
    query_string = query_string.lstrip("?")
    if not query_string or len(query_string) > _MAX_QUERY_STRING_LENGTH:
        return {}
    if query_string.count("&") + 1 > _MAX_FIELDS:
        return {}
    parsed = parse.parse_qs(query_string, keep_blank_values=True)
    return {key: values[0] if len(values) == 1 else values for key, values in parsed.items()}


def _store(target: dict[str, list[str] | str], key: str, value: Any) -> None:
    if isinstance(value, dict):
        raise StreamlitQueryParamDictValueError(key)
    if _hidden(key):
        raise StreamlitAPIException(
            "Query param embed and embed_options (case-insensitive) cannot be set programmatically."
        )
    if isinstance(value, Iterable) and not isinstance(value, str):
        target[key] = [str(item) for item in value]
    else:
        target[key] = str(value)


def _pairs(params: Any) -> list[tuple[str, Any]]:
    if hasattr(params, "keys") and hasattr(params, "__getitem__"):
        return [(key, params[key]) for key in list(params.keys())]
    return list(params)


def _bound_error(key: str, verb: str) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"Cannot directly {verb} query parameter '{key}' - it is bound to a widget. Modify the widget value instead."
    )


class QueryParams:
    """One session's query params; every change is reported to the page.

    Also the registry of widgets bound with ``bind="query-params"`` (param -> widget id):
    a bound param cannot be set or deleted through ``st.query_params``
    (``wasmlit.widgets.url_binding`` keeps the widget and its param in step).
    """

    def __init__(self) -> None:
        self._params: dict[str, list[str] | str] = {}
        # The address's params when the run started: what bound widgets are seeded from.
        self._initial: dict[str, list[str]] = {}
        self.bound: dict[str, str] = {}

    def populate(self, query_string: str) -> None:
        """Take the address bar's query string (the start of a run); no message."""
        self._params = parse_query_string(query_string)

    def begin_run(self) -> None:
        """The params as the run starts are the ones bound widgets may take their value from."""
        self._initial = {
            key: list(value) if isinstance(value, list) else [value] for key, value in self._params.items()
        }

    def initial_value(self, key: str) -> str | list[str] | None:
        values = self._initial.get(key)
        if values is None:
            return None
        return values[0] if len(values) == 1 else list(values)

    def has_param(self, key: str) -> bool:
        return key in self._params

    def bind(self, key: str, widget_id: str) -> None:
        if key.lower() in EMBED_KEYS:
            raise StreamlitAPIException(
                f"Cannot bind to reserved query parameter '{key}'. 'embed' and 'embed_options' are used "
                "internally for Streamlit's embed functionality."
            )
        self.bound[key] = widget_id

    def unbind(self, key: str, *, clear: bool) -> None:
        """Forget a binding; ``clear`` also removes its param from the address."""
        if self.bound.pop(key, None) is not None and clear:
            self.remove_param(key)

    def remove_param(self, key: str) -> None:
        """Drop a param without the bound-param check, and tell the page."""
        if key in self._params:
            del self._params[key]
            self._changed()

    def discard_param(self, key: str) -> None:
        """Drop a param the page has already removed from its address (no message)."""
        self._params.pop(key, None)

    def set_bound_value(self, key: str, value: str | list[str]) -> None:
        """Write a bound widget's value into the address, unless it is there already."""
        if self._params.get(key) != value:
            self._params[key] = value
            self._changed()

    def remove_stale_bindings(self, active_widget_ids: set[str]) -> bool:
        """Bound widgets that did not run: their params leave the address. True if one did
        (the caller tells the page: this runs after the run, outside its context)."""
        removed = False
        for key, widget_id in list(self.bound.items()):
            if widget_id in active_widget_ids:
                continue
            del self.bound[key]
            if key in self._params:
                del self._params[key]
                removed = True
        return removed

    def query_string(self) -> str:
        return parse.urlencode(self._params, doseq=True)

    def _changed(self) -> None:
        send_to_page(PageInfoMessage(self.query_string()))

    def __getitem__(self, key: str) -> str:
        if _hidden(key) or key not in self._params:
            raise KeyError(f'st.query_params has no key "{key}".')
        value = self._params[key]
        if isinstance(value, list):
            return value[-1] if value else ""
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        if key in self.bound:
            raise _bound_error(key, "set")
        _store(self._params, key, value)
        self._changed()

    def __delitem__(self, key: str) -> None:
        if _hidden(key):
            raise KeyError(f'st.query_params has no key "{key}".')
        if key in self.bound:
            raise _bound_error(key, "delete")
        if key not in self._params:
            raise KeyError(f'st.query_params has no key "{key}".')
        del self._params[key]
        self._changed()

    def __iter__(self) -> Iterator[str]:
        return iter([key for key in self._params if not _hidden(key)])

    def __len__(self) -> int:
        return sum(1 for key in self._params if not _hidden(key))

    def __str__(self) -> str:
        return str(self._params)

    def get_all(self, key: str) -> list[str]:
        if _hidden(key) or key not in self._params:
            return []
        value = self._params[key]
        return list(value) if isinstance(value, list) else [value]

    def update(self, params: Any = (), /, **keywords: Any) -> None:
        pairs = [*_pairs(params), *keywords.items()]
        for key, _value in pairs:
            if key in self.bound:
                raise _bound_error(key, "set")
        for key, value in pairs:
            _store(self._params, key, value)
        self._changed()

    def _clear_keeping_embed(self) -> None:
        self._params = {key: value for key, value in self._params.items() if _hidden(key)}

    def clear(self) -> None:
        bound = [key for key in self._params if key in self.bound]
        if bound:
            raise StreamlitAPIException(
                "Cannot clear query parameters - the following are bound to widgets: "
                f"{', '.join(repr(key) for key in bound)}. Modify the widget values instead, or remove the bind "
                "parameter."
            )
        self._clear_keeping_embed()
        self._changed()

    def to_dict(self) -> dict[str, str]:
        return {key: self[key] for key in self._params if not _hidden(key)}

    def from_dict(self, params: Any) -> None:
        previous = dict(self._params)
        self._clear_keeping_embed()
        try:
            self.update(params)
        except StreamlitAPIException:
            self._params = previous
            raise


_bare_query_params = QueryParams()


def current_query_params() -> QueryParams:
    found = context.current().extras.get(QUERY_PARAMS_EXTRA)
    return found if isinstance(found, QueryParams) else _bare_query_params


def replace_for_page_switch(query_params: Any) -> None:
    """``st.switch_page``: clear the params (but embed ones), or set exactly the given ones."""
    params = current_query_params()
    if query_params is None:
        params.clear()
    elif isinstance(query_params, Mapping) or (
        isinstance(query_params, Iterable) and not isinstance(query_params, str | bytes)
    ):
        params.from_dict(query_params)
    else:
        raise StreamlitInvalidParameterTypeError(
            "query_params", "mapping, iterable of (key, value) pairs", type(query_params).__name__
        )


def encode_query_params(query_params: Any) -> str:
    """``st.page_link(query_params=...)``: the query string a link carries (repeats accumulate).

    >>> encode_query_params([("a", "1"), ("a", ["2", "3"]), ("b", 4)])
    'a=1&a=2&a=3&b=4'
    """
    collected: dict[str, list[str] | str] = {}
    for key, value in _pairs(query_params):
        if key not in collected:
            _store(collected, key, value)
            continue
        if isinstance(value, dict):
            raise StreamlitQueryParamDictValueError(key)
        current = collected[key]
        merged = list(current) if isinstance(current, list) else [current]
        merged.extend(
            [str(item) for item in value]
            if isinstance(value, Iterable) and not isinstance(value, str)
            else [str(value)]
        )
        collected[key] = merged
    return parse.urlencode(collected, doseq=True)


def _read_query_params() -> QueryParams:
    """The params, for reading: what the script shows then depends on the visitor's address,
    so such a first run must not be pre-rendered at build time."""
    mark_browser_dependent("st.query_params")
    return current_query_params()


class QueryParamsProxy(MutableMapping[str, str]):
    """``st.query_params``: item and attribute access with Streamlit's exact errors."""

    def __getitem__(self, key: str) -> str:
        return _read_query_params()[key]

    def __setitem__(self, key: str, value: Any) -> None:
        current_query_params()[key] = value

    def __delitem__(self, key: str) -> None:
        del current_query_params()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(_read_query_params())

    def __len__(self) -> int:
        return len(_read_query_params())

    def __str__(self) -> str:
        return str(_read_query_params())

    def __getattr__(self, key: str) -> str:
        try:
            return _read_query_params()[key]
        except KeyError:
            raise AttributeError(f'st.query_params has no attribute "{key}".') from None

    def __setattr__(self, key: str, value: Any) -> None:
        current_query_params()[key] = value

    def __delattr__(self, key: str) -> None:
        try:
            del current_query_params()[key]
        except KeyError:
            raise AttributeError(f'st.query_params has no key "{key}".') from None

    def update(self, params: Any = (), /, **keywords: Any) -> None:
        current_query_params().update(params, **keywords)

    def get_all(self, key: str) -> list[str]:
        return _read_query_params().get_all(key)

    def clear(self) -> None:
        current_query_params().clear()

    def to_dict(self) -> dict[str, str]:
        return _read_query_params().to_dict()

    def from_dict(self, params: Any) -> None:
        current_query_params().from_dict(params)
