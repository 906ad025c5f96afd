"""``st.form`` and ``st.form_submit_button`` (docs/semantics.md 5.2).

A form is a container whose host carries the form id: widgets created through it get
``formId`` in their props, and the page holds their values until a submit button of
the same form is clicked. Python never sees a form's pending values; it sees one rerun
request with the submitted values and the submit button's trigger.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wasmlit.catalogue import FORM
from wasmlit.elements.host import ElementHost
from wasmlit.errors import (
    StreamlitDuplicateElementKey,
    StreamlitInvalidLayoutContextError,
    StreamlitValueAssignmentNotAllowedError,
)
from wasmlit.runtime import context
from wasmlit.widgets.button import ButtonCall, button_width, check_button_type, emit_button

NESTED_FORM_MESSAGE = "Forms cannot be nested in other forms."


class FormMixin(ElementHost):
    def form(
        self,
        key: str,
        clear_on_submit: bool = False,
        *,
        enter_to_submit: bool = True,
        border: bool = True,
        width: Any = "stretch",
        height: Any = "content",
    ) -> ElementHost:
        """A container whose widgets send their values together, when it is submitted."""
        if self.form_id is not None:
            raise StreamlitInvalidLayoutContextError(NESTED_FORM_MESSAGE)
        state = context.current().session_state
        form_id = str(key)
        # A form's key is read-only, and forms may share a key with a widget, not a form.
        if isinstance(key, str) and state.assigned_this_run(key):
            raise StreamlitValueAssignmentNotAllowedError(key)
        if form_id in state.form_ids_this_run:
            raise StreamlitDuplicateElementKey(form_id)
        state.add_form(form_id, clear_on_submit=bool(clear_on_submit))
        props: dict[str, Any] = {
            "formId": form_id,
            "clearOnSubmit": bool(clear_on_submit),
            "enterToSubmit": bool(enter_to_submit),
            "border": bool(border),
        }
        if width != "stretch":
            props["width"] = width
        if height != "content":
            props["height"] = height
        node = self._emit(FORM, props)
        return self._block_for(node, form_id=form_id)

    def form_submit_button(
        self,
        label: Any = "Submit",
        help: Any = None,
        on_click: Callable[..., Any] | None = None,
        args: tuple[Any, ...] | list[Any] | None = None,
        kwargs: dict[str, Any] | None = None,
        *,
        key: Any = None,
        type: str = "secondary",
        icon: Any = None,
        icon_position: str = "left",
        disabled: bool = False,
        use_container_width: bool | None = None,
        width: Any = "content",
        shortcut: Any = None,
        wrap: bool | None = None,
    ) -> bool:
        """Submit the form: its widgets' values and this button's click go in one rerun."""
        check_button_type(type)
        call = ButtonCall(
            label,
            key,
            help,
            on_click,
            args,
            kwargs,
            type,
            icon,
            disabled,
            button_width(use_container_width, width),
            shortcut,
        )
        return emit_button(self, call, is_form_submitter=True)
