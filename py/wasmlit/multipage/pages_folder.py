"""The ``pages/`` folder convention (multipage apps v1): which scripts, in which order, named how.

Streamlit lists the main script first, then every ``pages/*.py`` except hidden files and
``__init__.py``, sorted by the number the file name starts with (files without one come
last, alphabetically). ``3_🎈_Balloons.py`` becomes a page titled "Balloons" with the icon
🎈 at the address ``Balloons``.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

PAGES_FOLDER = "pages"
_PAGE_FILE_NAME = re.compile(r"([0-9]*)[_ -]*(.*)\.py")
_EMOJI_SEPARATOR = re.compile(r"[_ -]*")
# Code points that continue an emoji: variation selectors, the zero-width joiner,
# skin tones, the keycap mark and tag characters.
_EMOJI_JOINERS = frozenset({0xFE0E, 0xFE0F, 0x200D, 0x20E3}) | frozenset(range(0x1F3FB, 0x1F400))


def _is_emoji_start(character: str) -> bool:
    code = ord(character)
    if 0x1F1E6 <= code <= 0x1F1FF or 0x1F000 <= code <= 0x1FAFF:
        return True
    return unicodedata.category(character) == "So" and code >= 0x2000


def split_leading_emoji(text: str) -> tuple[str, str]:
    """``("🎈", "Balloons")`` for ``"🎈_Balloons"``; ``("", text)`` without a leading emoji.

    >>> split_leading_emoji("🎈_Balloons")
    ('🎈', 'Balloons')
    >>> split_leading_emoji("👩‍🔬 Lab")
    ('👩\\u200d🔬', 'Lab')
    >>> split_leading_emoji("Plain")
    ('', 'Plain')
    """
    if not text or text.isascii() or not _is_emoji_start(text[0]):
        return "", text
    end = 1
    while end < len(text):
        code = ord(text[end])
        if code in _EMOJI_JOINERS or 0xE0020 <= code <= 0xE007F:
            end += 1
            if code == 0x200D and end < len(text):
                end += 1  # the joined emoji
            continue
        if 0x1F1E6 <= code <= 0x1F1FF and 0x1F1E6 <= ord(text[end - 1]) <= 0x1F1FF:
            end += 1  # the second regional indicator of a flag
            continue
        break
    emoji, rest = text[:end], text[end:]
    separator = _EMOJI_SEPARATOR.match(rest)
    return emoji, rest[separator.end() if separator else 0 :]


def page_icon_and_name(script: Path) -> tuple[str, str]:
    """The icon and the name (with underscores; the address) a page file gives.

    >>> page_icon_and_name(Path("pages/10_b page.py"))
    ('', 'b_page')
    >>> page_icon_and_name(Path("pages/3_🎈_Balloons.py"))
    ('🎈', 'Balloons')
    >>> page_icon_and_name(Path("pages/123.py"))
    ('', '123')
    """
    match = _PAGE_FILE_NAME.search(script.name)
    if match is None:
        return "", ""
    name = re.sub(r"[_ ]+", "_", match.group(2)).strip() or match.group(1)
    return split_leading_emoji(name)


def page_sort_key(script: Path) -> tuple[float, str]:
    """Numbered files first, by number; then the rest by lower-cased name.

    >>> sorted(["c.py", "10_b.py", "2_a.py"], key=lambda name: page_sort_key(Path(name)))
    ['2_a.py', '10_b.py', 'c.py']
    """
    match = _PAGE_FILE_NAME.search(script.name)
    if match is None:
        return float("inf"), script.name.lower()
    number, label = match.groups()
    return (float(number) if number else float("inf")), label.lower()


def is_page_script(script: Path) -> bool:
    return script.suffix == ".py" and not script.name.startswith(".") and script.name != "__init__.py"


def pages_folder_scripts(main_script: Path) -> list[Path]:
    """The scripts of ``pages/`` next to the main script, in navigation order."""
    folder = main_script.parent / PAGES_FOLDER
    if not folder.is_dir():
        return []
    return sorted((path for path in folder.glob("*.py") if is_page_script(path)), key=page_sort_key)


def has_pages_folder(main_script: Path) -> bool:
    return (main_script.parent / PAGES_FOLDER).exists()
