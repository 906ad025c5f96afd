"""``st.logo``: an image, emoji or Material icon at the top left of the sidebar and header.

Like Streamlit, the logo travels outside the element tree: the page keeps showing it
while every finished run sends it again, and drops it after a run that did not.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from wasmlit.elements.image_sources import image_url
from wasmlit.elements.layout_params import check_material_icon, looks_like_emoji
from wasmlit.errors import StreamlitAPIException, StreamlitInvalidURLError, StreamlitValueError
from wasmlit.runtime import context
from wasmlit.runtime.outbox import send_to_page
from wasmlit.runtime.protocol import LogoMessage

LOGO_SIZES = ("small", "medium", "large")


def _invalid_logo(field_name: str) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"The {field_name} passed to st.logo is invalid - See "
        "[documentation](https://docs.streamlit.io/develop/api-reference/media/st.logo) "
        "for more information on valid types"
    )


def logo_image(image: Any) -> tuple[str, str]:
    """(kind, value) of a logo: a Material icon, an emoji, or an image as a URL."""
    if isinstance(image, str) and image.startswith(":material"):
        return "material", check_material_icon(image)
    if isinstance(image, str) and looks_like_emoji(image):
        return "emoji", image
    return "image", image_url(image)


def _checked_image(image: Any, field_name: str) -> tuple[str, str]:
    try:
        return logo_image(image)
    except Exception as error:
        raise _invalid_logo(field_name) from error


def _is_web_url(link: str) -> bool:
    try:
        parsed = urlparse(link)
    except ValueError:
        return False
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


def logo(image: Any, *, size: Any = "medium", link: Any = None, icon_image: Any = None) -> None:
    """Show a logo in the upper-left corner of the app and its sidebar (the last call wins)."""
    if context.active() is None:
        return
    kind, value = _checked_image(image, "image")
    if link and not _is_web_url(link):
        raise StreamlitInvalidURLError(link, ("http", "https"))
    icon_kind, icon_value = _checked_image(icon_image, "icon_image") if icon_image else (None, None)
    if not isinstance(size, str) or size.lower() not in LOGO_SIZES:
        raise StreamlitValueError("size", LOGO_SIZES)
    send_to_page(LogoMessage(value, kind, icon_value, icon_kind, link or None, size.lower()))
