"""AppTest views of containers: ``at.main``, ``at.sidebar``, ``at.columns``, ``at.tabs``, ...

As in ``streamlit.testing.v1``, a block has ``children`` (index -> node), can be indexed
and iterated (itself first, then every descendant), and answers the same queries as the
app: ``at.sidebar.button[0]``, ``at.columns[1].markdown``, ``at.tabs[0].label``.
"""

from __future__ import annotations

from typing import Any

from wasmlit.testing.app_handle import AppHandle
from wasmlit.testing.elements import Block
from wasmlit.testing.errors import AppTestError
from wasmlit.testing.page_model import PageElement
from wasmlit.testing.props import FlagProp, Prop


class _TypedBlock(Block):
    """A layout block whose ``type`` is Streamlit's AppTest block type name."""

    def __init__(self, page_element: PageElement, app: AppHandle) -> None:
        super().__init__(page_element, app)
        self.type = self.block_type


class RootBlock(Block):
    """``at.main`` and ``at.sidebar``."""

    def __init__(self, root_id: str, app: AppHandle) -> None:
        super().__init__(PageElement(root_id, root_id, {}), app)
        self.type = root_id


class ContainerBlock(_TypedBlock):
    """``st.container`` (and the block an ``st.empty().container()`` holds)."""

    block_type = "flex_container"

    border = FlagProp("border")

    @property
    def height(self) -> Any:
        return self.props.get("height", "content")


class HorizontalBlock(_TypedBlock):
    """The row ``st.columns`` creates; ``at.container`` leaves it out, as Streamlit does."""

    block_type = "flex_container"


class Column(_TypedBlock):
    block_type = "column"

    weight: Prop[float] = Prop("weight")
    gap: Prop[str | None] = Prop("gapName", None)
    vertical_alignment: Prop[str] = Prop("verticalAlignment", "top")
    border = FlagProp("border")


class _Labelled(_TypedBlock):
    label: Prop[str] = Prop("label", "")


class Expander(_Labelled):
    block_type = "expander"

    icon: Prop[str] = Prop("icon", "")
    expanded = FlagProp("expanded")


class Popover(_Labelled):
    block_type = "popover"


class TabContainer(_TypedBlock):
    block_type = "tab_container"

    labels: Prop[list[str]] = Prop("labels")


class Tab(_Labelled):
    block_type = "tab"


class Form(Block):
    """``st.form``: its key is the form id."""

    @property
    def key(self) -> str:
        form_id: str = self.props["formId"]
        return form_id

    clear_on_submit = FlagProp("clearOnSubmit")
    enter_to_submit = FlagProp("enterToSubmit", default=True)
    border = FlagProp("border", default=True)


class Transparent(_TypedBlock):
    """What a fragment wrote into a container created outside it (a wasmlit block that
    Streamlit's AppTest shows as a transparent block)."""

    block_type = "transparent"


class Dialog(_TypedBlock):
    """``st.dialog``: its child is the block the dialog function wrote."""

    block_type = "dialog"

    title: Prop[str] = Prop("title")
    width: Prop[str | int] = Prop("width", "small")
    position: Prop[str] = Prop("position", "center")
    icon: Prop[str] = Prop("icon", "")
    dismissible = FlagProp("dismissible", default=True)
    is_open = FlagProp("isOpen")

    def dismiss(self) -> Dialog:
        """The user closes it (the close button, Escape, a click outside): with
        ``on_dismiss`` "rerun" or a callback, the next ``run()`` sends that dismissal."""
        if not self.dismissible:
            raise AppTestError("Cannot dismiss a dialog created with dismissible=False.")
        if self.props.get("onDismiss"):
            self._app.queue_trigger(self.id)
        return self


def root_block(root_id: str, app: AppHandle) -> RootBlock:
    return RootBlock(root_id, app)
