"""``st.cache_data`` and ``st.cache_resource`` (pure Python; see ``cached_function.py``)."""

from __future__ import annotations

from wasmlit.caching.cached_function import CacheDataAPI, CacheResourceAPI, in_cached_function
from wasmlit.caching.errors import CachedWidgetWarning

cache_data = CacheDataAPI()
cache_resource = CacheResourceAPI()


def warn_if_widget_in_cached_function() -> None:
    """A widget command inside a cached function shows Streamlit's ``CachedWidgetWarning``.

    The widget is still created; the warning appears where the widget writes.
    """
    if in_cached_function():
        from wasmlit import exception

        exception(CachedWidgetWarning())


__all__ = ["CachedWidgetWarning", "cache_data", "cache_resource", "warn_if_widget_in_cached_function"]
