"""Registering a widget: the policy checks, the id, and the value (SEMANTICS.md 3.1-3.7)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from wasmlit import context
from wasmlit.caching import warn_if_widget_in_cached_function
from wasmlit.elements.host import ElementHost
from wasmlit.errors import (
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    StreamlitInvalidFormCallbackError,
    StreamlitValueAssignmentNotAllowedError,
    StreamlitValueError,
)
from wasmlit.state.proxy import validate_key
from wasmlit.state.session_state import PLAIN_VALUE, RegisteredValue, WidgetMetadata


def _stable_text(value: Any) -> str:
    """A text for hashing that is the same in every run and every process.

    Objects whose ``repr`` carries a memory address are named by type and ``str``
    instead, so a widget built from them keeps its id across reruns.

    >>> _stable_text({"b": [1, 2.5], "a": None})
    "{'a':None,'b':[1,2.5]}"
    """
    if value is None or isinstance(value, bool | int | float | str | bytes):
        return repr(value)
    if isinstance(value, Mapping):
        items = sorted((_stable_text(k), _stable_text(v)) for k, v in value.items())
        return "{" + ",".join(f"{k}:{v}" for k, v in items) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(_stable_text(item) for item in value) + "]"
    if isinstance(value, set | frozenset):
        return "{" + ",".join(sorted(_stable_text(item) for item in value)) + "}"
    text = repr(value)
    if " at 0x" in text:
        text = f"{type(value).__qualname__}:{value}"
    return text


def compute_widget_id(
    element_type: str,
    user_key: str | None,
    *,
    page_hash: str,
    identity_params: Mapping[str, Any],
    keyed_identity_params: Mapping[str, Any],
    form_id: str | None,
    root_id: str,
) -> str:
    """``$$ID-<hash>-<key>``; a keyed id ignores everything but its value-shaping params."""
    if user_key is None:
        parts = [element_type, _stable_text(identity_params), str(form_id), root_id, page_hash]
    else:
        parts = [element_type, user_key, page_hash, _stable_text(keyed_identity_params)]
    digest = hashlib.md5("\x1f".join(parts).encode("utf-8"), usedforsecurity=False).hexdigest()
    return f"$$ID-{digest}-{user_key}"


@dataclass
class WidgetSpec:
    """Everything one widget call tells the registry."""

    element_type: str
    command: str  # the `st.<command>` name used in error texts
    key: Any
    identity_params: dict[str, Any]
    deserialize: Callable[[Any], Any]
    serialize: Callable[[Any], Any]
    keyed_identity_params: dict[str, Any] = field(default_factory=dict)
    value_type: str = PLAIN_VALUE
    callback: Callable[..., Any] | None = None
    callback_args: tuple[Any, ...] | None = None
    callback_kwargs: dict[str, Any] | None = None
    disabled: bool = False
    read_only: bool = False
    # Submit buttons are the only widgets allowed callbacks inside a form.
    may_have_callback_in_form: bool = False


@dataclass(frozen=True)
class RegisteredWidget:
    id: str
    user_key: str | None
    value: Any
    push_to_browser: bool


def normalize_key(key: Any) -> str | None:
    """``None`` (and the key "None", which Streamlit's ids cannot tell apart) means no key."""
    if key is None:
        return None
    checked = validate_key(key)
    return None if checked == "None" else checked


def register(host: ElementHost, spec: WidgetSpec) -> RegisteredWidget:
    warn_if_widget_in_cached_function()
    run_context = context.current()
    state = run_context.session_state
    form_id = host.form_id

    if form_id is not None and spec.callback is not None and not spec.may_have_callback_in_form:
        raise StreamlitInvalidFormCallbackError()
    user_key = normalize_key(spec.key)
    if spec.read_only and user_key is not None and state.assigned_this_run(user_key):
        raise StreamlitValueAssignmentNotAllowedError(user_key)
    if user_key is not None and user_key in state.widget_keys_this_run:
        raise StreamlitDuplicateElementKey(user_key)

    widget_id = compute_widget_id(
        spec.element_type,
        user_key,
        page_hash=run_context.page_hash,
        identity_params=spec.identity_params,
        keyed_identity_params=spec.keyed_identity_params,
        form_id=form_id,
        root_id=host.root_id,
    )
    if widget_id in state.widget_ids_this_run:
        raise StreamlitDuplicateElementId(spec.command)

    metadata = WidgetMetadata(
        id=widget_id,
        element_type=spec.element_type,
        deserialize=spec.deserialize,
        serialize=spec.serialize,
        value_type=spec.value_type,
        callback=spec.callback,
        callback_args=tuple(spec.callback_args or ()),
        callback_kwargs=dict(spec.callback_kwargs or {}),
        disabled=spec.disabled,
    )
    registered: RegisteredValue = state.register_widget(metadata, user_key)
    return RegisteredWidget(widget_id, user_key, registered.value, registered.push_to_browser)


LABEL_VISIBILITIES = ("visible", "hidden", "collapsed")


def check_label_visibility(label_visibility: str) -> None:
    if label_visibility not in LABEL_VISIBILITIES:
        raise StreamlitValueError("label_visibility", LABEL_VISIBILITIES)


def common_widget_props(
    label: Any,
    *,
    widget: RegisteredWidget,
    help: Any = None,
    disabled: bool = False,
    label_visibility: str = "visible",
) -> dict[str, Any]:
    """Props every widget component reads; ``key`` gives the ``st-key-*`` class."""
    check_label_visibility(label_visibility)
    props: dict[str, Any] = {
        "label": "" if label is None else str(label),
        "disabled": bool(disabled),
    }
    if help is not None:
        props["help"] = str(help)
    if label_visibility != "visible":
        props["labelVisibility"] = label_visibility
    if widget.user_key is not None:
        props["key"] = widget.user_key
    return props


def emit_widget(
    host: ElementHost,
    element_type: str,
    props: dict[str, Any],
    widget: RegisteredWidget,
    browser_value: Any,
) -> None:
    """Add a value widget to the page, following the page's value contract.

    ``props["value"]`` is the value in its browser (JSON) form. The page adopts it when
    the widget first appears, or when ``props["setValue"]`` says the script set it; a
    widget created through a form's container carries ``formId``.
    """
    props["value"] = browser_value
    if widget.push_to_browser:
        props["setValue"] = True
    form_id = host.form_id
    if form_id is not None:
        props["formId"] = form_id
    node = host._emit(element_type, props, widget_id=widget.id)
    node.force_send = widget.push_to_browser
