"""Multipage apps with a pages/ folder (v1), through the headless harness."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.multipage_helpers import page_list, run_app, texts, titles

PAGES_APP = {
    "app.py": """
        import streamlit as st
        st.title("Main")
        st.session_state.visits = st.session_state.get("visits", 0) + 1
        st.text(f"visits {st.session_state.visits}")
    """,
    "pages/10_b_page.py": """
        import streamlit as st
        st.title("B")
        st.text(f"visits {st.session_state.visits}")
    """,
    "pages/2_a.py": """
        import streamlit as st
        st.title("A")
        if st.button("to b"):
            st.switch_page("pages/10_b_page.py")
        if st.button("to nowhere"):
            st.switch_page("pages/nope.py")
        if st.button("home"):
            st.switch_page("app.py")
    """,
    "pages/c page.py": "import streamlit as st\nst.title('C')\n",
    "pages/🎈_balloons.py": "import streamlit as st\nst.title('Balloons')\n",
    "pages/__init__.py": "",
    "pages/.hidden.py": "",
    "pages/notes.txt": "not a page",
}


def test_page_list_names_orders_and_addresses_pages_like_streamlit(tmp_path: Path) -> None:
    at = run_app(tmp_path, PAGES_APP)
    assert titles(at) == ["Main"]
    assert page_list(at) == [
        ("app", "", "", True),
        ("a", "", "a", False),
        ("b page", "", "b_page", False),
        ("c page", "", "c_page", False),
        ("balloons", "🎈", "balloons", False),
    ]
    assert at.current_page is not None and at.current_page["default"]


def test_an_address_opens_its_page_and_session_state_is_shared(tmp_path: Path) -> None:
    at = run_app(tmp_path, PAGES_APP)
    at.open_page_address("b_page").run()
    assert titles(at) == ["B"]
    assert texts(at) == ["visits 1"]  # the main page's counter, read on another page
    assert at.current_page is not None and at.current_page["urlPath"] == "b_page"
    at.run()
    assert titles(at) == ["B"], "a plain rerun stays on the page"


def test_switch_page_runs_the_named_script(tmp_path: Path) -> None:
    at = run_app(tmp_path, PAGES_APP)
    at.switch_page("pages/2_a.py").run()
    at.button[0].click().run()
    assert titles(at) == ["B"]
    assert at.status == "completed"
    at.switch_page("pages/2_a.py").run()
    at.button[2].click().run()
    assert titles(at) == ["Main"]
    assert texts(at) == ["visits 2"]


def test_switch_page_to_an_unknown_script_raises_the_pages_folder_text(tmp_path: Path) -> None:
    at = run_app(tmp_path, PAGES_APP)
    at.switch_page("pages/2_a.py").run()
    at.button[1].click().run()
    assert at.exception[0].value == (
        f"Could not find page: `pages/nope.py`. You must provide a file path relative to the entrypoint file "
        f"(from the directory `{tmp_path.name}`). Only the entrypoint file and files in the `pages/` directory "
        "are supported."
    )
    assert at.exception[0].type_name == "streamlit.errors.StreamlitPageNotFoundError"


def test_an_unknown_address_runs_the_main_page_and_says_so(tmp_path: Path) -> None:
    at = run_app(tmp_path, PAGES_APP)
    at.open_page_address("missing").run()
    assert titles(at) == ["Main"]
    assert at.page.extras.pages_not_found == ["missing"]


def test_switch_page_with_a_missing_file_in_the_harness_is_a_value_error(tmp_path: Path) -> None:
    at = run_app(tmp_path, PAGES_APP)
    with pytest.raises(ValueError, match=r"Could not find page 'pages/zzz\.py'"):
        at.switch_page("pages/zzz.py")
