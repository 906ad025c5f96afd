"""``st.context``: what the visitor's browser tells a static page (Streamlit 1.67's API).

The page sends these values with its rerun messages (``web/context_info.js``): the time
zone and its offset, the locale, the app's address, whether it is embedded
(``?embed=true``), the theme type and the cookies of the site's own origin that scripts
may read (not HttpOnly ones). A static site receives no request, so ``headers`` is empty
and ``ip_address`` is None. Reading any of them makes the run depend on the visitor's
browser, so the build does not pre-render it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Any

from wasmlit.runtime import context
from wasmlit.runtime.prerender import mark_browser_dependent
from wasmlit.runtime.protocol import BrowserContext

BROWSER_CONTEXT_EXTRA = "browser_context"
CONTEXT_KEYS = frozenset(
    {"headers", "cookies", "theme", "timezone", "timezone_offset", "locale", "url", "ip_address", "is_embedded"}
)


class StreamlitTheme(dict[str, Any]):
    """``{"type": "light" | "dark" | None}`` with attribute access (``st.context.theme.type``)."""

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{key}'") from None

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value


def _header_name(name: str) -> str:
    return "-".join(word.capitalize() for word in name.split("-"))


class StreamlitHeaders(Mapping[str, str]):
    """Request headers, case-insensitive; always empty in a static site."""

    def __init__(self, headers: Iterable[tuple[str, str]]) -> None:
        grouped: dict[str, list[str]] = {}
        for key, value in headers:
            grouped.setdefault(_header_name(key), []).append(value)
        self._headers = grouped

    def get_all(self, key: str) -> list[str]:
        return list(self._headers.get(_header_name(key), []))

    def __getitem__(self, key: str) -> str:
        try:
            return self._headers[_header_name(key)][0]
        except LookupError:
            raise KeyError(key) from None

    def __len__(self) -> int:
        return len(self._headers)

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def to_dict(self) -> dict[str, str]:
        return {key: values[-1] for key, values in self._headers.items()}


class StreamlitCookies(Mapping[str, str]):
    def __init__(self, cookies: Mapping[str, str]) -> None:
        self._cookies = MappingProxyType(dict(cookies))

    def __getitem__(self, key: str) -> str:
        return self._cookies[key]

    def __len__(self) -> int:
        return len(self._cookies)

    def __iter__(self) -> Iterator[str]:
        return iter(self._cookies)

    def to_dict(self) -> dict[str, str]:
        return dict(self._cookies)


def _browser(reason: str) -> BrowserContext | None:
    """The values the page sent, if this is a run in a session; the run now depends on them."""
    mark_browser_dependent(reason)
    if context.active() is None:
        return None
    found = context.current().extras.get(BROWSER_CONTEXT_EXTRA)
    return found if isinstance(found, BrowserContext) else None


class ContextProxy:
    """``st.context``: read-only values by attribute or key; not a dict (no iteration)."""

    # Without this, __getitem__ would make iter(st.context) probe integer keys.
    __iter__ = None

    @property
    def headers(self) -> StreamlitHeaders:
        """A static page receives no request, so it has no request headers."""
        mark_browser_dependent("st.context.headers")
        return StreamlitHeaders([])

    @property
    def cookies(self) -> StreamlitCookies:
        """The cookies of the site's origin that the page's scripts can read."""
        browser = _browser("st.context.cookies")
        return StreamlitCookies(browser.cookies if browser else {})

    @property
    def theme(self) -> StreamlitTheme:
        """``type``: "light" or "dark", the theme the page draws."""
        browser = _browser("st.context.theme")
        return StreamlitTheme({"type": browser.color_scheme if browser else None})

    @property
    def timezone(self) -> str | None:
        browser = _browser("st.context.timezone")
        return browser.timezone if browser else None

    @property
    def timezone_offset(self) -> int | None:
        """Minutes behind UTC, as JavaScript's ``getTimezoneOffset`` (-60 for UTC+1)."""
        browser = _browser("st.context.timezone_offset")
        return browser.timezone_offset if browser else None

    @property
    def locale(self) -> str | None:
        browser = _browser("st.context.locale")
        return browser.locale if browser else None

    @property
    def url(self) -> str | None:
        """The app's address without the query string (with ``#/page`` on another page)."""
        browser = _browser("st.context.url")
        return browser.url if browser else None

    @property
    def ip_address(self) -> str | None:
        """A static page never sees the visitor's connection."""
        return None

    @property
    def is_embedded(self) -> bool | None:
        browser = _browser("st.context.is_embedded")
        return browser.is_embedded if browser else None

    def __getitem__(self, key: str) -> Any:
        if key not in CONTEXT_KEYS:
            raise KeyError(f'st.context has no key "{key}". Valid keys are: {", ".join(sorted(CONTEXT_KEYS))}.')
        return getattr(self, key)

    def __contains__(self, key: object) -> bool:
        return key in CONTEXT_KEYS
