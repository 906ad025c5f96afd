"""``streamlit.source_util``: page-file naming helpers some component libraries import."""

import tokenize
from typing import TextIO

from wasmlit.multipage.pages_folder import page_icon_and_name as page_icon_and_name
from wasmlit.multipage.pages_folder import page_sort_key as page_sort_key


def open_python_file(filename: str) -> TextIO:
    """Open a Python file for reading, honouring a PEP 263 encoding line (UTF-8 otherwise)."""
    return tokenize.open(filename)
