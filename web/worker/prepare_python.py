"""Run in the worker after either kind of start (snapshot restore or a fresh boot).

Fresh randomness: a snapshot holds the build's ``random`` state, the same for every
visitor. Directory finders that see the files unpacked after the start. Not
``importlib.invalidate_caches()``: it imports ``importlib.metadata`` and ``email``, half a
second or more here, for finders that hold no cache.

The worker bundles this file as text (esbuild's text loader) and runs it with
``pyodide.runPython``; it must not import the runtime, which is not on the path yet.
"""

import random
import sys
from importlib.machinery import FileFinder

random.seed()
for finder in list(sys.path_importer_cache.values()):
    if isinstance(finder, FileFinder):
        finder.invalidate_caches()
if "/runtime" not in sys.path:
    sys.path.insert(0, "/runtime")
