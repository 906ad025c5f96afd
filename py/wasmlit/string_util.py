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
    """
    return textwrap.dedent(str(text)).strip()


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
