"""Session State in explicit layers, folded at the start of each browser-driven run.

Layers, in lookup order for a user key ``k`` bound to widget id ``w``:

1. ``_assigned``  - values the script (or a callback) assigned in this run, by user key;
2. ``_browser``   - widget values that arrived with this run, by widget id;
3. ``_previous``  - everything from earlier runs, by widget id when the key was bound to
   a widget at compaction time, otherwise by user key (see ``_compact``).

The key -> widget id binding is never dropped by stale-widget cleanup. That is what makes
a value assigned while a widget is absent survive exactly one more completed run, and
what lets a value assigned *before* the widget ever existed resurface after the widget
is cleaned up (docs/semantics.md 3.6).
"""

from __future__ import annotations

import copy
import pickle
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from wasmlit.errors import StreamlitWidgetAlreadyInstantiatedError, UnserializableSessionStateError
from wasmlit.runtime.state.persistence import PersistTracker

WIDGET_ID_PREFIX = "$$ID"
INTERNAL_KEY_PREFIX = "$$STREAMLIT_INTERNAL_KEY"

TRIGGER = "trigger"
STRING_TRIGGER = "string_trigger"
PLAIN_VALUE = "value"


def is_widget_id(key: str) -> bool:
    return key.startswith(WIDGET_ID_PREFIX)


def is_internal_key(key: str) -> bool:
    return key.startswith(INTERNAL_KEY_PREFIX)


@dataclass(frozen=True)
class WidgetMetadata:
    """What the state layer needs to know about one registered widget.

    ``deserialize(None)`` must return the widget's default value; ``deserialize(x)`` turns
    a JSON value from the browser into the Python value the script sees.
    """

    id: str
    element_type: str
    deserialize: Callable[[Any], Any] = field(repr=False)
    serialize: Callable[[Any], Any] = field(repr=False)
    value_type: str = PLAIN_VALUE
    callback: Callable[..., Any] | None = None
    callback_args: tuple[Any, ...] = ()
    callback_kwargs: dict[str, Any] = field(default_factory=dict)
    disabled: bool = False
    # The st.fragment the widget was created in: a run of other fragments leaves it be.
    fragment_id: str | None = None
    # "page" or "session": the value outlives the widget (docs/semantics.md 3.6).
    persist_state: str | None = None


class AddressBinding(Protocol):
    """A widget bound to the address (``bind="query-params"``; ``wasmlit.widgets.url_binding``)."""

    def seed(self, state: SessionState, metadata: WidgetMetadata, user_key: str) -> bool:
        """Take the widget's value from the address if Streamlit would; True if it did."""
        ...

    def sync(self, state: SessionState, metadata: WidgetMetadata, user_key: str, value: Any, seeded: bool) -> bool:
        """Bring the address in line with the value; True if the page must be sent the value."""
        ...


@dataclass(frozen=True)
class RegisteredValue:
    """A widget's value for this run, and whether the browser must be told about it."""

    value: Any
    push_to_browser: bool


class _FromBrowser:
    """A browser value whose widget has no metadata yet (deserialised on registration)."""

    __slots__ = ("raw",)

    def __init__(self, raw: Any) -> None:
        self.raw = raw


_MISSING = object()


def _missing_key_message(key: str) -> str:
    return (
        f'st.session_state has no key "{key}". Did you forget to initialize it? '
        "More info: https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"
    )


class SessionState:
    def __init__(self) -> None:
        self._previous: dict[str, Any] = {}
        self._assigned: dict[str, Any] = {}
        self._browser: dict[str, Any] = {}
        self._key_to_id: dict[str, str] = {}
        self._id_to_key: dict[str, str] = {}
        self._metadata: dict[str, WidgetMetadata] = {}
        self.widget_ids_this_run: set[str] = set()
        self.widget_keys_this_run: set[str] = set()
        self.form_ids_this_run: set[str] = set()
        self._forms_clearing_on_submit: set[str] = set()
        # Widgets whose script-set value the page has not been shown yet.
        self._push_again: set[str] = set()
        # What each widget returned in this run (AppTest reads buttons' values from it).
        self.returned_this_run: dict[str, Any] = {}
        # The page the run shows (set by the router): "page"-scoped values belong to one.
        self.current_page = ""
        self._persist = PersistTracker()
        # The browser's values of this run as they arrived (JSON), for widgets that compare
        # them with what they would send (option labels that changed, docs/semantics.md 3.1).
        self._incoming: dict[str, Any] = {}

    # ----- lookups ---------------------------------------------------------------

    def _browser_value(self, widget_id: str) -> Any:
        stored = self._browser.get(widget_id, _MISSING)
        if isinstance(stored, _FromBrowser):
            metadata = self._metadata.get(widget_id)
            if metadata is None:
                return _MISSING
            stored = metadata.deserialize(stored.raw)
            self._browser[widget_id] = stored
        return stored

    def _lookup(self, widget_id: str | None, user_key: str | None) -> Any:
        if user_key is not None and user_key in self._assigned:
            return self._assigned[user_key]
        if widget_id is not None:
            value = self._browser_value(widget_id)
            if value is not _MISSING:
                return value
            if widget_id in self._previous:
                return self._previous[widget_id]
        if user_key is not None and user_key in self._previous:
            return self._previous[user_key]
        return _MISSING

    def _resolve(self, key_or_id: str) -> tuple[str | None, str | None]:
        """(widget id, user key) for a user key or a raw widget id."""
        if key_or_id in self._id_to_key:
            return key_or_id, self._id_to_key[key_or_id]
        return self._key_to_id.get(key_or_id, key_or_id if is_widget_id(key_or_id) else None), key_or_id

    def get(self, key: str) -> Any:
        """The value under a user key (or widget id); KeyError with Streamlit's text."""
        widget_id, user_key = self._resolve(key)
        value = self._lookup(widget_id, user_key)
        if value is _MISSING:
            raise KeyError(_missing_key_message(key))
        return value

    def has(self, key: str) -> bool:
        widget_id, user_key = self._resolve(key)
        return self._lookup(widget_id, user_key) is not _MISSING

    def _stored_keys(self) -> set[str]:
        """Every stored entry, with bound user keys spelled as their widget ids."""
        bind = self._key_to_id.get
        return (
            {bind(key, key) for key in self._previous} | set(self._browser) | {bind(key, key) for key in self._assigned}
        )

    def user_keys(self) -> list[str]:
        """The keys scripts see: assigned keys and keyed widgets, never internal ones."""
        visible = []
        for stored in self._stored_keys():
            if is_widget_id(stored):
                user_key = self._id_to_key.get(stored)
                if user_key is not None and self.has(stored):
                    visible.append(user_key)
            elif not is_internal_key(stored):
                visible.append(stored)
        return visible

    def to_dict(self) -> dict[str, Any]:
        return {key: self.get(key) for key in self.user_keys()}

    # ----- writes from the script ------------------------------------------------

    def set_from_script(self, key: str, value: Any) -> None:
        bound_id = self._key_to_id.get(key)
        if (bound_id is not None and bound_id in self.widget_ids_this_run) or key in self.form_ids_this_run:
            raise StreamlitWidgetAlreadyInstantiatedError(key)
        self._assigned[key] = value

    def overwrite_assigned_value(self, key: str, value: Any) -> None:
        """Used by widgets that silently correct a value (e.g. out of range -> default)."""
        self._assigned[key] = value

    def assigned_this_run(self, key: str) -> bool:
        return key in self._assigned

    def delete(self, key: str) -> None:
        widget_id, user_key = self._resolve(key)
        if self._lookup(widget_id, user_key) is _MISSING:
            raise KeyError(_missing_key_message(key))
        self._assigned.pop(key, None)
        self._previous.pop(key, None)
        bound_id = self._key_to_id.pop(key, None)
        if bound_id is not None:
            self._id_to_key.pop(bound_id, None)
        if widget_id is not None:
            self._browser.pop(widget_id, None)
            self._previous.pop(widget_id, None)

    def clear(self) -> None:
        """Forget every value, as Streamlit's Clear cache does (widgets keep the page's values,
        which the next run sends again)."""
        self._previous.clear()
        self._assigned.clear()
        self._browser.clear()
        self._key_to_id.clear()
        self._id_to_key.clear()

    # ----- the run loop ------------------------------------------------------------

    def begin_run(self) -> None:
        """Context reset: forget which widgets and forms this run has created."""
        self.widget_ids_this_run = set()
        self.widget_keys_this_run = set()
        self.form_ids_this_run = set()
        self._forms_clearing_on_submit = set()
        self.returned_this_run = {}

    def add_form(self, form_id: str, *, clear_on_submit: bool) -> None:
        """A form created in this run (the caller has checked it is not a duplicate)."""
        self.form_ids_this_run.add(form_id)
        if clear_on_submit:
            self._forms_clearing_on_submit.add(form_id)

    def form_clears_on_submit(self, form_id: str) -> bool:
        return form_id in self._forms_clearing_on_submit

    def _reset_triggers(self) -> None:
        for store in (self._browser, self._previous):
            for widget_id in store:
                metadata = self._metadata.get(widget_id)
                if metadata is None:
                    continue
                if metadata.value_type == TRIGGER:
                    store[widget_id] = False
                elif metadata.value_type == STRING_TRIGGER:
                    store[widget_id] = None

    def _compact(self) -> None:
        """Squash every current value into ``_previous``, as Streamlit does: each stored
        entry (a bound key spelled as its widget id) gets the value a read would see.

        Entries under a user key stay where they are, so a key assigned while it was not
        bound to a widget keeps that old entry next to the widget's (docs/semantics.md 3.6).
        """
        squashed = {}
        for stored in self._stored_keys():
            value = self._lookup(*self._resolve(stored))
            if value is not _MISSING:
                squashed[stored] = value
        self._previous.update(squashed)
        self._browser = {}
        self._assigned = {}
        self._incoming = {}

    def apply_browser_values(self, browser_values: dict[str, Any]) -> list[WidgetMetadata]:
        """Steps 4.1-4.3 of a browser-driven run; returns the widgets whose callbacks fire.

        ``browser_values`` is ordered as the browser first stored each value, with this
        run's trigger last, which is the order callbacks run in.
        """
        self._reset_triggers()
        self._compact()
        for widget_id, raw in browser_values.items():
            metadata = self._metadata.get(widget_id)
            if metadata is not None and metadata.disabled:
                continue
            self._browser[widget_id] = _FromBrowser(raw)
            self._incoming[widget_id] = raw
        changed = []
        for widget_id in self._browser:
            metadata = self._metadata.get(widget_id)
            if metadata is None or metadata.callback is None:
                continue
            if self._browser_value(widget_id) != self._previous.get(widget_id, _MISSING):
                changed.append(metadata)
        return changed

    def register_widget(
        self, metadata: WidgetMetadata, user_key: str | None, binding: AddressBinding | None = None
    ) -> RegisteredValue:
        """Bind the key to the widget and return its value (the id and key were claimed)."""
        widget_id = metadata.id
        self._metadata[widget_id] = metadata
        if user_key is not None:
            old_id = self._key_to_id.get(user_key)
            if old_id is not None and old_id != widget_id:
                self._id_to_key.pop(old_id, None)
            self._key_to_id[user_key] = widget_id
            self._id_to_key[widget_id] = user_key
        self.widget_ids_this_run.add(widget_id)

        seeded = dropped = False
        if user_key is not None:
            seeded = self._seed_from_address(metadata, user_key, binding)
            dropped = self._track_persistence(metadata, user_key)
        push = (user_key is not None and user_key in self._assigned) or widget_id in self._push_again or dropped
        self._push_again.discard(widget_id)
        if metadata.disabled and widget_id in self._browser and not seeded:
            # A disabled widget cannot change in the browser: a value from there is stale.
            del self._browser[widget_id]
            push = True
        if self._lookup(widget_id, user_key) is _MISSING:
            self._browser[widget_id] = copy.deepcopy(metadata.deserialize(None))
        value = copy.deepcopy(self._lookup(widget_id, user_key))
        if binding is not None and user_key is not None:
            push = binding.sync(self, metadata, user_key, value, seeded) or push
        self.returned_this_run[widget_id] = value
        return RegisteredValue(value, push)

    def _seed_from_address(self, metadata: WidgetMetadata, user_key: str, binding: AddressBinding | None) -> bool:
        if binding is None:
            self._persist.bound.discard(metadata.id)
            return False
        self._persist.bound.add(metadata.id)
        return binding.seed(self, metadata, user_key)

    def _track_persistence(self, metadata: WidgetMetadata, user_key: str) -> bool:
        """Record ``persist_state``; True if a "page" value from another page was dropped."""
        widget_id = metadata.id
        if metadata.persist_state is None:
            self._persist.untrack(widget_id, user_key)
            return False
        self._persist.register(widget_id, user_key, metadata.persist_state, self.current_page)
        if not self._persist.take_pending_drop(widget_id, user_key, self.current_page):
            return False
        dropped = [
            store.pop(name, _MISSING)
            for store, name in ((self._browser, widget_id), (self._previous, widget_id), (self._previous, user_key))
        ]
        return any(value is not _MISSING for value in dropped)

    # ----- what an address binding reads and writes ------------------------------------------

    def has_browser_value(self, widget_id: str) -> bool:
        return widget_id in self._browser

    def had_value(self, key_or_id: str) -> bool:
        """A value from an earlier run is stored under this widget id or user key."""
        return key_or_id in self._previous

    def seed(self, widget_id: str, user_key: str, value: Any) -> None:
        """The address gave the widget its value: as if the script had assigned it."""
        self._browser[widget_id] = value
        self._assigned[user_key] = value

    def finish_run(self, *, cleanup_stale_widgets: bool, fragment_ids: tuple[str, ...] = ()) -> None:
        """End of a run that was not stopped prematurely (docs/semantics.md 1.2 step 8).

        A fragment run cleans only widgets of the fragments it ran: the others were not
        asked to register (docs/semantics.md 3.6)."""
        self._reset_triggers()
        if not cleanup_stale_widgets:
            return
        if fragment_ids:
            self._drop_stale(self._stale_in_fragments(fragment_ids))
            return
        active = self.widget_ids_this_run
        kept = self._keep_absent_values(active)
        self._browser = {wid: value for wid, value in self._browser.items() if wid in active}
        self._previous = {key: value for key, value in self._previous.items() if not is_widget_id(key) or key in active}
        self._metadata = {wid: meta for wid, meta in self._metadata.items() if wid in active}
        # A persisted or bound widget that left keeps its last value under its key; one that
        # came back under a new id (another page) takes it at once (docs/semantics.md 3.6).
        self._previous.update(kept)
        for user_key, value in kept.items():
            active_id = self._key_to_id.get(user_key)
            if active_id is not None and active_id in active:
                self._browser[active_id] = value
        if self._persist.scopes or self._persist.bound:
            self._persist.prune(self._id_to_key.keys(), self._previous.keys())

    def _keep_absent_values(self, active: set[str]) -> dict[str, Any]:
        """User key -> value of absent widgets whose value outlives them; drops "page" values
        of another page."""
        tracker = self._persist
        if not tracker.scopes and not tracker.bound:
            return {}
        kept = {}
        for widget_id in {*self._previous, *self._browser}:
            user_key = self._id_to_key.get(widget_id)
            if widget_id in active or user_key is None or not tracker.should_preserve(widget_id, self.current_page):
                continue
            value = self._lookup(widget_id, user_key)
            if value is not _MISSING:
                kept[user_key] = value
                tracker.note_preserved_value(widget_id, user_key, self.current_page)
        for user_key in tracker.page_switch_drops(self.current_page, self._id_to_key, lambda wid: wid not in active):
            self._previous.pop(user_key, None)
        return kept

    def _stale_in_fragments(self, fragment_ids: tuple[str, ...]) -> set[str]:
        """Widgets that did not register, among those of ``fragment_ids`` (and widgets
        nothing is known about, as Streamlit counts them stale too)."""
        known = set(self._browser) | {key for key in self._previous if is_widget_id(key)} | set(self._metadata)
        stale = set()
        for widget_id in known - self.widget_ids_this_run:
            metadata = self._metadata.get(widget_id)
            if metadata is None or metadata.fragment_id in fragment_ids:
                stale.add(widget_id)
        return stale

    def _drop_stale(self, stale: set[str]) -> None:
        self._browser = {wid: value for wid, value in self._browser.items() if wid not in stale}
        self._previous = {key: value for key, value in self._previous.items() if key not in stale}
        self._metadata = {wid: meta for wid, meta in self._metadata.items() if wid not in stale}

    def active_triggers(self) -> dict[str, Any]:
        """The clicks of this run (buttons, chat submissions), by widget id."""
        active = {}
        for widget_id in self._browser:
            metadata = self._metadata.get(widget_id)
            if metadata is None or metadata.value_type not in (TRIGGER, STRING_TRIGGER):
                continue
            value = self._browser_value(widget_id)
            if value is not _MISSING and value not in (False, None):
                active[widget_id] = value
        return active

    def replay_triggers(self, triggers: dict[str, Any]) -> None:
        """Give clicks whose callbacks already ran to this run (a rerun of named
        fragments that a callback asked for still sees its click)."""
        self._browser.update(triggers)

    def check_serializable(self) -> None:
        for stored in self._stored_keys():
            widget_id, user_key = self._resolve(stored)
            value = self._lookup(widget_id, user_key)
            if value is _MISSING:
                continue
            try:
                pickle.dumps(value)
            except Exception as error:
                raise UnserializableSessionStateError(
                    f"Cannot serialize the value (of type `{type(value)}`) of '{stored}' in "
                    "st.session_state. Streamlit has been configured to use "
                    "[pickle](https://docs.python.org/3/library/pickle.html) to serialize "
                    "session_state values. Please convert the value to a pickle-serializable type. "
                    "To learn more about this behavior, see "
                    "[our docs](https://docs.streamlit.io/knowledge-base/using-streamlit/serializable-session-state)."
                ) from error

    # ----- the browser side of widgets ------------------------------------------------

    def push_again(self, widget_ids: list[str]) -> None:
        """The page missed these widgets' script-set values: push them at next render."""
        self._push_again.update(widget_ids)

    def incoming_value(self, widget_id: str) -> tuple[bool, Any]:
        """(present, JSON) of the value the browser sent for this widget with this run."""
        if widget_id in self._incoming:
            return True, self._incoming[widget_id]
        return False, None

    def widget_id_for_key(self, user_key: str) -> str | None:
        return self._key_to_id.get(user_key)

    def widget_metadata(self, widget_id: str) -> WidgetMetadata | None:
        return self._metadata.get(widget_id)
