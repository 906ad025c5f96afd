"""``st.expander``, ``st.popover`` and ``st.tabs``: blocks the visitor opens and closes.

By default whether they are open is the page's own business: the script writes every
tab's and every panel's contents on each run, and the page keeps the visitor's choice
because the DOM node is kept. With ``on_change="rerun"`` or a callback (Streamlit 1.67)
they become widgets: the page reports the open state, the script reads ``.open`` and
the value sits in Session State under ``key``.

Node types and props: ``expander`` (``label``, ``expanded``, ``icon``, ``kind``),
``popover`` (``label``, ``kind``, ``help``, ``icon``, ``disabled``, ``width``),
``tabs`` (``labels``, ``selected``: the index shown first) holding ``tab`` nodes
(``label``). A stateful one also carries the widget ``value``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

from wasmlit.catalogue import EXPANDER, POPOVER, TAB, TABS
from wasmlit.elements import layout_params as params
from wasmlit.elements.host import ElementHost
from wasmlit.errors import (
    StreamlitInvalidParameterTypeError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from wasmlit.widgets.registration import RegisteredWidget, WidgetSpec, register

EXPANDER_TYPES = ("default", "compact", "step")
BUTTON_KINDS = ("primary", "secondary", "tertiary")


def _callback_for(on_change: Any) -> Callable[..., Any] | None:
    """The callback of a stateful block; ``"rerun"`` and ``"ignore"`` have none."""
    if callable(on_change):
        return cast(Callable[..., Any], on_change)
    if on_change in ("rerun", "ignore"):
        return None
    raise StreamlitValueError("on_change", ("'rerun'", "'ignore'", "a callback function"))


def _quoted(values: Sequence[str]) -> str:
    return ", ".join(f"'{value}'" for value in values)


class CollapsibleMixin(ElementHost):
    # Set on the block a stateful expander, popover or tab returns (Streamlit's `.open`).
    open: bool | None = None

    def _stateful_block(self, props: dict[str, Any], widget: RegisteredWidget) -> ElementHost:
        """Emit a block registered as a widget, under its widget id (the page's value contract)."""
        props["value"] = widget.value
        if widget.push_to_browser:
            props["setValue"] = True
        if widget.user_key is not None:
            props["key"] = widget.user_key
        node = self._emit(widget.spec.element, props, widget_id=widget.id)
        node.force_send = widget.push_to_browser
        return self._block_for(node)

    def expander(
        self,
        label: Any,
        expanded: bool = False,
        *,
        key: Any = None,
        icon: Any = None,
        type: str = "default",
        width: Any = "stretch",
        on_change: Any = "ignore",
        args: Any = None,
        kwargs: Any = None,
        bind: Any = None,
    ) -> ElementHost:
        """A block behind a clickable label; ``expanded`` is how it first appears."""
        if label is None:
            raise StreamlitMissingRequiredParameterError("The `label` parameter is required.")
        callback = _callback_for(on_change)
        if type not in EXPANDER_TYPES:
            raise StreamlitValueError("type", _quoted(EXPANDER_TYPES))
        params.check_width(width, allow_content=False)
        props: dict[str, Any] = {"label": str(label), "expanded": bool(expanded), "kind": type}
        checked_icon = params.check_icon(icon)
        if checked_icon is not None:
            props["icon"] = checked_icon
        if on_change == "ignore" and bind is None:
            claimed = params.claim_container_key(key)
            if claimed is not None:
                props["key"] = claimed
            return self._block_for(self._emit(EXPANDER, props))
        identity = {"label": str(label), "expanded": bool(expanded), "icon": checked_icon, "width": width, "type": type}
        spec = WidgetSpec(
            element=EXPANDER,
            key=key,
            identity_params=identity,
            keyed_identity_params=identity,
            deserialize=lambda raw: bool(expanded) if raw is None else bool(raw),
            serialize=bool,
            callback=callback,
            callback_args=args,
            callback_kwargs=kwargs,
        )
        widget = register(self, spec)
        props["expanded"] = bool(widget.value)
        block = self._stateful_block(props, widget)
        cast(CollapsibleMixin, block).open = bool(widget.value)
        return block

    def popover(
        self,
        label: Any,
        *,
        type: str = "secondary",
        help: Any = None,
        icon: Any = None,
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Any = "content",
        wrap: bool | None = None,
        key: Any = None,
        on_change: Any = "ignore",
        args: Any = None,
        kwargs: Any = None,
    ) -> ElementHost:
        """A button that opens a floating panel; the script fills the panel on every run."""
        if label is None:
            raise StreamlitMissingRequiredParameterError("The `label` parameter is required.")
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        if type not in BUTTON_KINDS:
            raise StreamlitValueError("type", _quoted(BUTTON_KINDS))
        callback = _callback_for(on_change)
        params.check_width(width, allow_content=True)
        checked_icon = params.check_icon(icon)
        props: dict[str, Any] = {"label": str(label), "kind": type, "disabled": bool(disabled), "width": width}
        if help is not None:
            props["help"] = str(help)
        if checked_icon is not None:
            props["icon"] = checked_icon
        if on_change == "ignore":
            claimed = params.claim_container_key(key)
            if claimed is not None:
                props["key"] = claimed
            return self._block_for(self._emit(POPOVER, props))
        identity = {
            "label": str(label),
            "type": type,
            "help": help,
            "icon": checked_icon,
            "disabled": bool(disabled),
            "width": width,
        }
        spec = WidgetSpec(
            element=POPOVER,
            key=key,
            identity_params=identity,
            keyed_identity_params=identity,
            deserialize=lambda raw: False if raw is None else bool(raw),
            serialize=bool,
            callback=callback,
            callback_args=args,
            callback_kwargs=kwargs,
            disabled=bool(disabled),
        )
        widget = register(self, spec)
        block = self._stateful_block(props, widget)
        cast(CollapsibleMixin, block).open = bool(widget.value)
        return block

    def tabs(
        self,
        tabs: Any,
        *,
        width: Any = "stretch",
        height: Any = "content",
        default: str | None = None,
        key: Any = None,
        on_change: Any = "ignore",
        args: Any = None,
        kwargs: Any = None,
        bind: Any = None,
    ) -> list[ElementHost]:
        """One block per label; every tab's contents are written, the page shows one."""
        if not tabs:
            raise StreamlitMissingRequiredParameterError(
                "The `tabs` parameter is required. Provide at least one tab label."
            )
        labels = list(tabs)
        if default and default not in labels:
            raise StreamlitValueError("default", f"a tab label from `tabs`. `{default}` is not in the list of tabs")
        for label in labels:
            if not isinstance(label, str):
                raise StreamlitInvalidParameterTypeError("tabs", "a string for each tab label", type(label).__name__)
        callback = _callback_for(on_change)
        params.check_width(width, allow_content=False)
        params.check_height(height, allow_content=True)
        default_label = default if default else labels[0]
        props: dict[str, Any] = {"labels": labels, "selected": labels.index(default_label)}
        if height != "content":
            props["height"] = height
        if on_change == "ignore" and bind is None:
            claimed = params.claim_container_key(key)
            if claimed is not None:
                props["key"] = claimed
            container = self._block_for(self._emit(TABS, props))
            return [container._block_for(container._emit(TAB, {"label": label})) for label in labels]
        identity = {"tabs": labels, "width": width, "height": height, "default": default}
        spec = WidgetSpec(
            element=TABS,
            key=key,
            identity_params=identity,
            keyed_identity_params=identity,
            deserialize=lambda raw: default_label if raw is None else str(raw),
            serialize=str,
            callback=callback,
            callback_args=args,
            callback_kwargs=kwargs,
        )
        widget = register(self, spec)
        current = widget.value if widget.value in labels else default_label
        props["selected"] = labels.index(current)
        container = self._stateful_block(props, widget)
        result = []
        for label in labels:
            tab = container._block_for(container._emit(TAB, {"label": label}))
            cast(CollapsibleMixin, tab).open = label == current
            result.append(tab)
        return result
