"""Checks and conversions shared by the layout commands, with Streamlit 1.67's texts."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitDuplicateElementKey,
    StreamlitInvalidHeightError,
    StreamlitInvalidWidthError,
    StreamlitValueError,
)
from wasmlit.runtime import context
from wasmlit.runtime.state.session_state_proxy import validate_key

# Named gaps and their size in pixels (measured in Streamlit 1.67's page).
GAP_PIXELS = {
    "xxsmall": 4,
    "xsmall": 8,
    "small": 16,
    "medium": 32,
    "large": 64,
    "xlarge": 96,
    "xxlarge": 128,
}
VERTICAL_ALIGNMENTS = ("top", "center", "bottom")
CONTAINER_VERTICAL_ALIGNMENTS = ("top", "center", "bottom", "distribute")
HORIZONTAL_ALIGNMENTS = ("left", "center", "right", "distribute")

_ICON_FORMAT_HINT = "Please use a single emoji or a Material icon shortcode like `:material\u200b/thumb_up:`."
_EMOJI_SHORTCODE = re.compile(r":[a-zA-Z0-9_+-]+:")
_MATERIAL_SHORTCODE = re.compile(r"^\s*:(.+)/(.+):\s*$")
_MATERIAL_NAME = re.compile(r"^[a-z0-9_]+$")


def _is_positive_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def check_height(height: Any, *, allow_content: bool) -> None:
    named = ("stretch", "content") if allow_content else ("stretch",)
    if not (_is_positive_int(height) or (isinstance(height, str) and height in named)):
        raise StreamlitInvalidHeightError(height, allow_content)


def check_width(width: Any, *, allow_content: bool) -> None:
    named = ("stretch", "content") if allow_content else ("stretch",)
    if not (_is_positive_int(width) or (isinstance(width, str) and width in named)):
        raise StreamlitInvalidWidthError(width, allow_content)


def gap_pixels(gap: Any) -> int:
    """The gap in pixels: a named size, None (no gap) or a non-negative int.

    >>> gap_pixels("medium"), gap_pixels(None), gap_pixels(10)
    (32, 0, 10)
    """
    if gap is None:
        return 0
    if isinstance(gap, str) and gap in GAP_PIXELS:
        return GAP_PIXELS[gap]
    if isinstance(gap, int) and not isinstance(gap, bool) and gap >= 0:
        return gap
    supported = ", ".join(repr(name) for name in GAP_PIXELS)
    raise StreamlitValueError("gap", f"{supported}, None, a non-negative integer (pixels). Got {gap!r}")


def check_vertical_alignment(alignment: Any, allowed: tuple[str, ...] = VERTICAL_ALIGNMENTS) -> None:
    if alignment not in allowed:
        supported = ", ".join(repr(name) for name in allowed)
        raise StreamlitValueError("vertical_alignment", f"{supported}. Got {alignment!r}")


def check_horizontal_alignment(alignment: Any) -> None:
    if alignment not in HORIZONTAL_ALIGNMENTS:
        supported = ", ".join(repr(name) for name in HORIZONTAL_ALIGNMENTS)
        raise StreamlitValueError("horizontal_alignment", f"{supported}. Got {alignment!r}")


def claim_container_key(key: Any) -> str | None:
    """A keyed container's key, claimed for this run (keys are unique across elements)."""
    if key is None or key == "":
        return None
    checked = validate_key(key)
    state = context.current().session_state
    if checked in state.widget_keys_this_run:
        raise StreamlitDuplicateElementKey(checked)
    state.widget_keys_this_run.add(checked)
    return checked


def looks_like_emoji(text: str) -> bool:
    """A short run of pictographic characters (with joiners, selectors and modifiers).

    Streamlit checks against its emoji catalogue; this accepts what renders as one.

    >>> looks_like_emoji("🧱"), looks_like_emoji("👩‍💻"), looks_like_emoji("ab"), looks_like_emoji("é")
    (True, True, False, False)
    """
    text = text.replace("\ufe0f", "")
    if not text or len(text) > 12 or text.isascii():
        return False
    pictographic = False
    for character in text:
        category = unicodedata.category(character)
        if category == "So" or 0x1F1E6 <= ord(character) <= 0x1F1FF:
            pictographic = True
        elif not _joins_emoji(character, category):
            return False
    return pictographic


def _joins_emoji(character: str, category: str) -> bool:
    """Joiners, keycaps, skin tones, tags and marks that combine with a pictograph."""
    code = ord(character)
    return (
        character in ("\u200d", "\u20e3")
        or category in ("Sk", "Mn", "Me")
        or character.isdigit()
        or 0x1F3FB <= code <= 0x1F3FF
        or 0xE0020 <= code <= 0xE007F
    )


def _invalid_material(icon: str, *, final_period: bool = True) -> StreamlitAPIException:
    shown = icon.replace("/", "\u200b/")
    # Streamlit's two texts differ only in the final period.
    return StreamlitAPIException(
        f'The value `"{shown}"` is not a valid Material icon. Please use a Material icon shortcode like '
        "**`:material\u200b/thumb_up:`**" + ("." if final_period else "")
    )


def check_material_icon(icon: str) -> str:
    """``:material/name:`` in normal form; the name is checked by shape only."""
    match = _MATERIAL_SHORTCODE.match(icon)
    if not match:
        raise _invalid_material(icon, final_period=False)
    pack, name = match.groups()
    if pack != "material" or not _MATERIAL_NAME.match(name):
        raise _invalid_material(icon)
    return f":{pack}/{name}:"


def check_icon(icon: Any) -> str | None:
    """An element icon: an emoji or ``:material/name:`` (Streamlit's rules and texts)."""
    if icon is None:
        return None
    if not isinstance(icon, str):
        from wasmlit.errors import StreamlitInvalidParameterTypeError

        raise StreamlitInvalidParameterTypeError("icon", "str, None", type(icon).__name__)
    icon = icon.strip()
    if not icon:
        return None
    if icon.startswith(":"):
        if icon.lower().startswith(":material"):
            return check_material_icon(icon)
        if _EMOJI_SHORTCODE.fullmatch(icon):
            raise StreamlitAPIException(
                f'The value "{icon}" is not a valid icon. Emoji shortcodes are not supported. {_ICON_FORMAT_HINT}'
            )
    if "://" in icon or icon[:5].lower() == "data:" or icon.startswith("//"):
        shown = icon if len(icon) <= 60 else f"{icon[:60]}…"
        raise StreamlitAPIException(
            f'The value "{shown}" looks like a URL. Images are not supported for `icon`. {_ICON_FORMAT_HINT} '
            "To follow support for image icons, see https://github.com/streamlit/streamlit/issues/9770."
        )
    if icon.isascii():
        raise StreamlitAPIException(f'The value "{icon}" is not a valid icon. {_ICON_FORMAT_HINT}')
    if not looks_like_emoji(icon):
        raise StreamlitAPIException(f'The value "{icon}" is not a valid emoji. Please use a single emoji.')
    return icon
