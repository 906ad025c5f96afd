"""``streamlit.runtime.caching``: the cache decorators (wasmlit's live in ``wasmlit.caching``)."""

from wasmlit.caching import cache_data as cache_data
from wasmlit.caching import cache_resource as cache_resource

__all__ = ["cache_data", "cache_resource"]
