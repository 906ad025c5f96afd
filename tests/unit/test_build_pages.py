"""The build finds page scripts, checks their syntax, and can serve with cross-origin isolation."""

from __future__ import annotations

import threading
import urllib.request
from pathlib import Path

import pytest

from tests.unit.multipage_helpers import write_app
from wasmlit_build.errors import BuildError
from wasmlit_build.page_scripts import check_page_scripts
from wasmlit_build.serve import make_server


def test_pages_folder_and_navigation_scripts_are_found_and_checked(tmp_path: Path) -> None:
    main = write_app(
        tmp_path,
        {
            "app.py": 'import streamlit as st\nst.navigation([st.Page("home.py"), "tools/report.py"]).run()\n',
            "home.py": 'import streamlit as st\nst.switch_page("tools/report.py")\n',
            "tools/report.py": "x = 1\n",
            "pages/1_one.py": "y = 2\n",
            "pages/__init__.py": "",
        },
    )
    found, warnings = check_page_scripts(main, tmp_path)
    assert sorted(path.relative_to(tmp_path).as_posix() for path in found) == [
        "home.py",
        "pages/1_one.py",
        "tools/report.py",
    ]
    assert warnings == []


def test_a_syntax_error_in_a_page_fails_the_build_with_file_and_line(tmp_path: Path) -> None:
    main = write_app(tmp_path, {"app.py": "x = 1\n", "pages/broken.py": "def f(:\n    pass\n"})
    with pytest.raises(BuildError) as error:
        check_page_scripts(main, tmp_path)
    assert 'File "pages/broken.py", line 1' in str(error.value)
    assert "pages/broken.py has a syntax error" in str(error.value)


def test_a_page_name_without_a_file_is_a_warning(tmp_path: Path) -> None:
    main = write_app(tmp_path, {"app.py": 'import streamlit as st\nst.navigation([st.Page("gone.py")])\n'})
    _, warnings = check_page_scripts(main, tmp_path)
    assert warnings == [
        "app.py names the page script `gone.py`, which is not in the app folder; that page will fail with "
        "StreamlitPageNotFoundError."
    ]


@pytest.mark.parametrize("isolated", [False, True])
def test_the_server_sends_isolation_headers_only_when_asked(tmp_path: Path, isolated: bool) -> None:
    (tmp_path / "index.html").write_text("<p>hi</p>")
    server = make_server(tmp_path, cross_origin_isolated=isolated)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{server.port}/index.html") as response:
            headers = response.headers
    finally:
        server.shutdown()
        server.server_close()
    assert (headers.get("Cross-Origin-Opener-Policy") == "same-origin") is isolated
    assert (headers.get("Cross-Origin-Embedder-Policy") == "require-corp") is isolated
