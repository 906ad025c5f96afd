"""``st.status``: a collapsible container whose label shows whether the work is running,
complete or failed. Used with ``with``, it turns complete (or error, if an exception left
the block) when the block ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wasmlit.catalogue import STATUS
from wasmlit.elements.host import BLOCK, ElementHost
from wasmlit.errors import StreamlitValueError
from wasmlit.runtime import context

if TYPE_CHECKING:
    from wasmlit.elements.status_container import StatusContainer

STATUS_STATES = ("running", "complete", "error")
STATUS_TYPES = ("default", "compact", "step")


def check_state(state: Any) -> str:
    if state not in STATUS_STATES:
        raise StreamlitValueError("state", STATUS_STATES)
    return str(state)


class StatusMixin(ElementHost):
    def status(
        self,
        label: Any,
        *,
        expanded: bool = False,
        state: str = "running",
        type: str = "default",
        width: Any = "stretch",
    ) -> StatusContainer:
        """A status container; ``.update(label=, expanded=, state=)`` changes it later."""
        from wasmlit.elements.status_container import StatusContainer

        if type not in STATUS_TYPES:
            raise StreamlitValueError("type", STATUS_TYPES)
        props: dict[str, Any] = {
            "label": "" if label is None else str(label),
            "expanded": bool(expanded),
            "state": check_state(state),
        }
        if type != "default":
            props["kind"] = type
        node = self._emit(STATUS, props)
        host = self._resolve()
        container = StatusContainer(BLOCK, root_id=host._root_id, node=node, form_id=host._form_id)
        container._status_state = props["state"]
        # Streamlit sleeps briefly here so the container reaches the page before the work.
        context.yield_point(force=True)
        return container
