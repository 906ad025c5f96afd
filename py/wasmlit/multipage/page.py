"""``st.Page``: one page of a multipage app, from a script file, a callable or an external URL."""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitMissingRequiredParameterError,
    StreamlitPageNotFoundError,
    StreamlitValueError,
)
from wasmlit.multipage.pages_folder import page_icon_and_name
from wasmlit.multipage.router import PageRouter, page_hash_of
from wasmlit.runtime import context
from wasmlit.runtime.magic import MAGIC_FUNCTION_NAME

ROUTER_EXTRA = "multipage.router"
_EXTERNAL_URL = re.compile(r"^(https?|mailto):", re.IGNORECASE)


def current_router() -> PageRouter | None:
    router = context.current().extras.get(ROUTER_EXTRA)
    return router if isinstance(router, PageRouter) else None


def sanitize_url_path(title: str) -> str:
    """An address name from a title (for external pages without ``url_path``).

    >>> sanitize_url_path("  My Page: Details & more ")
    'my_page_details_more'
    """
    path = re.sub(r"\s+", "_", title.lower())
    path = re.sub(r"[&#?/\\:*\"<>|']", "", path)
    return re.sub(r"_+", "_", path.strip("_"))


def _check_not_nested(url_path: str) -> None:
    if "/" in url_path:
        raise StreamlitAPIException(
            f"The `url_path` `{url_path}` cannot include `/`. Streamlit does not support nested URL "
            "pathnames yet, so use a single path segment (e.g. `foo_bar`). To upvote support for "
            "nested pathnames, see GitHub issue [#8971](https://github.com/streamlit/streamlit/issues/8971)."
        )


def _missing(parameter: str, detail: str) -> StreamlitMissingRequiredParameterError:
    return StreamlitMissingRequiredParameterError(f"The `{parameter}` parameter is required. {detail}")


def _icon(icon: Any) -> str:
    return "" if icon is None else str(icon).strip()


class Page:
    """A page for ``st.navigation``: its title, icon, address (``url_path``) and source."""

    def __init__(
        self,
        page: str | Path | Callable[[], None],
        *,
        title: str | None = None,
        icon: str | None = None,
        url_path: str | None = None,
        default: bool = False,
        visibility: str = "visible",
        help: str | None = None,
    ) -> None:
        if visibility not in ("visible", "hidden"):
            raise StreamlitValueError("visibility", "visible, hidden")
        self._default = default
        self._visibility = visibility
        self._help = (help or "").strip()
        self._external_url: str | None = None
        self._can_be_called = False
        self._page: Path | Callable[[], None] | None = None
        if isinstance(page, str) and _EXTERNAL_URL.match(page):
            self._init_external(page, title, icon, url_path, default)
            return
        if isinstance(page, str | Path):
            page = self._resolve_script(Path(page))
        inferred_icon, inferred_name = "", ""
        if isinstance(page, Path):
            inferred_icon, inferred_name = page_icon_and_name(page)
        elif hasattr(page, "__name__"):
            inferred_name = str(page.__name__)
        elif title is None:
            raise _missing("title", "Streamlit cannot infer a title from this callable.")
        self._page = page
        self._title = title or inferred_name.replace("_", " ")
        self._icon = _icon(icon) if icon is not None else inferred_icon
        if not self._title.strip():
            raise _missing("title", "It cannot be empty or consist of underscores/spaces only.")
        self._url_path = inferred_name
        if url_path is not None:
            stripped = url_path.strip().strip("/")
            if not stripped.strip() and not default:
                raise _missing("url_path", "It can only be empty for the default page.")
            _check_not_nested(stripped)
            self._url_path = stripped

    def _init_external(self, url: str, title: str | None, icon: Any, url_path: str | None, default: bool) -> None:
        if title is None or not title.strip():
            raise _missing(
                "title", f"External URL pages require a non-empty title. Please provide a title for the URL: {url}"
            )
        if default:
            raise StreamlitAPIException(
                "`page=<external URL>` and `default=True` cannot be used together. "
                "External URL pages cannot be set as the default page."
            )
        self._external_url = url
        self._title = title
        self._icon = _icon(icon)
        self._url_path = (sanitize_url_path(title) if url_path is None else url_path).strip().strip("/")
        if not self._url_path:
            raise _missing(
                "url_path",
                "Provide a non-empty `url_path`, or omit it and provide a `title` that can be "
                "converted to a valid URL path.",
            )
        _check_not_nested(self._url_path)

    @staticmethod
    def _resolve_script(path: Path) -> Path:
        router = current_router()
        folder = Path(router.main_script_folder) if router else Path.cwd()
        resolved = (folder / path).resolve()
        if not resolved.is_file():
            raise StreamlitPageNotFoundError(f"Unable to create Page. The file `{resolved.name}` could not be found.")
        return resolved

    # ----- what st.navigation and the page list read ------------------------------------

    @property
    def title(self) -> str:
        return self._title

    @property
    def icon(self) -> str:
        return self._icon

    @property
    def help(self) -> str:
        return self._help

    @property
    def url_path(self) -> str:
        """The page's address name; the default page lives at the app's own address ("")."""
        return "" if self._default else self._url_path

    @property
    def visibility(self) -> str:
        return self._visibility

    @property
    def is_external(self) -> bool:
        return self._external_url is not None

    @property
    def external_url(self) -> str | None:
        return self._external_url

    @property
    def _script_hash(self) -> str:
        return page_hash_of(self._url_path)

    @property
    def _script_path(self) -> str:
        return str(self._page) if isinstance(self._page, Path) else ""

    def __repr__(self) -> str:
        return f"Page(title={self._title!r}, url_path={self.url_path!r})"

    # ----- running ----------------------------------------------------------------------

    def run(self) -> None:
        """Run the page (only the page ``st.navigation`` returned, once per run)."""
        if not self._can_be_called:
            raise StreamlitAPIException(
                "This page cannot be called directly. Only the page returned from st.navigation can be called once."
            )
        self._can_be_called = False
        if self.is_external:
            return
        run_context = context.current()
        router = current_router()
        entrypoint_hash = run_context.page_hash
        widgets_before = set(run_context.session_state.widget_ids_this_run)
        run_context.page_hash = self._script_hash
        try:
            if isinstance(self._page, Path):
                run_page_script(self._page)
            elif self._page is not None:
                self._page()
        finally:
            run_context.page_hash = entrypoint_hash
            if router is not None:
                router.note_page_widgets(run_context.session_state.widget_ids_this_run - widgets_before)


def _magic_write(*values: Any) -> None:
    from wasmlit import write

    write(*values)


def run_page_script(path: Path) -> None:
    """Execute a page script as ``__main__``, compiled (with magic) once per version of the file."""
    run_context = context.current()
    code = _compiled(str(path), magic=bool(run_context.config.get("runner.magicEnabled", True)))
    module = types.ModuleType("__main__")
    module.__file__ = str(path)
    if run_context.config.get("runner.magicEnabled", True):
        module.__dict__[MAGIC_FUNCTION_NAME] = _magic_write
    sys.modules["__main__"] = module
    exec(code, module.__dict__)


_code_cache: dict[tuple[str, bool, float], types.CodeType] = {}


def forget_compiled_pages() -> None:
    """The dev loop saved files: compile pages again (a save within the clock's resolution
    would keep the old modification time)."""
    _code_cache.clear()


def _compiled(path: str, *, magic: bool) -> types.CodeType:
    from wasmlit.runtime.runner import compile_script

    mtime = Path(path).stat().st_mtime
    key = (path, magic, mtime)
    code = _code_cache.get(key)
    if code is None:
        with open(path, encoding="utf-8-sig") as script:
            code = compile_script(script.read(), path, magic=magic)
        _code_cache[key] = code
    return code


def create_page(script: Path, *, default: bool = False) -> Page:
    """A page for a script of the ``pages/`` convention (or the main script)."""
    return Page(script, default=default)
