"""``st.cache_data`` and ``st.cache_resource``: decorators that remember results.

A call's key is the hash of its arguments (``hashing.py``); a hit returns the stored
result without running the function. ``cache_data`` stores a pickle and returns a new
copy on every hit (the caller may mutate it); ``cache_resource`` returns the one shared
object, after ``validate`` (if given) accepts it. Exceptions are not cached. What the
function drew on a miss is drawn again on a hit (``replay.py``). Results live for the
tab's life: the worker process holds them.
"""

from __future__ import annotations

import functools
import pickle
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

from wasmlit.caching import hashing, replay
from wasmlit.caching.errors import CACHE_DATA, CACHE_RESOURCE, UnserializableReturnValueError
from wasmlit.caching.spinner import cache_spinner
from wasmlit.caching.storage import MISSING, CacheRegistry, ttl_seconds
from wasmlit.errors import StreamlitValueError

_depth = [0]  # cached functions running right now (one interpreter thread per tab)


def in_cached_function() -> bool:
    """True while the body of a cached function runs (for ``CachedWidgetWarning``)."""
    return _depth[0] > 0


@contextmanager
def _running_cached_function() -> Iterator[None]:
    _depth[0] += 1
    try:
        yield
    finally:
        _depth[0] -= 1


class CachedFunction:
    """What the decorator returns: call it, ``.clear()`` it, use it as a method."""

    def __init__(
        self,
        func: Callable[..., Any],
        *,
        cache_type: str,
        registry: CacheRegistry,
        ttl: float | None,
        max_entries: int | None,
        show_spinner: bool | str,
        hash_funcs: hashing.HashFuncs | None,
        validate: Callable[[Any], bool] | None = None,
    ) -> None:
        functools.update_wrapper(self, func)
        self._func = func
        self._cache_type = cache_type
        self._registry = registry
        self._ttl = ttl
        self._max_entries = max_entries
        self._show_spinner = show_spinner
        self._hash_funcs = hash_funcs
        self._validate = validate
        self._function_key = hashing.function_key(cache_type, func)

    def __repr__(self) -> str:
        return f"<CachedFunc: {self._func}>"

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return self
        return _BoundCachedFunction(self, instance)

    def _store(self) -> Any:
        return self._registry.store_for(self._function_key, self._ttl, self._max_entries)

    def _key(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
        return hashing.value_key(self._cache_type, self._func, args, kwargs, self._hash_funcs)

    def _spinner_text(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
        if isinstance(self._show_spinner, str):
            return self._show_spinner
        if not self._show_spinner:
            return None
        name = getattr(self._func, "__qualname__", "function")
        return f"Running `{name}()`." if not args and not kwargs else f"Running `{name}(...)`."

    def _stored_form(self, value: Any) -> Any:
        if self._cache_type == CACHE_RESOURCE:
            return value
        try:
            return pickle.dumps(value)
        except (pickle.PicklingError, TypeError) as error:
            raise UnserializableReturnValueError(self._func, value) from error

    def _returned_form(self, stored: Any) -> Any:
        return stored if self._cache_type == CACHE_RESOURCE else pickle.loads(stored)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        store = self._store()
        key = self._key(args, kwargs)
        entry = store.get(key)
        if entry is not MISSING:
            stored, drawn = entry
            if self._validate is None or self._validate(stored):
                replay.replay(drawn)
                return self._returned_form(stored)
            store.delete(key)
        message = self._spinner_text(args, kwargs)
        # Only the outermost cached function shows a spinner: the inner ones run inside it.
        spinner = cache_spinner(message) if message is not None and not in_cached_function() else nullcontext()
        before = replay.snapshot()
        with spinner, _running_cached_function():
            value = self._func(*args, **kwargs)
        store.set(key, (self._stored_form(value), replay.record_since(before)))
        return value

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Forget every stored result, or only the one for these arguments."""
        store = self._store()
        if args or kwargs:
            store.delete(self._key(args, kwargs))
        else:
            store.clear()


class _BoundCachedFunction:
    """A cached method: ``self`` takes part in the key unless it is named ``_self``."""

    def __init__(self, cached: CachedFunction, instance: Any) -> None:
        self._cached = cached
        self._instance = instance
        functools.update_wrapper(self, cached)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._cached(self._instance, *args, **kwargs)

    def clear(self, *args: Any, **kwargs: Any) -> None:
        if args or kwargs:
            self._cached.clear(self._instance, *args, **kwargs)
        else:
            self._cached.clear()

    def __repr__(self) -> str:
        return f"<BoundCachedFunc: {self._cached._func} of {self._instance}>"


def _check_common(scope: Any, refresh_mode: Any) -> None:
    if scope not in ("global", "session"):
        raise StreamlitValueError("scope", "'global', 'session'")
    if refresh_mode not in ("foreground", "background"):
        raise StreamlitValueError("refresh_mode", "'foreground', 'background'")


class CacheDataAPI:
    """``st.cache_data``: ``@st.cache_data``, ``@st.cache_data(ttl=...)``, ``st.cache_data.clear()``."""

    def __init__(self) -> None:
        self._registry = CacheRegistry()

    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: Any = None,
        max_entries: int | None = None,
        max_size: Any = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        persist: Any = None,
        hash_funcs: hashing.HashFuncs | None = None,
        scope: str = "global",
        refresh_mode: str = "foreground",
    ) -> Any:
        # The browser has no disk to persist to: "disk" keeps results for the tab's life.
        if persist not in (None, "disk", True, False):
            raise StreamlitValueError("persist", "'disk', None")
        _check_common(scope, refresh_mode)
        seconds = ttl_seconds(ttl)

        def decorate(function: Callable[..., Any]) -> CachedFunction:
            return CachedFunction(
                function,
                cache_type=CACHE_DATA,
                registry=self._registry,
                ttl=seconds,
                max_entries=max_entries,
                show_spinner=show_spinner,
                hash_funcs=hash_funcs,
            )

        return decorate if func is None else decorate(func)

    def clear(self) -> None:
        """Forget every result of every ``st.cache_data`` function."""
        self._registry.clear()


class CacheResourceAPI:
    """``st.cache_resource``: one shared object per argument key."""

    def __init__(self) -> None:
        self._registry = CacheRegistry()

    def __call__(
        self,
        func: Callable[..., Any] | None = None,
        *,
        ttl: Any = None,
        max_entries: int | None = None,
        show_spinner: bool | str = True,
        show_time: bool = False,
        validate: Callable[[Any], bool] | None = None,
        hash_funcs: hashing.HashFuncs | None = None,
        on_release: Callable[[Any], None] | None = None,
        scope: str = "global",
        refresh_mode: str = "foreground",
    ) -> Any:
        _check_common(scope, refresh_mode)
        seconds = ttl_seconds(ttl)

        def decorate(function: Callable[..., Any]) -> CachedFunction:
            return CachedFunction(
                function,
                cache_type=CACHE_RESOURCE,
                registry=self._registry,
                ttl=seconds,
                max_entries=max_entries,
                show_spinner=show_spinner,
                hash_funcs=hash_funcs,
                validate=validate,
            )

        return decorate if func is None else decorate(func)

    def clear(self) -> None:
        """Forget every shared object of every ``st.cache_resource`` function."""
        self._registry.clear()
