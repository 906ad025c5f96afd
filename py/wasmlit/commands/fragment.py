"""``st.fragment``: a function whose part of the page reruns alone (docs/semantics.md 14.1).

A call during a run creates a container where the call stands, registers the call in the
session's ``FragmentStorage`` and runs the function in that container. A fragment run
(a widget of the fragment changed, ``run_every``, ``st.rerun(scope="fragment")``) finds
the container again in the page's tree, empties it and runs the function once more: the
rest of the page keeps its elements, unchanged and unsent.

Writes into a container created outside the fragment (``st.sidebar``, a container or an
``st.empty`` of the main script) go into a wrapper block the fragment owns inside that
container, so that its rerun replaces its own writes there and nothing else.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from datetime import timedelta
from typing import Any, TypeVar, cast, overload

from wasmlit.caching.storage import ttl_seconds
from wasmlit.catalogue import EXCEPTION, TRANSPARENT
from wasmlit.commands.execution_control import RerunException, ScriptControlException, StopException
from wasmlit.elements.exception import uncaught_exception_props
from wasmlit.elements.host import BLOCK, DISPATCH, SLOT, ElementHost
from wasmlit.errors import (
    FragmentHandledException,
    StreamlitAPIException,
    StreamlitDuplicateElementKey,
    StreamlitInvalidLayoutContextError,
)
from wasmlit.runtime import context
from wasmlit.runtime.context import RunContext
from wasmlit.runtime.fragments import RESERVED_FRAGMENT_KEYS, Lifetime, OutsideWrapper, RegisteredFragment
from wasmlit.runtime.state.session_state_proxy import validate_key
from wasmlit.runtime.tree import ROOT_BOTTOM, ROOT_EVENT, ROOT_SIDEBAR, Node

F = TypeVar("F", bound=Callable[..., Any])

OUTSIDE_WRITE_WITHOUT_FULL_RUN = (
    "A fragment tried to write to a container created outside it, but the fragment did not write "
    "to that container during the last full app run, so Streamlit could not reserve a stable "
    "position for it.\n\n"
    "If this fragment uses `parallel=True`, writing to containers created outside it is not "
    "supported, including `st.sidebar` and `st.bottom`. Move the element inside the fragment body.\n\n"
    "Otherwise, inside the fragment function, write to the container on every full app run "
    "(e.g. `outside_container.empty()` or `with outside_container: st.empty()`), then fill it "
    "during fragment reruns."
)
OUTSIDE_WRITE_FROM_PARALLEL = (
    "Writing to a container created outside a parallel fragment, including `st.sidebar` and "
    "`st.bottom`, is not supported on a full app run or a later fragment rerun.\n\n"
    "To fix this, move the element inside the fragment body."
)
# Roots both the script and fragments append to: a fragment's writes need a wrapper.
_SHARED_ROOTS = (ROOT_SIDEBAR, ROOT_BOTTOM)


def check_not_parallel_worker(api_name: str) -> None:
    """Streamlit refuses some commands in a parallel fragment on a full run."""
    if context.current().fragments.parallel_worker:
        raise StreamlitInvalidLayoutContextError(
            f"`{api_name}` cannot be called from a parallel fragment during the initial page load, "
            f"because parallel fragments run concurrently on separate threads where `{api_name}` is "
            "not safe.\n\nTo fix this, gate the call behind a widget interaction (e.g., "
            "`if st.button(...):`) so it runs during a sequential fragment rerun instead."
        )


# ----- the decorator ------------------------------------------------------------------


@overload
def fragment(func: F, *, run_every: Any = None, parallel: bool = False, key: Any = None) -> F: ...


@overload
def fragment(
    func: None = None, *, run_every: Any = None, parallel: bool = False, key: Any = None
) -> Callable[[F], F]: ...


def fragment(
    func: F | None = None, *, run_every: Any = None, parallel: bool = False, key: Any = None
) -> F | Callable[[F], F]:
    """Turn a function into a fragment: its widgets rerun only it; ``run_every`` reruns
    it on a timer in the page; ``key`` lets a callback rerun it with ``st.rerun(key)``."""
    return make_fragment(func, run_every=run_every, parallel=parallel, key=key)


def _fragment_key(key: Any) -> str | None:
    if key is None:
        return None
    text = validate_key(key)
    if text in RESERVED_FRAGMENT_KEYS:
        raise StreamlitAPIException(
            f"`{text}` is a reserved name and cannot be used as a fragment key, because "
            "`st.rerun(scope=...)` reads it as a rerun level. Choose a different key for "
            "`@st.fragment(key=...)`."
        )
    return text


def make_fragment(
    func: F | None,
    *,
    run_every: Any = None,
    parallel: bool = False,
    key: Any = None,
    additional_hash_info: str = "",
    lifetime: Lifetime = Lifetime.PARENT_SCOPED,
) -> F | Callable[[F], F]:
    """``st.fragment`` with the options only wasmlit's own callers use (``st.dialog``)."""
    checked_key = _fragment_key(key)
    if func is None:
        return lambda later: fragment(later, run_every=run_every, parallel=parallel, key=checked_key)
    decorated = func

    @functools.wraps(decorated)
    def wrap(*args: Any, **kwargs: Any) -> Any:
        run_context = context.active()
        if run_context is None:
            return None  # outside a run (``python app.py``), as Streamlit's bare mode
        definition_id = f"{_object_name(decorated)}{additional_hash_info}"
        if checked_key is not None and not run_context.fragments.claim_key(checked_key, definition_id):
            raise StreamlitDuplicateElementKey(checked_key)
        block = _open_container(run_every_seconds(run_every))
        body = functools.partial(decorated, *args, **kwargs)
        registration = _register(run_context, block, definition_id, body, lifetime=lifetime, key=checked_key)
        if parallel and not run_context.fragments.ids_this_run:
            return _run_as_parallel(run_context, registration, block)
        return execute(run_context, registration, block, inline=True)

    return cast(F, wrap)


def _register(
    run_context: RunContext,
    block: ElementHost,
    definition_id: str,
    body: Callable[[], Any],
    *,
    lifetime: Lifetime,
    key: str | None,
) -> RegisteredFragment:
    """Name the fragment after its definition and its container, and keep it for its reruns."""
    node = block._node()
    fragment_id = _fragment_id(definition_id, node.id)
    node.props["fragmentId"] = fragment_id
    registration = RegisteredFragment(
        id=fragment_id,
        definition_id=definition_id,
        body=body,
        container_id=node.id,
        root_id=block.root_id,
        form_id=block.form_id,
        page_hash=run_context.page_hash,
        parent_id=run_context.fragments.current,
        lifetime=lifetime,
        key=key,
    )
    run_context.fragments.storage.register(registration)
    return registration


def _object_name(func: Callable[..., Any]) -> str:
    """``module.qualname``, also for callables without them (a ``functools.partial``)."""
    name = getattr(func, "__qualname__", None) or type(func).__qualname__
    return f"{getattr(func, '__module__', None) or type(func).__module__}.{name}"


def _fragment_id(definition_id: str, container_id: str) -> str:
    """Stable for one call site: the function and where its container stands."""
    return hashlib.md5(f"{definition_id}@{container_id}".encode(), usedforsecurity=False).hexdigest()


def _open_container(interval: float | None) -> ElementHost:
    """The fragment's container, where the call stands (written for the calling scope)."""
    from wasmlit.delta_generator import DeltaGenerator

    block = DeltaGenerator(DISPATCH).container()
    if interval is not None and interval > 0:
        block._node().props["runEvery"] = interval
    return block


# ----- running a fragment -------------------------------------------------------------


def execute(run_context: RunContext, registration: RegisteredFragment, block: ElementHost, *, inline: bool) -> Any:
    """Run the fragment's function in its container.

    An error is shown inside the container (Streamlit's fragment handles its own
    errors) and goes on as ``FragmentHandledException``: a full run ends there, a
    fragment run goes on with its next fragment.
    """
    fragments = run_context.fragments
    if fragments.ids_this_run:
        _forget_last_run_outside_writes(run_context, registration.id)
    fragments.new_ids.add(registration.id)
    saved = (fragments.current, run_context.page_hash, run_context.container_stack, run_context.redirect_writes)
    stack = [*run_context.container_stack, block] if inline else [block]
    fragments.current = registration.id
    run_context.page_hash = registration.page_hash
    run_context.container_stack = list(stack)
    run_context.redirect_writes = redirect_outside_write
    try:
        return registration.body()
    except ScriptControlException:
        raise
    except Exception as error:
        run_context.container_stack = list(stack)
        block._emit(EXCEPTION, uncaught_exception_props(error, run_context.config))
        raise FragmentHandledException(error)  # noqa: B904 - Streamlit chains it implicitly
    finally:
        fragments.current, run_context.page_hash, run_context.container_stack, run_context.redirect_writes = saved


def rerun_fragment(run_context: RunContext, registration: RegisteredFragment) -> None:
    """A fragment run: empty the fragment's container in the page's tree and fill it again.
    A fragment whose container left the page (the last full run did not call it) is skipped."""
    from wasmlit.delta_generator import DeltaGenerator

    node = run_context.tree.nodes.get(registration.container_id)
    if node is None or node.children is None:
        return
    run_context.tree.clear_children(node)
    block = DeltaGenerator(BLOCK, root_id=registration.root_id, node=node, form_id=registration.form_id)
    execute(run_context, registration, block, inline=False)


def _run_as_parallel(run_context: RunContext, registration: RegisteredFragment, block: ElementHost) -> None:
    """``parallel=True`` on a full run. Pyodide has no threads: the fragment runs at its
    call, under the rules of Streamlit's parallel workers (its errors and its
    ``st.rerun``/``st.stop`` do not end the script; they take effect when the body ends)."""
    fragments = run_context.fragments
    if fragments.parallel_exit is not None:
        return  # a parallel fragment asked to stop: the others stop at their first yield point
    fragments.parallel_worker = True
    try:
        execute(run_context, registration, block, inline=True)
    except (RerunException, StopException) as exit_request:
        fragments.parallel_exit = exit_request
        run_context.stop_requested = False
    except FragmentHandledException:
        pass
    finally:
        fragments.parallel_worker = False


def _forget_last_run_outside_writes(run_context: RunContext, fragment_id: str) -> None:
    """Before a fragment reruns: its wrappers are emptied (they keep their place), the
    wrappers inside containers it creates go, and so do the dialogs it opened."""
    storage = run_context.fragments.storage
    tree = run_context.tree
    storage.evict_wrappers_created_by(fragment_id)
    for wrapper in storage.wrappers_of(fragment_id):
        node = tree.nodes.get(wrapper.node_id)
        if node is not None and node.children is not None:
            tree.clear_children(node)
    event_root = tree.roots[ROOT_EVENT]
    for child in list(event_root.children or ()):
        if child.props.get("fragmentId") == fragment_id:
            tree.remove(child)


# ----- writes into containers created outside the fragment ----------------------------


def _tagged(node: Node | None, fragment_id: str) -> bool:
    """Whether ``node`` or an ancestor belongs to the fragment (its container, a wrapper)."""
    while node is not None:
        if node.props.get("fragmentId") == fragment_id:
            return True
        node = node.parent
    return False


def _creator(node: Node | None) -> str | None:
    """The fragment whose run created ``node`` (None: the main script)."""
    while node is not None:
        owner = node.props.get("fragmentId")
        if owner is not None:
            return str(owner)
        node = node.parent
    return None


def redirect_outside_write(host: ElementHost) -> ElementHost:
    """Where a write from the running fragment really goes (``RunContext.redirect_writes``)."""
    run_context = context.current()
    fragments = run_context.fragments
    fragment_id = fragments.current
    if fragment_id is None or run_context.in_callback:
        return host
    target = host._node()
    if target.type == TRANSPARENT.name and host._kind == SLOT and target.props.get("fragmentId") == fragment_id:
        return _into_wrapper(host, target, locked=True)  # an st.empty this fragment already fills
    if target.parent is None:
        if target.id not in _SHARED_ROOTS and not fragments.parallel_worker:
            return host  # the event root holds dialogs: they are placed, not appended
    elif _tagged(target, fragment_id):
        return host
    if fragments.parallel_worker:
        raise StreamlitInvalidLayoutContextError(OUTSIDE_WRITE_FROM_PARALLEL)
    return _wrapper_for(run_context, host, target, fragment_id)


def _wrapper_for(run_context: RunContext, host: ElementHost, target: Node, fragment_id: str) -> ElementHost:
    fragments = run_context.fragments
    tree = run_context.tree
    wrapper = fragments.storage.wrapper(fragment_id, target.id)
    node = tree.nodes.get(wrapper.node_id) if wrapper is not None else None
    if wrapper is None or node is None or node.type != TRANSPARENT.name:
        creator = _creator(target)
        # A fragment run can only reuse a place reserved by the last full run (or by a
        # fragment of this run, which is creating the container now).
        if fragments.ids_this_run and creator not in fragments.ids_this_run:
            raise StreamlitInvalidLayoutContextError(OUTSIDE_WRITE_WITHOUT_FULL_RUN)
        locked = host._kind == SLOT
        props = {"fragmentId": fragment_id}
        if locked:
            node = tree.replace(target, TRANSPARENT.name, props, container=True)
        else:
            node = tree.append(target, TRANSPARENT.name, props, container=True)
        wrapper = OutsideWrapper(node.id, creator, locked)
        fragments.storage.add_wrapper(fragment_id, target.id, wrapper)
    return _into_wrapper(host, node, locked=wrapper.locked)


def _into_wrapper(host: ElementHost, wrapper: Node, *, locked: bool) -> ElementHost:
    """A wrapper of an ``st.empty`` holds one element, which each write replaces."""
    if locked and wrapper.children:
        return type(host)(SLOT, root_id=host._root_id, node=wrapper.children[0], form_id=host._form_id)
    return type(host)(BLOCK, root_id=host._root_id, node=wrapper, form_id=host._form_id)


def run_every_seconds(run_every: int | float | timedelta | str | None) -> float | None:
    """``run_every`` in seconds, parsed as Streamlit parses it (None: no timer)."""
    return ttl_seconds(run_every) if run_every else None


def warn_element_in_fragment_callback(host: ElementHost) -> ElementHost:
    """``RunContext.redirect_writes`` while a callback of a fragment's widget runs."""
    from wasmlit.runtime import log

    log.warn(
        "Warning: A fragment rerun was triggered with a callback that displays one or more elements. "
        "During a fragment rerun, within a callback, displaying elements is not officially supported "
        "because those elements will replace the existing elements at the top of your app."
    )
    return host
