"""How Streamlit turns a body or a help text into the string it shows (``streamlit.string_util``).

Streamlit dedents every text it renders, so a triple-quoted string indented with the
code around it does not become a Markdown code block.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any


def clean_text(text: Any) -> str:
    """A body as Streamlit shows it: ``str()``, ``textwrap.dedent``, then ``strip``.

    Used for Markdown, captions, headings, plain text, alert bodies and titles, toasts,
    progress and spinner texts, ``st.html`` and ``st.latex``.

    >>> clean_text('''
    ...     # Title
    ...       indented
    ...     ''')
    '# Title\\n  indented'
    >>> clean_text('''First line
    ...     stays indented''')
    'First line\\n    stays indented'
    >>> clean_text(None)
    'None'
    >>> clean_text("  one line\t ")
    'one line'
    """
    text = str(text)
    # One line: dedent only strips its leading blanks, which strip() removes anyway.
    # (Most bodies are one line, and dedent's regular expressions cost as much as the rest.)
    if "\n" not in text:
        return text.strip()
    return textwrap.dedent(text).strip()


def to_help_str(help: Any) -> str:
    """A ``help`` tooltip: ``str()`` and ``textwrap.dedent``, not stripped.

    >>> to_help_str('''
    ...     Line
    ...       more''')
    '\\nLine\\n  more'
    """
    return textwrap.dedent(str(help))


def code_body(body: Any) -> str:
    """``st.code``'s text: not dedented; one leading and one trailing newline removed.

    >>> code_body('''
    ...     x = 1
    ... ''')
    '    x = 1'
    """
    return re.sub(r"\n\Z", "", re.sub(r"\A\n", "", str(body)))
