"""The caching errors, with Streamlit 1.67's texts.

Their ``__module__`` names Streamlit's module, because the exception element shows the
qualified class name (``streamlit.runtime.caching.cache_errors.UnhashableParamError``).
"""

from __future__ import annotations

from typing import Any

from wasmlit.errors import MarkdownFormattedException, StreamlitAPIException, StreamlitAPIWarning

CACHE_DATA = "cache_data"
CACHE_RESOURCE = "cache_resource"
CACHE_DOCS_URL = "https://docs.streamlit.io/develop/concepts/architecture/caching"


def qualified_type_name(value: Any) -> str:
    """``_thread.lock``, ``builtins.int``: the module and name of a value's class."""
    value_type = type(value)
    return f"{value_type.__module__}.{value_type.__qualname__}"


def function_name_markdown(func: Any) -> str:
    if hasattr(func, "__name__"):
        return f"`{func.__name__}()`"
    return f"`{type(func).__name__}`"


class UnhashableTypeError(Exception):
    """Internal: a value the argument hasher cannot hash."""


class UnhashableParamError(StreamlitAPIException):
    def __init__(self, cache_type: str, func: Any, arg_name: str | None, arg_value: Any) -> None:
        shown_name = arg_name if arg_name is not None else "(unnamed)"
        replacement = f"_{arg_name}" if arg_name is not None else "_arg"
        func_name = getattr(func, "__name__", "unknown")
        super().__init__(
            f"Cannot hash argument '{shown_name}' (of type `{qualified_type_name(arg_value)}`) in '{func_name}'.\n\n"
            "To address this, you can tell Streamlit not to hash this argument by adding a\n"
            "leading underscore to the argument's name in the function signature:\n\n"
            f"```\n@st.{cache_type}\ndef {func_name}({replacement}, ...):\n    ...\n```"
        )


class UserHashError(StreamlitAPIException):
    def __init__(self, error: BaseException, hashed: Any, hash_func: Any, cache_type: str, func: Any) -> None:
        hash_func_name = function_name_markdown(hash_func)
        super().__init__(
            f"{error}\n\n"
            f"This error is likely due to a bug in {hash_func_name}, which is a\n"
            f"user-defined hash function that was passed into the `@st.{cache_type}` decorator of\n"
            f"{function_name_markdown(func)}.\n\n"
            f"{hash_func_name} failed when hashing an object of type\n"
            f"`{qualified_type_name(hashed)}`.  If you don't know where that object is coming from,\n"
            "try looking at the hash chain below for an object that you do recognize, then\n"
            "pass that to `hash_funcs` instead:\n\n"
            f"```\nObject of type {qualified_type_name(hashed)}: {hashed}\n```\n\n"
            "If you think this is actually a Streamlit bug, please\n"
            "[file a bug report here](https://github.com/streamlit/streamlit/issues/new/choose)."
        )


class UnserializableReturnValueError(MarkdownFormattedException):
    def __init__(self, func: Any, return_value: Any) -> None:
        indent = " " * 12  # Streamlit's text keeps its source indentation
        super().__init__(
            f"Cannot serialize the return value (of type `{qualified_type_name(return_value)}`)\n"
            f"{indent}in {function_name_markdown(func)}. `st.cache_data` uses\n"
            f"{indent}[pickle](https://docs.python.org/3/library/pickle.html) to serialize the\n"
            f"{indent}function's return value and safely store it in the cache\n"
            f"{indent}without mutating the original object. Please convert the return value to a\n"
            f"{indent}pickle-serializable type. If you want to cache unserializable objects such\n"
            f"{indent}as database connections or Tensorflow sessions, use `st.cache_resource`\n"
            f"{indent}instead (see [our docs]({CACHE_DOCS_URL}) for differences)."
        )


class CachedWidgetWarning(StreamlitAPIWarning):
    def __init__(self) -> None:
        super().__init__(
            "\nYour script uses a widget command in a cached function\n"
            "(function decorated with `@st.cache_data` or `@st.cache_resource`).\n"
            'This code will only be called when we detect a cache "miss",\n'
            "which can lead to unexpected results.\n\n"
            "To fix this, move all widget commands outside the cached function.\n"
        )


for _error_class in (UnhashableParamError, UnserializableReturnValueError):
    _error_class.__module__ = "wasmlit.runtime.caching.cache_errors"
UserHashError.__module__ = "wasmlit.runtime.caching.hashing"
CachedWidgetWarning.__module__ = "wasmlit.elements.lib.policies"
