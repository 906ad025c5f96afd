"""The element catalogue: every element and widget type, declared once.

``wasmlit.catalogue.CHECKBOX`` is the checkbox's declaration (name, props, value type).
The API emits elements through these objects, ``AppTest`` checks every element the runtime
sends against them, and the page's component props are typed from them
(``web/generated/elements.d.ts``, written by ``python -m wasmlit.catalogue.generate``).
Adding an element starts here: see ``docs/adding_an_element.md``.
"""

from __future__ import annotations

from wasmlit.catalogue import display, layout, widgets
from wasmlit.catalogue.display import (
    ALERT,
    AUDIO,
    CACHE_SPINNER,
    CODE,
    DATA_EDITOR,
    DATA_GRID,
    DATAFRAME,
    DIVIDER,
    EMPTY,
    EXCEPTION,
    GRAPHVIZ_CHART,
    HEADING,
    HELP,
    HTML,
    IFRAME,
    IMAGE,
    JSON_VIEW,
    MAP,
    MARKDOWN,
    METRIC,
    PAGE_LINK,
    PLOTLY_CHART,
    PROGRESS,
    SPACE,
    SPINNER,
    TABLE,
    TEXT,
    VEGA_LITE_CHART,
    VIDEO,
)
from wasmlit.catalogue.element_type import ElementType
from wasmlit.catalogue.layout import (
    CHAT_MESSAGE,
    COLUMN,
    COLUMNS,
    CONTAINER,
    DIALOG,
    EXPANDER,
    FORM,
    POPOVER,
    STATUS,
    TAB,
    TABS,
    TRANSPARENT,
)
from wasmlit.catalogue.widgets import (
    AUDIO_INPUT,
    BUTTON,
    CAMERA_INPUT,
    CHAT_INPUT,
    CHECKBOX,
    COLOR_PICKER,
    COMPONENT_INSTANCE,
    DATE_INPUT,
    DATETIME_INPUT,
    DOWNLOAD_BUTTON,
    FEEDBACK,
    FILE_UPLOADER,
    FORM_SUBMIT_BUTTON,
    LINK_BUTTON,
    MULTISELECT,
    NUMBER_INPUT,
    PILLS,
    RADIO,
    SEGMENTED_CONTROL,
    SELECT_SLIDER,
    SELECTBOX,
    SLIDER,
    TEXT_AREA,
    TEXT_INPUT,
    TIME_INPUT,
    TOGGLE,
)

ELEMENT_TYPES: dict[str, ElementType] = {
    element_type.name: element_type for element_type in (*display.TYPES, *layout.TYPES, *widgets.TYPES)
}
# Types that exist only in tests (tests/unit/fake_widgets.py): known to AppTest's check,
# never part of the product.
_TEST_ONLY: dict[str, ElementType] = {}


class CatalogueError(AssertionError):
    """The runtime sent an element that its declaration does not allow (a wasmlit bug)."""


def lookup(name: str) -> ElementType:
    """The declaration of a type the runtime sent."""
    found = ELEMENT_TYPES.get(name) or _TEST_ONLY.get(name)
    if found is None:
        raise CatalogueError(f"element type {name!r} is not in the catalogue (wasmlit/catalogue/)")
    return found


def check_element(name: str, props: dict[str, object]) -> None:
    """Raise ``CatalogueError`` if these props do not fit the type's declaration."""
    problem = lookup(name).problem(props)
    if problem is not None:
        raise CatalogueError(f"{name}: {problem}")


def declare_for_tests(element_type: ElementType) -> ElementType:
    """Make a test-only type known to ``lookup`` (it never joins ``ELEMENT_TYPES``)."""
    _TEST_ONLY[element_type.name] = element_type
    return element_type


__all__ = [
    "ALERT",
    "AUDIO",
    "AUDIO_INPUT",
    "BUTTON",
    "CACHE_SPINNER",
    "CAMERA_INPUT",
    "CHAT_INPUT",
    "CHAT_MESSAGE",
    "CHECKBOX",
    "CODE",
    "COLOR_PICKER",
    "COLUMN",
    "COLUMNS",
    "COMPONENT_INSTANCE",
    "CONTAINER",
    "DATAFRAME",
    "DATA_EDITOR",
    "DATA_GRID",
    "DATETIME_INPUT",
    "DATE_INPUT",
    "DIALOG",
    "DIVIDER",
    "DOWNLOAD_BUTTON",
    "ELEMENT_TYPES",
    "EMPTY",
    "EXCEPTION",
    "EXPANDER",
    "FEEDBACK",
    "FILE_UPLOADER",
    "FORM",
    "FORM_SUBMIT_BUTTON",
    "GRAPHVIZ_CHART",
    "HEADING",
    "HELP",
    "HTML",
    "IFRAME",
    "IMAGE",
    "JSON_VIEW",
    "LINK_BUTTON",
    "MAP",
    "MARKDOWN",
    "METRIC",
    "MULTISELECT",
    "NUMBER_INPUT",
    "PAGE_LINK",
    "PILLS",
    "PLOTLY_CHART",
    "POPOVER",
    "PROGRESS",
    "RADIO",
    "SEGMENTED_CONTROL",
    "SELECTBOX",
    "SELECT_SLIDER",
    "SLIDER",
    "SPACE",
    "SPINNER",
    "STATUS",
    "TAB",
    "TABLE",
    "TABS",
    "TEXT",
    "TEXT_AREA",
    "TEXT_INPUT",
    "TIME_INPUT",
    "TOGGLE",
    "TRANSPARENT",
    "VEGA_LITE_CHART",
    "VIDEO",
    "CatalogueError",
    "ElementType",
    "check_element",
    "declare_for_tests",
    "lookup",
]
