"""Only http, https, mailto and relative URLs become links (docs/semantics.md 8.4)."""

from __future__ import annotations

import pytest

from tests.unit.helpers import app

GIF = 'b"GIF89a\\x01\\x00\\x01\\x00\\x00\\x00\\x00;"'
DROPPED = [
    "javascript:alert(1)",
    " JavaScript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<b>x</b>",
    "vbscript:x",
]
KEPT = [
    "https://example.org/a?b=1",
    "http://example.org",
    "mailto:someone@example.org",
    "?page=2",
    "#top",
    "files/a.txt",
]


@pytest.mark.parametrize("url", DROPPED)
def test_a_link_button_to_another_scheme_has_no_link_and_says_so(url: str) -> None:
    at = app(f"import streamlit as st\nst.link_button('Go', {url!r})\n")
    assert at.link_button[0].url == ""
    assert at.logs == [
        (
            "warn",
            f"st.link_button: dropped the link {url!r}: only http, https, mailto "
            "and relative URLs become links (docs/semantics.md 8.4).",
        )
    ]


@pytest.mark.parametrize("url", KEPT)
def test_a_link_button_keeps_web_mail_and_relative_links(url: str) -> None:
    at = app(f"import streamlit as st\nst.link_button('Go', {url!r})\n")
    assert at.link_button[0].url == url
    assert at.logs == []


def test_a_link_button_with_a_callback_still_reruns_without_its_link() -> None:
    at = app("import streamlit as st\nst.link_button('Go', 'javascript:x', on_click='rerun', key='go')\n")
    assert at.link_button[0].url == ""
    assert at.link_button[0].props["triggers"] is True


def test_an_image_link_to_another_scheme_is_dropped() -> None:
    at = app(
        f"import streamlit as st\nst.image({GIF}, link='data:text/html,x')\nst.image({GIF}, link='https://a.org')\n"
    )
    images = at.get("image")
    assert "link" not in images[0].props
    assert images[1].props["link"] == "https://a.org"
    assert [level for level, _ in at.logs] == ["warn"]


def test_page_link_takes_only_web_addresses_as_external() -> None:
    at = app("import streamlit as st\nst.page_link('https://a.org/x', label='Web')\n")
    assert at.get("page_link")[0].props["href"] == "https://a.org/x"
    script = app("import streamlit as st\nst.page_link('javascript:alert(1)', label='x')\n")
    assert script.exception[0].value.startswith("Could not find page: `javascript:alert(1)`.")  # as Streamlit
