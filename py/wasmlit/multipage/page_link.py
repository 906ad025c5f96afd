"""``st.page_link``: a link to a page of the app (or to an external URL)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from wasmlit.catalogue import PAGE_LINK
from wasmlit.elements.host import ElementHost
from wasmlit.elements.urls import checked_link
from wasmlit.errors import StreamlitAPIException, StreamlitMissingRequiredParameterError
from wasmlit.multipage.commands import page_hash_for
from wasmlit.multipage.page import _EXTERNAL_URL, Page, current_router
from wasmlit.query_params import encode_query_params
from wasmlit.string_util import to_help_str

ICON_POSITIONS = ("left", "right")


def _link_props(page: str | Path | Page, label: Any, icon: Any, help: Any) -> dict[str, Any]:
    """Where the link goes, and the label/icon/help it inherits from the page."""
    router = current_router()
    if isinstance(page, Page):
        props: dict[str, Any] = {"label": page.title, "icon": page.icon, "help": page.help}
        if page.is_external:
            props.update(external=True, href=checked_link(str(page.external_url), "st.page_link"))
            return props
        props.update(pageHash=page._script_hash, urlPath=page.url_path)
        return props
    if isinstance(page, str) and _EXTERNAL_URL.match(page):
        if label is None or label == "":
            raise StreamlitMissingRequiredParameterError(
                "The `label` parameter is required. Streamlit cannot infer a label for an external URL."
            )
        return {"label": "", "icon": "", "help": "", "external": True, "href": checked_link(page, "st.page_link")}
    if router is None:
        raise StreamlitAPIException("st.page_link can only be used while the app runs.")
    page_hash = page_hash_for(page, router)
    info = router.pages()[page_hash]
    return {"label": info.title, "icon": "", "help": info.help, "pageHash": page_hash, "urlPath": info.url_path}


class PageLinkMixin(ElementHost):
    def page_link(
        self,
        page: str | Path | Page,
        *,
        label: Any = None,
        icon: Any = None,
        icon_position: str = "left",
        help: Any = None,
        disabled: bool = False,
        width: Any = "content",
        query_params: Any = None,
        use_container_width: bool | None = None,
    ) -> ElementHost:
        """A link that switches to ``page`` (keeping Session State), or opens an external URL."""
        props = _link_props(page, label, icon, help)
        if label is not None:
            props["label"] = str(label)
        if icon is not None:
            props["icon"] = str(icon).strip()
        if help is not None:
            props["help"] = to_help_str(help)
        if icon_position == "right":
            props["iconPosition"] = "right"
        if disabled:
            props["disabled"] = True
        if query_params:
            props["queryString"] = encode_query_params(query_params)
        if use_container_width or width == "stretch":
            props["stretch"] = True
        return self._emit_slot(PAGE_LINK, {key: value for key, value in props.items() if value != ""})
