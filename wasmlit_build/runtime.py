"""The build reuses the runtime's pure-Python config rules (``py/wasmlit/config.py``)."""

from __future__ import annotations

import sys

from wasmlit_build.paths import RUNTIME_SOURCE

if str(RUNTIME_SOURCE) not in sys.path:
    sys.path.insert(0, str(RUNTIME_SOURCE))

from wasmlit import config as runtime_config

__all__ = ["runtime_config"]
