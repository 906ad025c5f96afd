"""Run by ``make_snapshot.mjs`` before the memory snapshot: what the snapshot holds.

The runtime, and the modules the app imports at top level that import cleanly (never
the app's own code). Run in a namespace of its own, so nothing is left in ``__main__``.
"""

import gc
import importlib
import json
import sys


def import_for_snapshot(requested: list[str]) -> str:
    """Import the runtime and ``requested``; JSON of what was imported and skipped."""
    sys.path.insert(0, "/runtime")
    for module in ("wasmlit", "wasmlit.runtime.session", "wasmlit.bridge"):
        importlib.import_module(module)
    imported, skipped = [], []
    for name in requested:
        try:
            importlib.import_module(name)
            imported.append(name)
        except Exception:
            skipped.append(name)
    gc.collect()
    return json.dumps({"imported": imported, "skipped": skipped})
