"""Read-only views of rendered elements, and widget handles that queue interactions.

Names and attributes follow ``streamlit.testing.v1``: ``at.markdown[0].value``,
``at.button[0].click().run()``, ``at.exception[0].message``. A new element type adds a
class here and an entry in ``ELEMENT_CLASSES`` (and, for AppTest accessors, in
``ACCESSORS``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from wasmlit.testing.errors import AppTestError
from wasmlit.testing.page_model import WIDGET_ID_PREFIX, PageElement
from wasmlit.testing.props import FlagProp, Prop

if TYPE_CHECKING:
    from wasmlit.testing.apptest import AppTest


class Element:
    """Any rendered element: ``type``, ``props`` and the ``value`` AppTest users read."""

    def __init__(self, page_element: PageElement, app: AppTest) -> None:
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

    def run(self, *, timeout: float | None = None) -> AppTest:
        return self._app.run(timeout=timeout)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r}, value={self.value!r})"


class Markdown(Element):
    allow_html = FlagProp("allowHtml")


class Caption(Markdown):
    pass


class Heading(Element):
    tag: Prop[str] = Prop("tag")

    @property
    def anchor(self) -> Any:
        return self.props.get("anchor")


class Title(Heading):
    pass


class Header(Heading):
    pass


class Subheader(Heading):
    pass


class Text(Element):
    pass


class Code(Element):
    language: Prop[str | None] = Prop("language", None)


class Divider(Element):
    @property
    def value(self) -> str:
        return "---"


class Alert(Element):
    icon: Prop[str | None] = Prop("icon", None)


class Success(Alert):
    pass


class Info(Alert):
    pass


class Warning(Alert):
    pass


class Error(Alert):
    pass


class Exception(Element):
    @property
    def value(self) -> str:
        return self.message

    message: Prop[str] = Prop("message")
    type_name: Prop[str] = Prop("type")
    stack_trace: Prop[list[str]] = Prop("traceback", [])
    is_markdown = FlagProp("markdown")
    is_warning = FlagProp("warning")


class Json(Element):
    pass


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

    def get(self, element_type: str) -> ElementList[Element]:
        """Elements under this block, by accessor name (``button``) or page type."""
        if element_type in ACCESSORS:
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
        wanted = ACCESSORS[name]
        classes = wanted if isinstance(wanted, tuple) else (wanted,)
        return ElementList([element for element in self._descendants() if type(element) in classes])

    def __getattr__(self, name: str) -> ElementList[Any]:
        if name.startswith("_") or name not in ACCESSORS:
            raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")
        return self._accessor(name)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r}, children={len(self)})"


class Form(Block):
    """``st.form``: its key is the form id."""

    @property
    def key(self) -> str:
        form_id: str = self.props["formId"]
        return form_id

    clear_on_submit = FlagProp("clearOnSubmit")
    enter_to_submit = FlagProp("enterToSubmit", default=True)
    border = FlagProp("border", default=True)


class Progress(Element):
    @property
    def value(self) -> int:
        """Progress from 0 to 100 (``0.25`` is stored as ``25``)."""
        value: int = self.props["value"]
        return value

    text: Prop[str] = Prop("text", "")


class Spinner(Element):
    @property
    def value(self) -> str:
        text: str = self.props.get("text", "")
        return text


class Status(Element):
    """``st.status``: a container with a label, and a state running/complete/error."""

    label: Prop[str] = Prop("label", "")
    state: Prop[str] = Prop("state", "running")
    expanded = FlagProp("expanded")

    @property
    def value(self) -> str:
        return self.label


class PageLink(Element):
    @property
    def value(self) -> str:
        """The link's label (the page title when no label was given)."""
        label: str = self.props.get("label", "")
        return label

    url_path: Prop[str | None] = Prop("urlPath", None)


class Toast(Element):
    @property
    def value(self) -> str:
        body: str = self.props.get("body", "")
        return body

    icon: Prop[str] = Prop("icon", "")


def _heading_class(page_element: PageElement) -> type[Element]:
    return {"h1": Title, "h2": Header, "h3": Subheader}.get(page_element.props.get("tag", ""), Heading)


def _markdown_class(page_element: PageElement) -> type[Element]:
    return Caption if page_element.props.get("caption") else Markdown


def _alert_class(page_element: PageElement) -> type[Element]:
    kinds: dict[str, type[Element]] = {"success": Success, "info": Info, "warning": Warning, "error": Error}
    return kinds.get(page_element.props.get("kind", ""), Alert)


# Wrapper modules subclass Widget and Button above, so they are imported once those exist.
from wasmlit.testing import input_widgets  # noqa: E402

# Element type -> wrapper class, or a function choosing one from the props.
ELEMENT_CLASSES: dict[str, type[Element] | Callable[[PageElement], type[Element]]] = {
    "heading": _heading_class,
    "markdown": _markdown_class,
    "alert": _alert_class,
    "text": Text,
    "code": Code,
    "divider": Divider,
    "exception": Exception,
    "json": Json,
    "button": Button,
    "form_submit_button": FormSubmitButton,
    "form": Form,
    "progress": Progress,
    "spinner": Spinner,
    "status": Status,
    "page_link": PageLink,
    "number_input": input_widgets.NumberInput,
    "text_input": input_widgets.TextInput,
    "text_area": input_widgets.TextArea,
    "date_input": input_widgets.DateInput,
    "time_input": input_widgets.TimeInput,
    "file_uploader": input_widgets.FileUploader,
    "download_button": input_widgets.DownloadButton,
}

# AppTest accessor name -> wrapper class (or classes) it lists.
ACCESSORS: dict[str, type[Element] | tuple[type[Element], ...]] = {
    "title": Title,
    "header": Header,
    "subheader": Subheader,
    "markdown": Markdown,
    "caption": Caption,
    "text": Text,
    "code": Code,
    "divider": Divider,
    "success": Success,
    "info": Info,
    "warning": Warning,
    "error": Error,
    "exception": Exception,
    "json": Json,
    "button": (Button, FormSubmitButton),
    "form_submit_button": FormSubmitButton,
    "form": Form,
    "progress": Progress,
    "spinner": Spinner,
    "status": Status,
    "page_link": PageLink,
    "number_input": input_widgets.NumberInput,
    "text_input": input_widgets.TextInput,
    "text_area": input_widgets.TextArea,
    "date_input": input_widgets.DateInput,
    "time_input": input_widgets.TimeInput,
    "file_uploader": input_widgets.FileUploader,
    "download_button": input_widgets.DownloadButton,
}

# Widget families live in their own modules (they subclass Widget above).
from wasmlit.testing.choice_widgets import CHOICE_ELEMENT_CLASSES  # noqa: E402

ELEMENT_CLASSES.update(CHOICE_ELEMENT_CLASSES)
ACCESSORS.update(CHOICE_ELEMENT_CLASSES)

from wasmlit.testing import display_elements  # noqa: E402

display_elements.register(ELEMENT_CLASSES, ACCESSORS)


def wrap(page_element: PageElement, app: AppTest) -> Element:
    """The wrapper class registered for the element's type; unregistered containers
    are ``Block``s and unregistered widgets generic ``Widget``s (``set_value`` works)."""
    default: type[Element] = Element
    if app.page.is_container(page_element.id):
        default = Block
    elif page_element.id.startswith(WIDGET_ID_PREFIX):
        default = Widget
    chooser = ELEMENT_CLASSES.get(page_element.type, default)
    element_class = chooser if isinstance(chooser, type) else chooser(page_element)
    return element_class(page_element, app)


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
