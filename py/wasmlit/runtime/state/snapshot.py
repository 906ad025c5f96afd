"""Session State kept outside the worker, so a restarted interpreter can pick it up again.

A script stuck in ``while True: pass`` can only be stopped by replacing the worker, which
loses the interpreter and its Session State. So after each run that completes, the
session pickles the user-visible Session State entries and posts them to the page, only
when the bytes changed and within a size limit. A new worker receives them back before
its first run and assigns them, as if the script had set them.

What cannot be restored: values that do not pickle (locks, generators, open files,
lambdas) and values of classes defined in the script itself (they do not exist yet when
the new interpreter restores them). Their keys are named in the page's notice. Widget
values come back from the page (the browser is their source of truth), and callbacks are
registered again by the rerun.

The pickle only ever travels between this tab's worker and this tab's page.
"""

from __future__ import annotations

import base64
import hashlib
import pickle
import time
from dataclasses import dataclass, field

from wasmlit.runtime.protocol import StateSnapshotMessage
from wasmlit.runtime.state.session_state import SessionState

SNAPSHOT_LIMIT_BYTES = 8_000_000


@dataclass
class Snapshot:
    data: bytes | None
    kept: list[str]
    skipped: list[str]
    reason: str = ""


def take_snapshot(state: SessionState, limit: int = SNAPSHOT_LIMIT_BYTES) -> Snapshot:
    """Pickle each visible entry on its own; entries that do not pickle are skipped and named.

    One pickle per key means one value the new interpreter cannot load (a class the
    script defines) does not take the others down with it.
    """
    pickled: dict[str, bytes] = {}
    skipped: list[str] = []
    for key in sorted(state.user_keys()):
        try:
            pickled[key] = pickle.dumps(state.get(key), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:
            skipped.append(key)
    data = pickle.dumps(pickled, protocol=pickle.HIGHEST_PROTOCOL)
    if len(data) > limit:
        reason = f"Session State is {len(data) / 1e6:.1f} MB, more than the {limit / 1e6:.0f} MB that can be kept."
        return Snapshot(None, [], sorted([*pickled, *skipped]), reason)
    return Snapshot(data, list(pickled), skipped)


def restore_snapshot(state: SessionState, data: bytes) -> tuple[list[str], list[str]]:
    """Assign the saved entries; returns (restored keys, keys whose values could not be loaded)."""
    restored: list[str] = []
    failed: list[str] = []
    for key, pickled in pickle.loads(data).items():
        try:
            value = pickle.loads(pickled)
        except Exception:
            failed.append(key)
            continue
        state.set_from_script(key, value)
        restored.append(key)
    return restored, failed


@dataclass
class SnapshotPublisher:
    """Posts a snapshot after completed runs, only when it changed."""

    last_digest: bytes = b""
    last_skipped: list[str] = field(default_factory=list)
    last_cost_ms: float = 0.0

    def message_after_run(self, state: SessionState) -> StateSnapshotMessage | None:
        started = time.perf_counter()
        snapshot = take_snapshot(state)
        digest = hashlib.blake2b(snapshot.data or snapshot.reason.encode(), digest_size=16).digest()
        self.last_cost_ms = (time.perf_counter() - started) * 1000
        if digest == self.last_digest and snapshot.skipped == self.last_skipped:
            return None
        self.last_digest, self.last_skipped = digest, snapshot.skipped
        return StateSnapshotMessage(
            data=base64.b64encode(snapshot.data).decode("ascii") if snapshot.data is not None else None,
            keys=tuple(snapshot.kept),
            skipped=tuple(snapshot.skipped),
            reason=snapshot.reason,
            cost_ms=round(self.last_cost_ms, 3),
        )
