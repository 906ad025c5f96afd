"""What the run engine knows about fragments (``st.fragment``, and ``st.dialog``'s body).

``FragmentStorage`` lives as long as the session: every fragment a run called, by id,
with what it takes to run it again alone (Streamlit's ``MemoryFragmentStorage``), and the
wrappers that hold a fragment's writes into containers created outside it.
``FragmentRun`` is one run's view: which fragments it reruns (none on a full run), which
one is executing, and the keys and dialogs claimed so far (docs/semantics.md 14.1).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import Any

from wasmlit.errors import StreamlitAPIException

# ``st.rerun(scope=...)`` reads these as levels, so no fragment may take them as a key.
RESERVED_FRAGMENT_KEYS = frozenset({"app", "fragment"})


class Lifetime(Enum):
    """Which rerun can forget a fragment that was not called again."""

    # Forgotten when its parent reruns without calling it (or a full run does).
    PARENT_SCOPED = auto()
    # Kept across fragment reruns; only a completed full run forgets it (dialogs).
    FULL_APP_SCOPED = auto()


@dataclass
class RegisteredFragment:
    """One call site of a fragment, and how to run it again in its container."""

    id: str
    # ``{module}.{qualname}`` (+ extra): what duplicate fragment keys compare.
    definition_id: str
    # Calls the decorated function with the arguments of its last call.
    body: Callable[[], Any]
    container_id: str
    root_id: str
    form_id: str | None
    page_hash: str
    parent_id: str | None = None
    lifetime: Lifetime = Lifetime.PARENT_SCOPED
    key: str | None = None
    sequence: int = 0


@dataclass(frozen=True)
class OutsideWrapper:
    """The block that holds one fragment's writes into one container outside it."""

    node_id: str
    # The fragment whose run created the outside container (None: the main script).
    creating_fragment_id: str | None
    # The outside target is an ``st.empty`` slot: the wrapper holds one element.
    locked: bool


class FragmentStorage:
    def __init__(self) -> None:
        self._fragments: dict[str, RegisteredFragment] = {}
        self._sequence = 0
        self._wrappers: dict[tuple[str, str], OutsideWrapper] = {}
        # How many dialogs this session opened: a dialog that opens again is re-shown
        # on the page even if the user dismissed it.
        self.dialogs_opened = 0

    # ----- registrations ---------------------------------------------------------

    def register(self, fragment: RegisteredFragment) -> None:
        self._sequence += 1
        fragment.sequence = self._sequence
        self._fragments[fragment.id] = fragment

    def lookup(self, fragment_id: str) -> RegisteredFragment | None:
        return self._fragments.get(fragment_id)

    def __contains__(self, fragment_id: object) -> bool:
        return fragment_id in self._fragments

    @property
    def sequence(self) -> int:
        """A cursor: ``ids_registered_after(cursor)`` lists what registered since."""
        return self._sequence

    def ids_registered_after(self, sequence: int) -> frozenset[str]:
        return frozenset(fid for fid, fragment in self._fragments.items() if fragment.sequence > sequence)

    def clear(self, keep: Collection[str]) -> None:
        """After a completed full run: forget every fragment it did not call."""
        if self._fragments and (len(self._fragments) != len(keep) or any(fid not in keep for fid in self._fragments)):
            self._fragments = {fid: fragment for fid, fragment in self._fragments.items() if fid in keep}

    def resolve_target(self, target: str | Sequence[str]) -> list[str]:
        """``@st.fragment(key=...)`` names -> fragment ids, every call site of each name."""
        names = [target] if isinstance(target, str) else list(target)
        resolved: dict[str, None] = {}
        for name in names:
            ids = [fid for fid, fragment in self._fragments.items() if fragment.key == name]
            if not ids:
                raise StreamlitAPIException(
                    f"No fragment found for target '{name}'. Pass the same `key` you set on "
                    "`@st.fragment(key=...)`, and make sure that fragment has rendered at least once."
                )
            resolved.update(dict.fromkeys(ids))
        return list(resolved)

    # ----- ancestry ----------------------------------------------------------------

    def _ancestors(self, fragment_id: str) -> Iterator[str]:
        seen = {fragment_id}
        fragment = self._fragments.get(fragment_id)
        while fragment is not None and fragment.parent_id is not None and fragment.parent_id not in seen:
            yield fragment.parent_id
            seen.add(fragment.parent_id)
            fragment = self._fragments.get(fragment.parent_id)

    def has_ancestor_in(self, fragment_id: str, candidates: Collection[str]) -> bool:
        return any(ancestor in candidates for ancestor in self._ancestors(fragment_id))

    def order(self, fragment_ids: Sequence[str]) -> tuple[str, ...]:
        """Queued ancestors before their descendants, first come first served otherwise.

        >>> storage = FragmentStorage()
        >>> for fid, parent in (("a", None), ("b", "a")):
        ...     storage.register(RegisteredFragment(fid, fid, lambda: None, "", "", None, "", parent))
        >>> storage.order(["b", "x", "a"])
        ('x', 'a', 'b')
        """
        remaining = list(dict.fromkeys(fragment_ids))
        ordered: list[str] = []
        while remaining:
            queued = set(remaining)
            index = next((i for i, fid in enumerate(remaining) if not self.has_ancestor_in(fid, queued)), 0)
            ordered.append(remaining.pop(index))
        return tuple(ordered)

    def clear_stale_descendants(self, root_id: str, registered: frozenset[str]) -> list[str]:
        """After ``root_id`` reran: forget the parent-scoped descendants it no longer calls."""
        children: dict[str | None, list[str]] = {}
        for fid, fragment in self._fragments.items():
            children.setdefault(fragment.parent_id, []).append(fid)
        pending, visited, removed = [root_id], {root_id}, []
        while pending:
            parent = pending.pop(0)
            for fid in children.get(parent, []):
                if fid in visited:
                    continue
                visited.add(fid)
                if fid in registered:
                    pending.append(fid)
                elif self._fragments[fid].lifetime is not Lifetime.FULL_APP_SCOPED:
                    removed.append(fid)
                    pending.append(fid)
        for fid in removed:
            del self._fragments[fid]
            self.evict_wrappers_of(fid)
        return removed

    # ----- writes into containers created outside a fragment ---------------------

    def wrapper(self, fragment_id: str, target_id: str) -> OutsideWrapper | None:
        return self._wrappers.get((fragment_id, target_id))

    def add_wrapper(self, fragment_id: str, target_id: str, wrapper: OutsideWrapper) -> None:
        self._wrappers[(fragment_id, target_id)] = wrapper

    def wrappers_of(self, fragment_id: str) -> list[OutsideWrapper]:
        return [wrapper for (fid, _), wrapper in self._wrappers.items() if fid == fragment_id]

    def evict_wrappers_of(self, fragment_id: str) -> None:
        self._wrappers = {pair: wrapper for pair, wrapper in self._wrappers.items() if pair[0] != fragment_id}

    def evict_wrappers_created_by(self, fragment_id: str) -> None:
        """The fragment reruns and builds its containers again: wrappers in them go."""
        self._wrappers = {
            pair: wrapper for pair, wrapper in self._wrappers.items() if wrapper.creating_fragment_id != fragment_id
        }

    def clear_wrappers(self) -> None:
        """A full run starts: it creates every outside container (and wrapper) again."""
        if self._wrappers:
            self._wrappers = {}


@dataclass(slots=True)
class FragmentRun:
    """One run's fragment state (Streamlit's ``fragment_ids_this_run`` and ThreadState)."""

    storage: FragmentStorage = field(default_factory=FragmentStorage)
    # The fragments this run reruns, ancestors first; empty on a full run.
    ids_this_run: tuple[str, ...] = ()
    # The fragment whose body (or whose widget's callback) is running now.
    current: str | None = None
    # Every fragment that ran in this run (a completed full run keeps only these).
    new_ids: set[str] = field(default_factory=set)
    # Fragment keys claimed in this run -> the definition that claimed each.
    keys: dict[str, str] = field(default_factory=dict)
    dialog_opened: bool = False
    # A parallel fragment runs at its call on a full run (Pyodide has no threads); these
    # keep Streamlit's rules for its worker: what it may not call, and its rerun or stop,
    # which waits for the end of the script body.
    parallel_worker: bool = False
    parallel_exit: BaseException | None = None

    def claim_key(self, key: str, definition_id: str) -> bool:
        """False if another fragment definition already took ``key`` in this run."""
        return self.keys.setdefault(key, definition_id) == definition_id
