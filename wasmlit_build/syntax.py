"""Find syntax errors at build time, reported like Python does (file, line, caret).

The site runs Python 3.14 (Pyodide). When the build machine's Python is older and
rejects the script, Pyodide in Node has the final word, so newer syntax still builds.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass

from wasmlit_build.errors import BuildError
from wasmlit_build.paths import NODE_SCRIPTS, PROJECT_ROOT

PYODIDE_PYTHON = (3, 14)


@dataclass(frozen=True)
class SyntaxProblem:
    filename: str
    line: int
    offset: int
    text: str
    message: str

    def render(self) -> str:
        """Python's own layout: the file and line, the line, a caret, the message."""
        lines = [f'  File "{self.filename}", line {self.line}']
        if self.text:
            stripped = self.text.rstrip("\n")
            indent = len(stripped) - len(stripped.lstrip())
            lines.append(f"    {stripped.strip()}")
            lines.append("    " + " " * max(self.offset - 1 - indent, 0) + "^")
        lines.append(f"SyntaxError: {self.message}")
        return "\n".join(lines)


def _check_with_this_python(source: str, display_name: str) -> SyntaxProblem | None:
    try:
        compile(source, display_name, "exec", dont_inherit=True)
    except SyntaxError as error:
        return SyntaxProblem(display_name, error.lineno or 1, error.offset or 1, error.text or "", error.msg)
    except ValueError as error:  # e.g. a NUL byte in the source
        return SyntaxProblem(display_name, 1, 1, "", str(error))
    return None


def _check_with_pyodide(source: str, display_name: str) -> SyntaxProblem | None:
    script = NODE_SCRIPTS / "check_syntax.mjs"
    try:
        completed = subprocess.run(
            ["node", str(script)],
            input=json.dumps({"source": source, "filename": display_name}),
            capture_output=True,
            text=True,
            cwd=PROJECT_ROOT,
            timeout=120,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise BuildError(f"could not run Pyodide in Node to check the script's syntax: {error}") from None
    if completed.returncode != 0:
        raise BuildError(f"Pyodide in Node failed while checking the script's syntax:\n{completed.stderr.strip()}")
    result = json.loads(completed.stdout)
    if result is None:
        return None
    return SyntaxProblem(display_name, result["line"], result["offset"], result["text"], result["message"])


def find_syntax_error(
    source: str,
    display_name: str,
    *,
    pyodide_check: Callable[[str, str], SyntaxProblem | None] = _check_with_pyodide,
) -> SyntaxProblem | None:
    problem = _check_with_this_python(source, display_name)
    if problem is None or sys.version_info[:2] >= PYODIDE_PYTHON:
        return problem
    return pyodide_check(source, display_name)


def check_syntax(source: str, display_name: str) -> None:
    problem = find_syntax_error(source, display_name)
    if problem is not None:
        raise BuildError(f"{display_name} has a syntax error, so it cannot run:\n{problem.render()}")
