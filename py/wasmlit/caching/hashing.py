"""Stable hashes of cached functions and of their arguments.

Python's ``hash()`` changes between processes and does not cover lists or dicts, so
values are turned into bytes by type, recursively (cycles are cut), and digested with
MD5. What cannot be hashed raises ``UnhashableTypeError``; the caller turns it into
Streamlit's ``UnhashableParamError``. As in Streamlit, the last resort for other
objects is their pickle reduction (``__reduce__``), which plain functions, locks and
generators do not have.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import functools
import hashlib
import inspect
import io
import re
import struct
import types
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from wasmlit.caching.errors import UnhashableParamError, UnhashableTypeError, UserHashError, qualified_type_name

HashFuncs = Mapping[Any, Callable[[Any], Any]]
_CYCLE = b"cycle"


class _ValueHasher:
    def __init__(self, hash_funcs: HashFuncs | None, cache_type: str, func: Any) -> None:
        self._hash_funcs = {
            key if isinstance(key, str) else f"{key.__module__}.{key.__qualname__}": value
            for key, value in (hash_funcs or {}).items()
        }
        self._cache_type = cache_type
        self._func = func
        self._in_progress: set[int] = set()

    def to_bytes(self, value: Any) -> bytes:
        if id(value) in self._in_progress:
            return _CYCLE
        self._in_progress.add(id(value))
        try:
            return type(value).__qualname__.encode() + b":" + self._convert(value)
        finally:
            self._in_progress.discard(id(value))

    def _digest(self, parts: Any) -> bytes:
        hasher = hashlib.md5(usedforsecurity=False)
        for part in parts:
            hasher.update(self.to_bytes(part))
        return hasher.digest()

    def _user_hash(self, value: Any) -> bytes | None:
        hash_func = self._hash_funcs.get(qualified_type_name(value))
        if hash_func is None:
            return None
        try:
            replacement = hash_func(value)
        except Exception as error:
            raise UserHashError(error, value, hash_func, self._cache_type, self._func) from error
        return self.to_bytes(replacement)

    def _convert(self, value: Any) -> bytes:
        user_hash = self._user_hash(value) if self._hash_funcs else None
        if user_hash is not None:
            return user_hash
        if value is None or isinstance(value, bool):
            return repr(value).encode()
        if isinstance(value, bytes | bytearray):
            return bytes(value)
        if isinstance(value, str):
            return value.encode()
        if isinstance(value, int):
            return str(value).encode()
        if isinstance(value, float):
            return struct.pack("<d", value)
        if isinstance(value, uuid.UUID):
            return value.bytes
        if isinstance(value, datetime.date | datetime.time | datetime.timedelta):
            return str(value).encode()
        if isinstance(value, list | tuple):
            return self._digest(value)
        if isinstance(value, Mapping | types.MappingProxyType):
            return self._digest(value.items())
        if isinstance(value, set | frozenset):
            return b"".join(sorted(self.to_bytes(item) for item in value))
        if isinstance(value, enum.Enum):
            return str(value).encode()
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return self.to_bytes(dataclasses.asdict(value))
        return self._convert_object(value)

    def _convert_object(self, value: Any) -> bytes:
        if isinstance(value, functools.partial):
            return self._digest((value.func, value.args, value.keywords))
        if isinstance(value, re.Pattern):
            return self._digest((value.pattern, value.flags))
        if isinstance(value, io.StringIO | io.BytesIO):
            return self._digest((value.tell(), value.getvalue()))
        if inspect.ismodule(value) or inspect.isclass(value) or inspect.isbuiltin(value):
            return value.__name__.encode()
        if type(value).__module__ == "numpy" and hasattr(value, "tobytes"):
            return self._digest((getattr(value, "shape", ()), str(getattr(value, "dtype", "")), value.tobytes()))
        try:
            reduced = value.__reduce__()
        except Exception as error:
            raise UnhashableTypeError() from error
        if isinstance(reduced, str):
            return reduced.encode()
        return self._digest(reduced)


def _positional_name(func: Callable[..., Any], index: int) -> str | None:
    """The parameter name of a positional argument; None for ``*args``."""
    try:
        parameters = list(inspect.signature(func).parameters.values())
    except (TypeError, ValueError):
        return None
    if index >= len(parameters):
        return None
    parameter = parameters[index]
    if parameter.kind in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD):
        return None
    return parameter.name


def value_key(
    cache_type: str,
    func: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: Mapping[str, Any],
    hash_funcs: HashFuncs | None,
) -> str:
    """The key of one call's result: every argument not named with a leading underscore."""
    pairs: list[tuple[str | None, Any]] = [(_positional_name(func, index), arg) for index, arg in enumerate(args)]
    pairs.extend(kwargs.items())
    digest = hashlib.md5(usedforsecurity=False)
    for name, value in pairs:
        if name is not None and name.startswith("_"):
            continue
        digest.update(_ValueHasher(None, cache_type, func).to_bytes(name))
        try:
            digest.update(_ValueHasher(hash_funcs, cache_type, func).to_bytes(value))
        except UnhashableTypeError as error:
            raise UnhashableParamError(cache_type, func, name, value) from error
    return digest.hexdigest()


def function_key(cache_type: str, func: Callable[..., Any]) -> str:
    """The same function in every rerun: its module, qualified name and source."""
    try:
        source = inspect.getsource(func)
    except (OSError, TypeError):
        code = getattr(func, "__code__", None)
        source = repr((code.co_code, code.co_consts, code.co_names)) if code is not None else repr(func)
    module = getattr(func, "__module__", None) or ""
    identity = "\x1f".join((cache_type, module, getattr(func, "__qualname__", ""), source))
    return hashlib.md5(identity.encode("utf-8"), usedforsecurity=False).hexdigest()
