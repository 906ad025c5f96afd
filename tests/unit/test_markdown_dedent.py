"""Streamlit dedents and strips the texts it renders (``clean_text``: ``textwrap.dedent``
then ``strip``); ``st.code`` only loses one leading and one trailing newline, and ``help``
is dedented but not stripped.

Every expected value below is what Streamlit 1.67.0's own ``AppTest`` reported for the
same call (``.value`` of the element, ``.help`` of a button, the proto's ``title`` of an
alert), run once with the cases written out in ``CASES``.
"""

from __future__ import annotations

import pytest

from wasmlit.testing import AppTest

CASES: dict[str, str] = {
    "indented_block": """
    # Title

    Some *text*
      deeper line
    """,
    "first_line_on_quote_line": """First line
    indented second
    third""",
    "all_indented_same_line": """    four spaces
    four spaces too""",
    "tabs_and_spaces": "\n\t\ttabbed\n        spaced\n",
    "tab_common": "\n\tone\n\t\ttwo\n",
    "code_fence": """
    Text before

    ```python
    def f():
        return 1
    ```

    Text after
    """,
    "whitespace_only_lines": "\n    a\n      \n    b\n",
    "trailing_spaces": "  x  \n",
    "crlf": "\r\n    a\r\n    b\r\n",
    "nbsp": "\n\u00a0   a\n    b\n",
}

# What st.markdown, st.write, st.caption, st.text, st.header and st.info showed.
STREAMLIT_CLEANED: dict[str, str] = {
    "indented_block": "# Title\n\nSome *text*\n  deeper line",
    "first_line_on_quote_line": "First line\n    indented second\n    third",
    "all_indented_same_line": "four spaces\nfour spaces too",
    "tabs_and_spaces": "tabbed\n        spaced",
    "tab_common": "one\n\ttwo",
    "code_fence": "Text before\n\n```python\ndef f():\n    return 1\n```\n\nText after",
    "whitespace_only_lines": "a\n\nb",
    "trailing_spaces": "x",
    "crlf": "a\r\n    b",
    "nbsp": "a\n    b",
}

# What st.code showed.
STREAMLIT_CODE: dict[str, str] = {
    "indented_block": "    # Title\n\n    Some *text*\n      deeper line\n    ",
    "first_line_on_quote_line": "First line\n    indented second\n    third",
    "all_indented_same_line": "    four spaces\n    four spaces too",
    "tabs_and_spaces": "\t\ttabbed\n        spaced",
    "tab_common": "\tone\n\t\ttwo",
    "code_fence": ("    Text before\n\n    ```python\n    def f():\n        return 1\n    ```\n\n    Text after\n    "),
    "whitespace_only_lines": "    a\n      \n    b",
    "trailing_spaces": "  x  ",
    "crlf": "\r\n    a\r\n    b\r",
    "nbsp": "\u00a0   a\n    b",
}

TEXT_COMMANDS = {
    "markdown": "markdown",
    "write": "markdown",
    "caption": "caption",
    "text": "text",
    "header": "header",
    "info": "info",
}


def _run(line: str, body: str) -> AppTest:
    at = AppTest.from_function(_script, args=(line, body))
    return at.run()


def _script(line: str, body: str) -> None:
    import streamlit as st

    eval(line, {"st": st, "body": body})


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("command", sorted(TEXT_COMMANDS))
def test_text_commands_dedent_and_strip_as_streamlit(command: str, case: str) -> None:
    at = _run(f"st.{command}(body)", CASES[case])
    shown = at.get(TEXT_COMMANDS[command])
    assert [element.value for element in shown] == [STREAMLIT_CLEANED[case]]


@pytest.mark.parametrize("case", sorted(CASES))
def test_code_keeps_indentation_and_drops_one_newline_at_each_end(case: str) -> None:
    at = _run("st.code(body)", CASES[case])
    assert at.code[0].value == STREAMLIT_CODE[case]


def test_an_indented_triple_quoted_write_is_markdown_not_a_code_block() -> None:
    at = _run("st.write(body)", CASES["indented_block"])
    assert at.markdown[0].value.startswith("# Title")


def test_strings_written_together_are_joined_then_dedented() -> None:
    at = _run('st.write("   lead", "   second  ")', "")
    assert at.markdown[0].value == "lead    second"


@pytest.mark.parametrize(
    ("line", "accessor", "expected"),
    [
        ("st.markdown(None)", "markdown", "None"),
        ("st.text(None)", "text", "None"),
        ("st.markdown(12)", "markdown", "12"),
    ],
)
def test_non_string_bodies_are_converted_with_str(line: str, accessor: str, expected: str) -> None:
    at = _run(line, "")
    assert at.get(accessor)[0].value == expected


def test_help_is_dedented_but_not_stripped() -> None:
    at = _run('st.button("b", help=body)', "\n    help line\n      more\n    ")
    assert at.button[0].help == "\nhelp line\n  more\n"


def test_alert_titles_are_cleaned() -> None:
    at = _run('st.info("x", title=body)', "\n    Title line\n    ")
    assert at.info[0].props["title"] == "Title line"
