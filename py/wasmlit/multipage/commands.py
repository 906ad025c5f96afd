"""``st.navigation``, ``st.switch_page`` and the ``pages/`` folder app (multipage v1)."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn

from wasmlit.commands.execution_control import RerunException
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitPageNotFoundError,
    StreamlitValueError,
)
from wasmlit.multipage.page import Page, create_page, current_router
from wasmlit.multipage.pages_folder import pages_folder_scripts
from wasmlit.multipage.router import NavigationMenu, PageInfo, PageRouter, PageTarget
from wasmlit.runtime import context
from wasmlit.runtime.outbox import send_to_page
from wasmlit.runtime.prerender import mark_browser_dependent
from wasmlit.runtime.protocol import PageNotFoundMessage

PageLike = str | Path | Callable[[], None] | Page
POSITIONS = ("sidebar", "hidden", "top")


def _as_page(page: Any) -> Page:
    if isinstance(page, Page):
        return page
    if isinstance(page, str | Path) or callable(page):
        return Page(page)
    raise StreamlitInvalidParameterTypeError("pages", "str, Path, callable, st.Page", type(page).__name__)


def _sections(pages: Sequence[PageLike] | Mapping[str, Sequence[PageLike]]) -> dict[str, list[Page]]:
    if isinstance(pages, Mapping):
        return {str(section): [_as_page(page) for page in listed] for section, listed in pages.items()}
    return {"": [_as_page(page) for page in pages]}


def _default_page(sections: dict[str, list[Page]]) -> Page:
    defaults = [page for listed in sections.values() for page in listed if page._default]
    if len(defaults) > 1:
        raise StreamlitAPIException(
            "Multiple Pages specified with `default=True`. At most one Page can be set to default."
        )
    if defaults:
        return defaults[0]
    internal = [page for listed in sections.values() for page in listed if not page.is_external]
    if not internal:
        raise StreamlitAPIException(
            "At least one non-external page is required. External URL pages cannot be the default page."
        )
    internal[0]._default = True
    return internal[0]


def _describe(page: Page, section: str, main_folder: Path) -> str:
    if page.external_url is not None:
        text = f"external URL `{page.external_url}`"
    elif page._script_path:
        path = Path(page._script_path)
        text = f"`{path.relative_to(main_folder) if path.is_relative_to(main_folder) else path}`"
    else:
        text = f'callable titled "{page.title}"'
    notes = [f'section "{section}"'] if section else []
    if page.visibility == "hidden":
        notes.append("hidden")
    if page._default:
        notes.append("default page")
    return text + (f" ({', '.join(notes)})" if notes else "")


def _duplicate_address_error(first: tuple[str, Page], second: tuple[str, Page], folder: Path) -> StreamlitAPIException:
    default_note = (
        " The default page is served at the app root, but it still reserves this pathname."
        if first[1]._default or second[1]._default
        else ""
    )
    return StreamlitAPIException(
        f"Two pages resolve to the URL pathname `/{second[1]._url_path}`: {_describe(first[1], first[0], folder)} "
        f"and {_describe(second[1], second[0], folder)}. Each page passed to `st.navigation` needs a unique URL "
        "pathname, including pages in different sections, hidden pages, and external URL pages. Streamlit infers "
        "the pathname from the filename, callable name, or the title of an external URL page."
        f"{default_note} Set a unique `url_path` in `st.Page` for one of these pages."
    )


def _page_infos(sections: dict[str, list[Page]], router: PageRouter) -> dict[str, PageInfo]:
    infos: dict[str, PageInfo] = {}
    owners: dict[str, tuple[str, Page]] = {}
    for section, listed in sections.items():
        for page in listed:
            page_hash = page._script_hash
            if page_hash in owners:
                raise _duplicate_address_error(owners[page_hash], (section, page), Path(router.main_script_folder))
            owners[page_hash] = (section, page)
            infos[page_hash] = PageInfo(
                page_hash=page_hash,
                title=page.title,
                icon=page.icon,
                url_path=page.url_path,
                script_path=page._script_path,
                section=section,
                is_default=page._default,
                hidden=page.visibility == "hidden",
                external_url=page.external_url,
                help=page.help,
            )
    return infos


def _check_expanded(expanded: Any) -> None:
    if isinstance(expanded, bool):
        return
    if not isinstance(expanded, int):
        raise StreamlitInvalidParameterTypeError("expanded", "bool, int", type(expanded).__name__)
    if expanded < 0:
        raise StreamlitValueError("expanded", "True, False, a non-negative integer", provided=repr(expanded))


def navigation(
    pages: Sequence[PageLike] | Mapping[str, Sequence[PageLike]],
    *,
    position: str = "sidebar",
    expanded: bool | int = False,
) -> Page:
    """Declare the app's pages; returns the page to show, which the entrypoint ``.run()``s."""
    if not isinstance(position, str) or position not in POSITIONS:
        raise StreamlitValueError("position", POSITIONS)
    router = current_router()
    if router is not None:
        router.uses_pages_folder = False
    return _navigation(pages, position=position, expanded=expanded)


def _navigation(
    pages: Sequence[PageLike] | Mapping[str, Sequence[PageLike]],
    *,
    position: str,
    expanded: bool | int,
) -> Page:
    # The page shown comes from the visitor's address: a deep link must not hydrate the
    # pre-rendered default page, so multipage apps start from the loading screen.
    mark_browser_dependent("the page shown depends on the address (multipage app)")
    sections = _sections(pages)
    all_pages = [page for listed in sections.values() for page in listed]
    if not all_pages:
        raise StreamlitMissingRequiredParameterError(
            "The `pages` parameter is required. Provide at least one `st.Page`."
        )
    default_page = _default_page(sections)
    router = current_router()
    if router is None:
        default_page._can_be_called = True
        return default_page
    _check_expanded(expanded)
    infos = _page_infos(sections, router)
    if position == "sidebar" and context.current().config.get("client.showSidebarNavigation") is False:
        position = "hidden"
    found = router.resolve(infos, default_page._script_hash)
    chosen = next((page for page in all_pages if found is not None and page._script_hash == found.page_hash), None)
    if chosen is None:
        send_to_page(PageNotFoundMessage(router.requested_page_name()))
        chosen = default_page
    chosen._can_be_called = True
    router.current_page_hash = chosen._script_hash
    menu = NavigationMenu(list(infos.values()), list(sections), position, expanded, chosen._script_hash)
    send_to_page(menu.to_message())
    return chosen


def run_pages_folder_app(run_main_script: Callable[[], None]) -> None:
    """The body of a run when the app has a ``pages/`` folder and never called st.navigation."""
    router = current_router()
    if router is None or not router.uses_pages_folder:
        run_main_script()
        return
    main_script = Path(router.main_script_path)
    pages = [create_page(main_script, default=True)]
    pages += [create_page(script) for script in pages_folder_scripts(main_script)]
    position = "hidden" if context.current().config.get("client.showSidebarNavigation") is False else "sidebar"
    _navigation(pages, position=position, expanded=False).run()


# ----- st.switch_page ---------------------------------------------------------------------


def _not_found(page: str, router: PageRouter) -> StreamlitPageNotFoundError:
    if router.uses_pages_folder:
        directory = os.path.basename(router.main_script_folder)
        return StreamlitPageNotFoundError(
            f"Could not find page: `{page}`. You must provide a file path relative to the entrypoint file "
            f"(from the directory `{directory}`). Only the entrypoint file and files in the `pages/` "
            "directory are supported."
        )
    return StreamlitPageNotFoundError(
        f"Could not find page: `{page}`. You must provide a `Page` object or file path relative to the "
        "entrypoint file. Only pages previously defined by `st.Page` and passed to `st.navigation` are allowed."
    )


def page_hash_for(page: str | Path | Page, router: PageRouter) -> str:
    """The registered page that ``st.switch_page``/``st.page_link`` name, or Streamlit's error."""
    if isinstance(page, Page):
        return page._script_hash
    page_hash = router.hash_for_script(str(page))
    if page_hash is None:
        raise _not_found(str(page), router)
    return page_hash


def switch_page(page: str | Path | Page, *, query_params: Any = None) -> NoReturn:
    """Stop this run and run another page (query params cleared, or set to ``query_params``)."""
    from wasmlit.commands.fragment import check_not_parallel_worker
    from wasmlit.query_params import replace_for_page_switch

    check_not_parallel_worker("st.switch_page")
    router = current_router()
    if router is None:
        raise StreamlitAPIException("st.switch_page can only be used while the app runs.")
    if isinstance(page, Page) and page.is_external:
        raise StreamlitAPIException(
            "Cannot use st.switch_page with external URL pages. Use st.page_link instead to create a link "
            "to external pages."
        )
    page_hash = page_hash_for(page, router)
    replace_for_page_switch(query_params)
    context.yield_point()
    router.request(PageTarget(page_hash=page_hash))
    raise RerunException()
