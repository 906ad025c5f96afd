"""Where an ``st.*`` call puts its element: Streamlit's DeltaGenerator, reduced.

A host is one of four kinds:

- ``dispatch``: the ``st`` module itself; writes go to the innermost ``with`` block, or the
  main area;
- ``root``: ``st.sidebar`` (and the main area), looked up in the current run's tree;
- ``block``: a container created in this run (columns, expander, form, ...);
- ``slot``: one element's place (``st.empty()``, the handle an element call returns);
  writing into it replaces what is there.
"""

from __future__ import annotations

from typing import Any

from wasmlit.catalogue import ElementType
from wasmlit.runtime import context
from wasmlit.runtime.tree import ROOT_MAIN, Node

DISPATCH = "dispatch"
ROOT = "root"
BLOCK = "block"
SLOT = "slot"


class ElementHost:
    def __init__(
        self,
        kind: str,
        *,
        root_id: str = ROOT_MAIN,
        node: Node | None = None,
        form_id: str | None = None,
    ) -> None:
        self._kind = kind
        self._root_id = root_id
        self._node_ref = node
        self._form_id = form_id

    # ----- resolution ---------------------------------------------------------------

    def _resolve(self) -> ElementHost:
        """The host a call on this object really writes to."""
        if self._kind != DISPATCH:
            return self
        stack = context.current().container_stack
        if stack:
            return stack[-1]._resolve()
        return _main_root_host

    def _node(self) -> Node:
        if self._kind == ROOT:
            return context.current().tree.roots[self._root_id]
        assert self._node_ref is not None
        return self._node_ref

    @property
    def root_id(self) -> str:
        return self._resolve()._root_id

    @property
    def form_id(self) -> str | None:
        return self._resolve()._form_id

    # ----- emission -------------------------------------------------------------------

    def _emit(self, element: ElementType, props: dict[str, Any], *, widget_id: str | None = None) -> Node:
        """Add (or, in a slot, replace) one element; every call is a yield point.

        ``element`` is the type's catalogue declaration; containers get a block.
        """
        context.yield_point()
        return self._write(context.current(), self._resolve(), element, props, widget_id)

    def _emit_slot(self, element: ElementType, props: dict[str, Any], *, widget_id: str | None = None) -> ElementHost:
        """``_slot_for(_emit(...))`` in one step. Most element calls end here, thousands per
        rerun of a long page, so the resolution is written out and done once."""
        context.yield_point()
        run_context = context.current()
        host = self
        if self._kind == DISPATCH:
            stack = run_context.container_stack
            host = stack[-1]._resolve() if stack else _main_root_host
        if run_context.redirect_writes is None and host._kind == ROOT:
            # The main area or the sidebar, outside fragments: _write's work, written out.
            tree = run_context.tree
            parent = tree.roots[host._root_id]
            node = tree.append(parent, element.name, props, widget_id=widget_id, container=element.container)
        else:
            node = self._write(run_context, host, element, props, widget_id)
        return self._new_host(SLOT, host._root_id, node, host._form_id)

    def _write(
        self,
        run_context: context.RunContext,
        host: ElementHost,
        element: ElementType,
        props: dict[str, Any],
        widget_id: str | None,
    ) -> Node:
        """Put the element where ``host`` (already resolved) writes."""
        if run_context.redirect_writes is not None:
            host = run_context.redirect_writes(host)
            if widget_id is not None:
                # The page sends this widget's changes as a rerun of its fragment alone.
                props["fragmentId"] = run_context.fragments.current
        tree = run_context.tree
        if host._kind == SLOT:
            return tree.replace(host._node(), element.name, props, container=element.container)
        parent = tree.roots[host._root_id] if host._kind == ROOT else host._node()
        return tree.append(parent, element.name, props, widget_id=widget_id, container=element.container)

    def _new_host(self, kind: str, root_id: str, node: Node, form_id: str | None) -> ElementHost:
        """A host of this object's class; bypasses ``__init__``'s keyword handling, which
        costs as much as the rest of a ``st.markdown`` call."""
        host = object.__new__(type(self))
        host._kind = kind
        host._root_id = root_id
        host._node_ref = node
        host._form_id = form_id
        return host

    def _slot_for(self, node: Node) -> ElementHost:
        """The handle an element call returns: later writes to it replace the element."""
        host = self._resolve()
        return self._new_host(SLOT, host._root_id, node, host._form_id)

    def _block_for(self, node: Node, *, form_id: str | None = None) -> ElementHost:
        host = self._resolve()
        return self._new_host(BLOCK, host._root_id, node, form_id or host._form_id)

    # ----- ``with`` ------------------------------------------------------------------

    def __enter__(self) -> ElementHost:
        context.current().container_stack.append(self)
        return self

    def __exit__(self, *exc_info: object) -> None:
        stack = context.current().container_stack
        if stack and stack[-1] is self:
            stack.pop()


_main_root_host = ElementHost(ROOT, root_id=ROOT_MAIN)
