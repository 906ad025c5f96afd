"""The AppTest wrappers every element family builds on: ``Element``, ``Widget``,
``Button``, ``Block`` and ``ElementList``.

Names and attributes follow ``streamlit.testing.v1``: ``at.markdown[0].value``,
``at.button[0].click().run()``. Families subclass these in their own modules
(``text_elements``, ``choice_widgets``, ``input_widgets``, ``display_elements``,
``layout``); ``registry`` maps every catalogue type to its wrapper. Wrappers reach the
app only through ``AppHandle``, so no module here imports ``AppTest``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Generic, TypeVar, overload

from wasmlit.testing.app_handle import AppHandle
from wasmlit.testing.errors import AppTestError
from wasmlit.testing.page_model import PageElement
from wasmlit.testing.props import FlagProp, Prop


class Element:
    """Any rendered element: ``type``, ``props`` and the ``value`` AppTest users read."""

    def __init__(self, page_element: PageElement, app: AppHandle) -> None:
        self.id = page_element.id
        self.type = page_element.type
        self.props = page_element.props
        self._app = app

    @property
    def value(self) -> Any:
        return self.props.get("body")

    @property
    def key(self) -> str | None:
        key: str | None = self.props.get("key")
        return key

    def run(self, *, timeout: float | None = None) -> Any:
        return self._app.run(timeout=timeout)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r}, value={self.value!r})"


class Widget(Element):
    """A widget on the page. Interactions are queued and sent with the next ``run()``."""

    @property
    def key(self) -> str | None:
        """The user key, read from the widget id as Streamlit's AppTest does."""
        return user_key_from_widget_id(self.id)

    label: Prop[str] = Prop("label", "")
    help: Prop[str | None] = Prop("help", None)
    disabled = FlagProp("disabled")

    @property
    def form_id(self) -> str:
        """The id of the form the widget belongs to, or "" outside forms."""
        form_id: str = self.props.get("formId") or ""
        return form_id

    @property
    def value(self) -> Any:
        """The Python value the widget holds, including a value set but not yet run."""
        return self._app.widget_python_value(self.id)

    def _assert_can_interact(self) -> None:
        if self.disabled:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"Cannot update a disabled {self.type} widget{key_part}. "
                "A browser user cannot interact with a disabled widget."
            )

    def set_value(self, value: Any) -> Widget:
        self._assert_can_interact()
        self._app.queue_widget_value(self.id, value)
        return self


class Button(Widget):
    """``st.button``; ``at.button`` also lists form submit buttons, as Streamlit's does."""

    @property
    def value(self) -> bool:
        """True if a click is queued, else what the button returned in the last run."""
        return self._app.button_value(self.id)

    def set_value(self, value: Any) -> Button:
        self._assert_can_interact()
        if value:
            self._app.queue_trigger(self.id)
        return self

    def click(self) -> Button:
        return self.set_value(True)


class FormSubmitButton(Button):
    """``st.form_submit_button``: clicking it submits its form's queued values."""


def user_key_from_widget_id(widget_id: str) -> str | None:
    """``$$ID-<hash>-<key>`` -> ``key``; the suffix "None" means no key.

    >>> user_key_from_widget_id("$$ID-abc-FormSubmitter:f-Submit")
    'FormSubmitter:f-Submit'
    >>> user_key_from_widget_id("$$ID-abc-None") is None
    True
    """
    key = "-".join(widget_id.split("-")[2:])
    return None if key in ("", "None") else key


class Block(Element):
    """A container (a root, a form, columns, ...): ``at.main.button``, ``form.markdown``.

    As in ``streamlit.testing.v1``: ``children`` maps index -> node, indexing gives a
    direct child, and iterating yields the block and then everything under it.
    """

    # Streamlit's AppTest names block types after its protocol fields.
    block_type = "block"

    @property
    def value(self) -> None:
        return None

    @property
    def children(self) -> dict[int, Element]:
        found = self._app.page.children(self.id)
        return {index: self._app.wrap(child) for index, child in enumerate(found)}

    def _descendants(self) -> list[Element]:
        return [self._app.wrap(found) for found in self._app.page.walk(self.id)]

    def __len__(self) -> int:
        return len(self._app.page.children(self.id))

    def __getitem__(self, index: int) -> Element:
        return self.children[index]

    def __iter__(self) -> Iterator[Element]:
        yield self
        yield from self._descendants()

    def get(self, element_type: str) -> ElementList[Element]:
        """Elements under this block, by accessor name (``button``) or page type."""
        if self._app.accessor_classes(element_type) is not None:
            return self._accessor(element_type)
        return ElementList([element for element in self._descendants() if element.type == element_type])

    def get_by_key(self, key: str) -> Element:
        matches = [element for element in self._descendants() if element.key == key]
        if not matches:
            raise KeyError(key)
        if len(matches) > 1:
            raise LookupError(f"Multiple elements have key {key!r}.")
        return matches[0]

    def _accessor(self, name: str) -> ElementList[Any]:
        classes = self._app.accessor_classes(name) or ()
        return ElementList([element for element in self._descendants() if type(element) in classes])

    def __getattr__(self, name: str) -> ElementList[Any]:
        if name.startswith("_") or self._app.accessor_classes(name) is None:
            raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")
        return self._accessor(name)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r}, children={len(self)})"


ElementT = TypeVar("ElementT", bound=Element)


class ElementList(Generic[ElementT]):
    """``at.button``: index it, iterate it, or call it with ``key=`` to find one."""

    def __init__(self, elements: list[ElementT]) -> None:
        self._elements = elements

    @overload
    def __getitem__(self, index: int) -> ElementT: ...
    @overload
    def __getitem__(self, index: slice) -> ElementList[ElementT]: ...
    def __getitem__(self, index: int | slice) -> ElementT | ElementList[ElementT]:
        if isinstance(index, slice):
            return ElementList(self._elements[index])
        return self._elements[index]

    def __len__(self) -> int:
        return len(self._elements)

    def __iter__(self) -> Iterator[ElementT]:
        return iter(self._elements)

    def __call__(self, key: str) -> ElementT:
        for element in self._elements:
            if element.key == key:
                return element
        raise KeyError(key)

    @property
    def values(self) -> list[Any]:
        return [element.value for element in self._elements]

    def __repr__(self) -> str:
        return f"ElementList({self._elements!r})"
