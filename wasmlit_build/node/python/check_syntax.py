"""Run by ``check_syntax.mjs`` in Pyodide's Python: the site's own parser decides."""

import json


def syntax_error(source_text: str, display_name: str) -> str:
    """``null``, or the syntax error as JSON (line, offset, text, message)."""
    try:
        compile(source_text, display_name, "exec", dont_inherit=True)
    except SyntaxError as error:
        found = {"line": error.lineno or 1, "offset": error.offset or 1, "text": error.text or "", "message": error.msg}
        return json.dumps(found)
    return json.dumps(None)
