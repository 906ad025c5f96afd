"""``streamlit.connections``: importable; its classes raise the error of ``wasmlit.unsupported``
(a public static site can hold no credentials, and a browser opens no database connection).
"""

from typing import Any as _Any

from wasmlit.unsupported import module_getattr as _module_getattr

__getattr__: _Any = _module_getattr("streamlit.connections", "streamlit.connections")
