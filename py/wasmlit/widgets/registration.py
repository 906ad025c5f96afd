"""Registering a widget: the policy checks, the id, and the value (docs/semantics.md 3.1-3.7)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from wasmlit.caching import warn_if_widget_in_cached_function
from wasmlit.catalogue import ElementType
from wasmlit.elements.host import ElementHost
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    StreamlitInvalidFormCallbackError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueAssignmentNotAllowedError,
    StreamlitValueError,
)
from wasmlit.query_params import current_query_params
from wasmlit.runtime import context, log
from wasmlit.runtime.state.session_state import PLAIN_VALUE, RegisteredValue, SessionState, WidgetMetadata
from wasmlit.runtime.state.session_state_proxy import validate_key
from wasmlit.runtime.tree import Node
from wasmlit.string_util import to_help_str
from wasmlit.widgets.url_binding import QueryParamBinding, UrlValue


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


# ``WidgetSpec.label`` of a widget that shows no label (``st.chat_input``).
NO_LABEL: Any = object()


@dataclass
class WidgetSpec:
    """Everything one widget call tells the registry, and how the page shows it."""

    element: ElementType
    key: Any
    identity_params: dict[str, Any]
    deserialize: Callable[[Any], Any]
    serialize: Callable[[Any], Any]
    keyed_identity_params: dict[str, Any] = field(default_factory=dict)
    value_type: str = PLAIN_VALUE
    callback: Callable[..., Any] | None = None
    # As the script passed it (any sequence); registration stores a tuple.
    callback_args: Sequence[Any] | None = None
    callback_kwargs: dict[str, Any] | None = None
    disabled: bool = False
    # The key cannot take a value through Session State (docs/semantics.md 3.5).
    read_only: bool = False
    # Submit buttons are the only widgets allowed callbacks inside a form.
    may_have_callback_in_form: bool = False
    # The call passed a default that counts as "non-default" by the widget's own rule
    # (docs/semantics.md 3.4); with a value set through Session State, that is logged once.
    non_default_value: bool = False
    # The props every widget shows the same way (``common_widget_props``).
    label: Any = None
    help: Any = None
    label_visibility: str = "visible"
    # A width in pixels (other widths are classes the widget sets itself).
    pixel_width: Any = None
    # ``on_change``/``on_click`` as passed: "ignore" keeps new values without a rerun.
    on_change: Any = None
    # ``bind="query-params"`` (with ``url``: how the value is written in the address) and
    # ``persist_state``, as passed and checked by the widget (docs/semantics.md 3.6, 10).
    bind: Any = None
    url: UrlValue | None = None
    persist_state: Any = None

    @property
    def command(self) -> str:
        """The ``st.<command>`` name in error texts."""
        return self.element.name


@dataclass(frozen=True)
class RegisteredWidget:
    id: str
    user_key: str | None
    value: Any
    push_to_browser: bool
    spec: WidgetSpec
    # The default in its browser form, for widgets in a ``clear_on_submit`` form: the
    # page resets the widget to it after a submit (see ``show_widget``).
    form_default: Any = None
    has_form_default: bool = False


def normalize_key(key: Any) -> str | None:
    """``None`` (and the key "None", which Streamlit's ids cannot tell apart) means no key."""
    if key is None:
        return None
    checked = validate_key(key)
    return None if checked == "None" else checked


ON_CHANGE_MODES = ("rerun", "ignore")


def validate_callback(
    callback: object,
    *,
    parameter: str = "on_change",
    supported_modes: tuple[str, ...] = (),
) -> Callable[..., Any] | None:
    """A callback parameter, checked as Streamlit checks it; modes become ``None``.

    >>> validate_callback(None) is None
    True
    >>> validate_callback("rerun", parameter="on_click")
    Traceback (most recent call last):
    ...
    wasmlit.errors.StreamlitAPIException: `on_click="rerun"` is not supported on this widget. Pass a callback, or omit `on_click`.
    >>> validate_callback(5, supported_modes=ON_CHANGE_MODES)
    Traceback (most recent call last):
    ...
    wasmlit.errors.StreamlitValueError: Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function.
    """
    if callback is None:
        return None
    if callable(callback):
        return callback
    if isinstance(callback, str) and callback in ON_CHANGE_MODES:
        if callback in supported_modes:
            return None
        raise StreamlitAPIException(
            f'`{parameter}="{callback}"` is not supported on this widget. Pass a callback, or omit `{parameter}`.'
        )
    raise StreamlitValueError(parameter, ", ".join([repr(mode) for mode in supported_modes] + ["a callback function"]))


def _check_policies(state: SessionState, spec: WidgetSpec, form_id: str | None) -> str | None:
    """Streamlit's policy checks, in its order; returns the user key (docs/semantics.md 3.7)."""
    if form_id is not None and spec.callback is not None and not spec.may_have_callback_in_form:
        raise StreamlitInvalidFormCallbackError()
    user_key = normalize_key(spec.key)
    if user_key is not None and state.assigned_this_run(user_key):
        if spec.read_only:
            raise StreamlitValueAssignmentNotAllowedError(user_key)
        if spec.non_default_value:
            log.warn_default_value_with_session_state(user_key)
    return user_key


@dataclass(frozen=True)
class ClaimedWidget:
    """A widget whose policies passed and whose key and id are taken for this run."""

    id: str
    user_key: str | None
    form_id: str | None


def claim_widget_id(host: ElementHost, spec: WidgetSpec) -> ClaimedWidget:
    """Policy checks, then the key and the id are claimed for this run.

    Both claims happen before the value is registered, as in Streamlit: a widget that
    fails a later layout check (``st.button`` in a form) still holds its key and id.
    """
    warn_if_widget_in_cached_function()
    run_context = context.current()
    state = run_context.session_state
    form_id = host.form_id
    user_key = _check_policies(state, spec, form_id)
    widget_id = compute_widget_id(
        spec.element.name,
        user_key,
        page_hash=run_context.page_hash,
        identity_params=spec.identity_params,
        keyed_identity_params=spec.keyed_identity_params,
        form_id=form_id,
        root_id=host.root_id,
    )
    if user_key is not None:
        if user_key in state.widget_keys_this_run:
            raise StreamlitDuplicateElementKey(user_key)
        state.widget_keys_this_run.add(user_key)
    if widget_id in state.widget_ids_this_run:
        raise StreamlitDuplicateElementId(spec.command)
    state.widget_ids_this_run.add(widget_id)
    return ClaimedWidget(widget_id, user_key, form_id)


def register_claimed(spec: WidgetSpec, claimed: ClaimedWidget) -> RegisteredWidget:
    """Store the widget's metadata and return its value for this run."""
    check_bind_and_persist_state(spec.bind, spec.persist_state, spec.key)
    run_context = context.current()
    state = run_context.session_state
    metadata = WidgetMetadata(
        id=claimed.id,
        element_type=spec.element.name,
        deserialize=spec.deserialize,
        serialize=spec.serialize,
        value_type=spec.value_type,
        callback=spec.callback,
        callback_args=tuple(spec.callback_args or ()),
        callback_kwargs=dict(spec.callback_kwargs or {}),
        disabled=spec.disabled,
        fragment_id=run_context.fragments.current,
        persist_state=spec.persist_state if claimed.user_key is not None else None,
    )
    registered: RegisteredValue = state.register_widget(metadata, claimed.user_key, _address_binding(spec, claimed))
    if claimed.form_id is not None and state.form_clears_on_submit(claimed.form_id) and spec.value_type == PLAIN_VALUE:
        default = spec.serialize(spec.deserialize(None))
        return RegisteredWidget(
            claimed.id, claimed.user_key, registered.value, registered.push_to_browser, spec, default, True
        )
    return RegisteredWidget(claimed.id, claimed.user_key, registered.value, registered.push_to_browser, spec)


def check_bind_and_persist_state(bind: Any, persist_state: Any, key: Any) -> None:
    """Validate ``bind`` and ``persist_state`` as Streamlit does (both need a key).

    wasmlit accepts them but does not yet act on them: see the README.
    """
    has_key = normalize_key(key) is not None
    if bind is not None and bind != "query-params":
        raise StreamlitValueError("bind", "'query-params', None")
    if bind == "query-params" and not has_key:
        raise _with_detail(
            StreamlitMissingRequiredParameterError("The `key` parameter is required."),
            "When using bind='query-params', the widget must have a unique 'key' parameter specified. "
            "This 'key' will be used as the name of the query parameter.",
        )
    if persist_state is not None:
        if persist_state not in ("page", "session"):
            raise StreamlitValueError("persist_state", "'page', 'session', None")
        if not has_key:
            raise _with_detail(
                StreamlitMissingRequiredParameterError("The `key` parameter is required."),
                "When using persist_state, the widget must have a unique 'key' parameter specified so its "
                "value can be preserved across reruns and page switches.",
            )


def _with_detail(error: Exception, detail: str) -> Exception:
    error.args = (f"{error} {detail}",)
    return error


def _address_binding(spec: WidgetSpec, claimed: ClaimedWidget) -> QueryParamBinding | None:
    """The widget's binding to the address; a keyed widget that dropped ``bind`` leaves it."""
    if claimed.user_key is None:
        return None
    query = current_query_params()
    if spec.bind == "query-params" and spec.url is not None:
        return QueryParamBinding(query, spec.url)
    if query.bound.get(claimed.user_key) == claimed.id:
        query.unbind(claimed.user_key, clear=True)
    return None


def register(host: ElementHost, spec: WidgetSpec) -> RegisteredWidget:
    """Policy checks, key and id, then the value: the browser's, the one assigned
    through Session State, or the default."""
    return register_claimed(spec, claim_widget_id(host, spec))


LABEL_VISIBILITIES = ("visible", "hidden", "collapsed")


def check_label_visibility(label_visibility: str) -> None:
    if label_visibility not in LABEL_VISIBILITIES:
        raise StreamlitValueError("label_visibility", LABEL_VISIBILITIES)


def common_widget_props(widget: RegisteredWidget) -> dict[str, Any]:
    """The props every widget component reads, from its spec; ``key`` gives the
    ``st-key-*`` class and ``ignoreRerun`` lets the page keep a value without a run."""
    spec = widget.spec
    check_label_visibility(spec.label_visibility)
    props: dict[str, Any] = {}
    if spec.label is not NO_LABEL:
        props["label"] = "" if spec.label is None else str(spec.label)
    props["disabled"] = bool(spec.disabled)
    if spec.help is not None:
        props["help"] = to_help_str(spec.help)
    if spec.label_visibility != "visible":
        props["labelVisibility"] = spec.label_visibility
    if widget.user_key is not None:
        props["key"] = widget.user_key
    if isinstance(spec.pixel_width, int) and not isinstance(spec.pixel_width, bool):
        props["width"] = spec.pixel_width
    if ignores_rerun(spec.on_change):
        props["ignoreRerun"] = True
    return props


def ignores_rerun(on_change: Any) -> bool:
    """``on_change="ignore"``: the browser keeps the new value without asking for a run."""
    return isinstance(on_change, str) and on_change == "ignore"


_NO_VALUE: Any = object()


def show_widget(
    host: ElementHost,
    widget: RegisteredWidget,
    props: dict[str, Any] | None = None,
    *,
    browser_value: Any = _NO_VALUE,
) -> Node:
    """Put a registered widget on the page: the common props, the widget's own ``props``,
    and, for value widgets, the page's value contract.

    ``value`` is ``browser_value`` (the widget's value in browser form, as ``serialize``
    gives it). The page adopts it when the widget first appears, or when ``setValue``
    says the script set it. A widget created through a form's container carries
    ``formId``; in a form with ``clear_on_submit=True`` also ``formDefault``, the default
    in browser form, which the page restores after a submit. Trigger widgets (buttons)
    pass no ``browser_value``: a click is an event, not a value.
    """
    shown = common_widget_props(widget)
    spec = widget.spec
    if spec.bind == "query-params" and spec.url is not None and widget.user_key is not None:
        shown["queryParam"] = spec.url.page_binding(widget.user_key, spec.serialize(spec.deserialize(None)))
    if props:
        shown.update(props)
    if browser_value is not _NO_VALUE:
        shown["value"] = browser_value
        if widget.push_to_browser:
            shown["setValue"] = True
        if widget.has_form_default:
            shown["formDefault"] = widget.form_default
    form_id = host.form_id
    if form_id is not None:
        shown["formId"] = form_id
    node = host._emit(widget.spec.element, shown, widget_id=widget.id)
    node.force_send = widget.push_to_browser
    return node
