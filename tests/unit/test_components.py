"""streamlit.components.v1: html, iframe, st.iframe and declared custom components."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from wasmlit.testing import AppTest

from .helpers import app

COMPONENT_APP = """
import os
import streamlit as st
import streamlit.components.v1 as components

counter = components.declare_component("counter", path=os.path.join(os.path.dirname(__file__), "frontend"))

def changed():
    st.session_state.changes = st.session_state.get("changes", 0) + 1

value = counter(start=st.session_state.get("start", 1), default=0, key="count", on_change=changed)
st.write(f"value={value!r}")
st.write(f"state={st.session_state['count']!r}")
st.write(f"changes={st.session_state.get('changes', 0)}")
"""


def _component_app(tmp_path: Path, script: str = COMPONENT_APP) -> AppTest:
    (tmp_path / "frontend").mkdir(parents=True)
    (tmp_path / "frontend" / "index.html").write_text("<html></html>")
    path = tmp_path / "app.py"
    path.write_text(textwrap.dedent(script))
    return AppTest.from_file(str(path)).run()


def _texts(at: AppTest) -> list[str]:
    return [markdown.value for markdown in at.markdown]


def test_a_component_returns_its_default_until_it_sets_a_value(tmp_path: Path) -> None:
    at = _component_app(tmp_path)
    assert _texts(at) == ["value=0", "state=None", "changes=0"]
    component = at.get("component_instance")[0]
    assert component.component_name == "app.counter"
    assert component.args == {"start": 1, "default": 0, "key": "count"}
    assert component.props["url"] == "assets/components/frontend/index.html"


def test_a_set_value_reaches_session_state_and_the_next_run(tmp_path: Path) -> None:
    at = _component_app(tmp_path)
    at.get("component_instance")[0].set_value({"n": 3}).run()
    assert _texts(at) == ["value={'n': 3}", "state={'n': 3}", "changes=1"]
    # The value stays on later runs; the callback runs only when it changes.
    at.run()
    assert _texts(at) == ["value={'n': 3}", "state={'n': 3}", "changes=1"]
    at.get("component_instance")[0].set_value({"n": 4}).run()
    assert _texts(at) == ["value={'n': 4}", "state={'n': 4}", "changes=2"]


def test_a_keyed_component_keeps_its_value_when_its_arguments_change(tmp_path: Path) -> None:
    at = _component_app(tmp_path)
    at.get("component_instance")[0].set_value(7).run()
    at.session_state["start"] = 5
    at.run()
    assert at.get("component_instance")[0].args["start"] == 5
    assert _texts(at)[0] == "value=7"


def test_bytes_travel_both_ways(tmp_path: Path) -> None:
    script = COMPONENT_APP.replace('start=st.session_state.get("start", 1)', "start=b'\\x00\\xff'")
    at = _component_app(tmp_path, script)
    component = at.get("component_instance")[0]
    assert component.props["bytesArgs"] == {"start": "AP8="}
    assert "start" not in component.args
    component.set_value(b"\x01\x02").run()
    assert _texts(at)[0] == "value=b'\\x01\\x02'"


def test_positional_arguments_and_on_change_modes_raise_as_in_streamlit(tmp_path: Path) -> None:
    at = _component_app(tmp_path, COMPONENT_APP.replace("counter(start=", "counter(1, start="))
    assert at.exception[0].message == "Argument '1' needs a label"
    at = _component_app(tmp_path / "b", COMPONENT_APP.replace("on_change=changed", 'on_change="rerun"'))
    assert "is not supported on this widget" in at.exception[0].message


def test_a_missing_folder_and_a_folder_outside_the_app_are_named(tmp_path: Path) -> None:
    at = _component_app(tmp_path, COMPONENT_APP.replace('"frontend"))', '"nowhere"))'))
    assert at.exception[0].message.startswith("No such component directory: '")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    app_folder = tmp_path / "app"
    app_folder.mkdir()
    script = COMPONENT_APP.replace('os.path.join(os.path.dirname(__file__), "frontend")', repr(str(outside)))
    at = _component_app(app_folder, script)
    assert "outside the app folder" in at.exception[0].message and "installed packages" in at.exception[0].message


def test_url_components_load_from_the_url(tmp_path: Path) -> None:
    script = COMPONENT_APP.replace(
        'path=os.path.join(os.path.dirname(__file__), "frontend")', 'url="http://localhost:3001"'
    )
    at = _component_app(tmp_path, script)
    assert at.get("component_instance")[0].props["url"] == "http://localhost:3001"


def test_components_html_is_a_srcdoc_iframe_150_px_high() -> None:
    at = app(
        """
        import streamlit.components.v1 as components
        components.html("<script>document.title = 'x'</script><p>hi</p>", scrolling=True)
        components.iframe("https://example.com", width=300, height=200, tab_index=-1)
        """
    )
    html, frame = at.get("iframe")
    assert html.props == {
        "srcdoc": "<script>document.title = 'x'</script><p>hi</p>",
        "scrolling": True,
        "width": "stretch",
        "height": 150,
    }
    assert frame.props == {
        "src": "https://example.com",
        "scrolling": False,
        "width": 300,
        "height": 200,
        "tabIndex": -1,
    }


def test_st_iframe_tells_urls_from_html() -> None:
    at = app(
        """
        import streamlit as st
        st.iframe("https://example.com", alt="  Example  ")
        st.iframe("<p>hi</p>", height=120)
        st.iframe("/static/page.html", width="content")
        """
    )
    url, html, relative = at.get("iframe")
    assert url.props == {
        "src": "https://example.com",
        "scrolling": True,
        "width": "stretch",
        "height": 400,
        "alt": "Example",
    }
    assert html.props == {"srcdoc": "<p>hi</p>", "scrolling": True, "width": "stretch", "height": 120}
    assert relative.props["src"] == "/static/page.html" and relative.props["width"] == "stretch"


@pytest.mark.parametrize("tab_index", [-2, "1", True])
def test_a_bad_tab_index_raises(tab_index: object) -> None:
    at = app(
        f"""
        import streamlit.components.v1 as components
        components.html("<p>hi</p>", tab_index={tab_index!r})
        """
    )
    assert at.exception[0].message in (
        "Invalid `tab_index` value. Supported values: None, -1, a non-negative integer.",
        f"Invalid `tab_index` type. Expected one of: int. Provided type: {type(tab_index).__name__}.",
    )


def test_the_build_serves_component_frontends_where_the_runtime_looks() -> None:
    from wasmlit.components.v1 import custom_component
    from wasmlit_build import components
    from wasmlit_build.app_files import AppFile

    assert components.SITE_FOLDER == custom_component.SITE_FOLDER
    app_files = [
        AppFile("app.py", b"x"),
        AppFile("my_component/frontend/build/index.html", b"<html>"),
        AppFile("my_component/frontend/build/static/main.js", b"js"),
        AppFile("my_component/__init__.py", b"y"),
        AppFile("index.html", b"the app folder itself is not a component"),
    ]
    files, folders = components.component_files(app_files)
    assert folders == ["my_component/frontend/build"]
    assert files == {
        "assets/components/my_component/frontend/build/index.html": b"<html>",
        "assets/components/my_component/frontend/build/static/main.js": b"js",
    }


def test_libraries_that_wrap_register_widget_load() -> None:
    at = app(
        """
        import streamlit as st
        from streamlit.components.v1 import components as _components

        def wrap(register_widget):
            def wrapped(*args, **kwargs):
                return register_widget(*args, **kwargs)
            return wrapped

        _components.register_widget = wrap(_components.register_widget)
        st.write(_components.CustomComponent.__name__, _components.declare_component.__name__)
        _components.register_widget("id")
        """
    )
    assert at.markdown[0].value == "CustomComponent declare_component"
    assert "register_widget` cannot work in wasmlit" in at.exception[0].value


def test_a_component_in_a_form_sends_its_value_with_the_submit(tmp_path: Path) -> None:
    script = COMPONENT_APP.replace(
        'value = counter(start=st.session_state.get("start", 1), default=0, key="count", on_change=changed)',
        'with st.form("f"):\n    value = counter(default=0, key="count")\n    st.form_submit_button("Send")',
    )
    at = _component_app(tmp_path, script)
    component = at.get("component_instance")[0]
    assert component.form_id
    # A run without the submit drops the value (as a run without a click does in a form).
    component.set_value(5).run()
    assert _texts(at)[0] == "value=0"
    at.get("component_instance")[0].set_value(5)
    at.form_submit_button[0].click().run()
    assert _texts(at)[0] == "value=5"


def test_a_frontend_inside_an_installed_package_is_served_from_site_packages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wasmlit.components.v1 import custom_component

    packages = tmp_path / "site-packages"
    frontend = packages / "fancy_menu" / "frontend" / "build"
    frontend.mkdir(parents=True)
    (frontend / "index.html").write_text("<html></html>")
    monkeypatch.setattr(custom_component, "_site_packages_folders", lambda: [str(packages)])
    script = COMPONENT_APP.replace('os.path.join(os.path.dirname(__file__), "frontend")', repr(str(frontend)))
    at = _component_app(tmp_path / "app", script)
    assert at.get("component_instance")[0].props["url"] == (
        "assets/components/site-packages/fancy_menu/frontend/build/index.html"
    )


def test_the_build_serves_frontends_inside_wheels() -> None:
    import io
    import zipfile

    from wasmlit.components.v1 import custom_component
    from wasmlit_build import components

    assert components.PACKAGES_FOLDER == custom_component.PACKAGES_FOLDER
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as wheel:
        wheel.writestr("fancy_menu/__init__.py", "x = 1")
        wheel.writestr("fancy_menu/frontend/build/index.html", "<html>")
        wheel.writestr("fancy_menu/frontend/build/static/js/main.js", "js")
        wheel.writestr("fancy_menu-1.0.dist-info/METADATA", "Name: fancy-menu")
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w") as wheel:
        wheel.writestr("plain/__init__.py", "")
    files, folders = components.wheel_component_files([buffer.getvalue(), plain.getvalue()])
    assert folders == ["fancy_menu/frontend/build"]
    assert files == {
        "assets/components/site-packages/fancy_menu/frontend/build/index.html": b"<html>",
        "assets/components/site-packages/fancy_menu/frontend/build/static/js/main.js": b"js",
    }
