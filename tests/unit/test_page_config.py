"""st.set_page_config: Streamlit 1.67's rules, and the page_config message the page gets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.helpers import app
from wasmlit.commands.page_config import favicon_for, page_config_changes


def test_callable_anywhere_and_each_call_overrides_only_what_it_passes() -> None:
    at = app(
        """
        import streamlit as st
        st.title("first")
        st.set_page_config(page_title="One", layout="wide", initial_sidebar_state="collapsed")
        st.write("between")
        st.set_page_config(page_title="Two", page_icon="🧱")
        """
    )
    assert not at.exception
    assert at.page.page_config == {
        "title": "Two",
        "layout": "wide",
        "sidebarState": "collapsed",
        "favicon": {"kind": "emoji", "value": "🧱"},
    }


def test_the_config_survives_a_rerun_that_does_not_set_it_and_is_not_resent() -> None:
    messages: list[dict[str, object]] = []
    at = app(
        """
        import streamlit as st
        if "ran" not in st.session_state:
            st.session_state.ran = True
            st.set_page_config(layout="wide")
        st.set_page_config(page_title="Same")
        """
    )
    original_apply = at.page.apply

    def recording_apply(text: str) -> None:
        messages.append(json.loads(text))
        original_apply(text)

    at._session.send = recording_apply
    at.run()
    assert at.page.page_config == {"layout": "wide", "title": "Same"}
    assert [message for message in messages if message["type"] == "page_config"] == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("layout='big'", "Invalid `layout` value. Supported values: 'centered', 'wide'."),
        (
            "initial_sidebar_state='big'",
            "Invalid `initial_sidebar_state` value. Supported values: 'auto', 'expanded', 'collapsed', 'locked', "
            "a positive integer (width in pixels). Got 'big'.",
        ),
        (
            "initial_sidebar_state=-3",
            "Invalid `initial_sidebar_state` value. Supported values: 'auto', 'expanded', 'collapsed', 'locked', "
            "a positive integer (width in pixels). Got -3.",
        ),
        (
            "menu_items={'bad': 'x'}",
            "Invalid `menu_items` value. Supported values: 'Get help', 'Report a bug', 'About'. `bad` is not a "
            "supported menu item key.",
        ),
        (
            "menu_items={'Get help': 'notaurl'}",
            '"notaurl" is not a valid URL. You must use a fully qualified domain beginning with "http://", '
            '"https://", or "mailto:".',
        ),
        (
            "page_icon=':material/no pe:'",
            'The value `":material\u200b/no pe:"` is not a valid Material icon. Please use a Material icon '
            "shortcode like **`:material\u200b/thumb_up:`**.",
        ),
    ],
)
def test_invalid_arguments_raise_streamlits_errors(call: str, message: str) -> None:
    at = app(f"import streamlit as st\nst.set_page_config({call})")
    assert [error.message for error in at.exception] == [message]
    assert at.page.page_config == {}


def test_sidebar_width_and_menu_items() -> None:
    changes = page_config_changes(initial_sidebar_state=400, menu_items={"About": "# Hi", "Get Help": None})
    assert changes == {"sidebarState": "auto", "sidebarWidth": 400, "menuItems": {"about": "# Hi", "getHelp": None}}


def test_favicons_for_material_icons_files_and_urls(tmp_path: Path) -> None:
    assert favicon_for(":material/thumb_up:") == {"kind": "material", "value": "thumb_up"}
    assert favicon_for("icons/logo.png") == {"kind": "url", "value": "icons/logo.png"}
    image = tmp_path / "logo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\nrest")
    assert favicon_for(str(image))["value"].startswith("data:image/png;base64,iVBORw0KGg")
    assert favicon_for(b"GIF89a...")["value"].startswith("data:image/gif;base64,")
    assert favicon_for("random")["kind"] == "emoji"


def test_bare_mode_validates_but_sends_nothing() -> None:
    import wasmlit as st

    st.set_page_config(page_title="bare")
    with pytest.raises(st.errors.StreamlitAPIException):
        st.set_page_config(layout="huge")
