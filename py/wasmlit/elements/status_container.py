"""The container ``st.status`` returns: a block with a mutable label, state and expansion."""

from __future__ import annotations

from typing import Any

from wasmlit.delta_generator import DeltaGenerator
from wasmlit.elements.status import check_state
from wasmlit.runtime import context


class StatusContainer(DeltaGenerator):
    _status_state = "running"

    def update(self, *, label: Any = None, expanded: bool | None = None, state: str | None = None) -> None:
        """Change the label, open or close the container, or set running/complete/error."""
        node = self._node()
        props = dict(node.props)
        if label is not None:
            props["label"] = str(label)
        if expanded is not None:
            props["expanded"] = bool(expanded)
            # Tells the page to follow the script even after the user toggled it.
            props["expandedVersion"] = props.get("expandedVersion", 0) + 1
        if state is not None:
            props["state"] = check_state(state)
            self._status_state = props["state"]
        context.current().tree.update_props(node, props)

    def __enter__(self) -> StatusContainer:
        super().__enter__()
        return self

    def __exit__(self, *exc_info: object) -> None:
        exception_type = exc_info[0] if exc_info else None
        if self._status_state == "running":
            if exception_type is None:
                context.yield_point(force=True)
            self.update(state="error" if exception_type is not None else "complete")
        super().__exit__(*exc_info)
