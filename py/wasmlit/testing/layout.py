"""AppTest views of containers: ``at.main``, ``at.sidebar``, ``at.columns``, ``at.tabs``, ...

As in ``streamlit.testing.v1``, a block has ``children`` (index -> node), can be indexed
and iterated (itself first, then every descendant), and answers the same queries as the
app: ``at.sidebar.button[0]``, ``at.columns[1].markdown``, ``at.tabs[0].label``.
Importing this module registers the wrappers with the element registry.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from wasmlit.testing.elements import ACCESSORS, ELEMENT_CLASSES, Element, ElementList, wrap
from wasmlit.testing.page_model import PageElement

if TYPE_CHECKING:
    from wasmlit.testing.apptest import AppTest


class Block(Element):
    """A container: its children, and element queries limited to what it holds."""

    # Streamlit's AppTest names the block types after its protocol fields.
    block_type = "container"

    def __init__(self, page_element: PageElement, app: AppTest) -> None:
        super().__init__(page_element, app)
        self.type = self.block_type

    @property
    def value(self) -> Any:
        return None

    @property
    def children(self) -> dict[int, Element]:
        found = self._app.page.children(self.id)
        return {index: wrap(child, self._app) for index, child in enumerate(found)}

    def _descendants(self) -> list[Element]:
        return [wrap(found, self._app) for found in self._app.page.walk(self.id)]

    def __len__(self) -> int:
        return len(self._app.page.children(self.id))

    def __getitem__(self, index: int) -> Element:
        return self.children[index]

    def __iter__(self) -> Iterator[Element]:
        yield self
        yield from self._descendants()

    def get(self, element_type: str) -> list[Element]:
        accessor = ACCESSORS.get(element_type)
        if accessor is not None and issubclass(accessor, Block):
            return list(getattr(self, element_type))
        return [element for element in self._descendants() if element.type == element_type]

    def get_by_key(self, key: str) -> Element:
        matches = [element for element in self._descendants() if element.key == key]
        if len(matches) != 1:
            raise KeyError(key) if not matches else LookupError(f"Multiple elements have key {key!r}.")
        return matches[0]

    def __getattr__(self, name: str) -> ElementList[Any]:
        element_class = ACCESSORS.get(name)
        if element_class is None or name.startswith("_"):
            raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")
        return ElementList([element for element in self._descendants() if type(element) is element_class])

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r}, children={len(self)})"


class RootBlock(Block):
    """``at.main`` and ``at.sidebar``."""

    def __init__(self, root_id: str, app: AppTest) -> None:
        super().__init__(PageElement(root_id, root_id, {}), app)
        self.type = root_id


class ContainerBlock(Block):
    """``st.container`` (and the block an ``st.empty().container()`` holds)."""

    block_type = "flex_container"

    @property
    def border(self) -> bool:
        return bool(self.props.get("border"))

    @property
    def height(self) -> Any:
        return self.props.get("height", "content")


class HorizontalBlock(Block):
    """The row ``st.columns`` creates; ``at.container`` leaves it out, as Streamlit does."""

    block_type = "flex_container"


class Column(Block):
    block_type = "column"

    @property
    def weight(self) -> float:
        weight: float = self.props["weight"]
        return weight

    @property
    def gap(self) -> str | None:
        gap: str | None = self.props.get("gapName")
        return gap

    @property
    def vertical_alignment(self) -> str:
        alignment: str = self.props.get("verticalAlignment", "top")
        return alignment

    @property
    def border(self) -> bool:
        return bool(self.props.get("border"))


class _Labelled(Block):
    @property
    def label(self) -> str:
        label: str = self.props.get("label", "")
        return label


class Expander(_Labelled):
    block_type = "expander"

    @property
    def icon(self) -> str:
        icon: str = self.props.get("icon", "")
        return icon

    @property
    def expanded(self) -> bool:
        return bool(self.props.get("expanded"))


class Popover(_Labelled):
    block_type = "popover"


class TabContainer(Block):
    block_type = "tab_container"

    @property
    def labels(self) -> list[str]:
        labels: list[str] = self.props["labels"]
        return labels


class Tab(_Labelled):
    block_type = "tab"


def root_block(root_id: str, app: AppTest) -> RootBlock:
    return RootBlock(root_id, app)


ELEMENT_CLASSES.update(
    {
        "container": ContainerBlock,
        "columns": HorizontalBlock,
        "column": Column,
        "expander": Expander,
        "popover": Popover,
        "tabs": TabContainer,
        "tab": Tab,
    }
)
ACCESSORS.update(
    {
        "container": ContainerBlock,
        "columns": Column,
        "expander": Expander,
        "popover": Popover,
        "tabs": Tab,
    }
)
