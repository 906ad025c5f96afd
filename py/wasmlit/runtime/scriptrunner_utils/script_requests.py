"""``RerunData``: what a rerun request carries in Streamlit. wasmlit accepts it in
``RerunException(RerunData(...))`` (an old way to rerun) and reruns the script as
``st.rerun()`` does."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RerunData:
    query_string: str = ""
    widget_states: Any = None
    page_script_hash: str = ""
    page_name: str = ""
    fragment_id: str | None = None
    fragment_id_queue: list[str] = field(default_factory=list)
    is_fragment_scoped_rerun: bool = False
    is_auto_rerun: bool = False
    is_history_navigation: bool = False
