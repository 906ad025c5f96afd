"""st.navigation / st.Page / st.switch_page / st.page_link, through the headless harness."""

from __future__ import annotations

from pathlib import Path

from tests.unit.multipage_helpers import page_list, run_app, texts, titles
from wasmlit.testing import AppTest

# A minimal value widget, so page-switch cleanup can be observed without other widget modules.
TINY_WIDGET = """
import wasmlit as st
from wasmlit.catalogue import declare_for_tests
from wasmlit.catalogue.element_type import widget as widget_type
from wasmlit.catalogue.prop_types import INT
from wasmlit.widgets.registration import WidgetSpec, register, show_widget

TINY = declare_for_tests(widget_type("tiny", INT))

def number_box(label, *, key=None):
    host = st._dispatch
    widget = register(host, WidgetSpec(
        element=TINY, key=key, identity_params={"label": label},
        deserialize=lambda raw: 0 if raw is None else int(raw), serialize=int, label=label,
    ))
    show_widget(host, widget, browser_value=widget.value)
    return widget.value
"""

NAVIGATION_APP = {
    "tiny_widget.py": TINY_WIDGET,
    "app.py": """
        import streamlit as st
        from tiny_widget import number_box

        shared = number_box("shared", key="shared")

        def home():
            st.title("Home")
            number_box("home value", key="home_value")
            if st.button("go to settings"):
                st.switch_page("settings.py")
            if st.button("go to reports with params"):
                st.switch_page(reports_page, query_params={"year": "2024"})

        def reports():
            st.title("Reports")
            st.text(f"home_value kept: {'home_value' in st.session_state}; shared: {st.session_state.shared}")
            st.text(f"params: {st.query_params.to_dict()}")

        reports_page = st.Page(reports, title="Sales reports", icon="📊", url_path="reports")
        pg = st.navigation(
            {
                "": [st.Page(home, title="Home", default=True)],
                "Work": [reports_page, st.Page("settings.py", title="Settings", icon=":material/settings:")],
                "Hidden": [st.Page("secret.py", visibility="hidden")],
            }
        )
        st.sidebar.text(f"entrypoint sees {pg.title}")
        pg.run()
    """,
    "settings.py": """
        import streamlit as st
        st.title("Settings")
        st.text(f"home_value kept: {'home_value' in st.session_state}; shared: {st.session_state.shared}")
        st.text(f"params: {st.query_params.to_dict()}")
    """,
    "secret.py": "import streamlit as st\nst.title('Secret')\n",
}


def widget_id(at: AppTest, label: str) -> str:
    return next(element.id for element in at.get("tiny") if element.props["label"] == label)


def page_hash(at: AppTest, url_path: str) -> str:
    assert at.page.extras.navigation is not None
    return next(page["hash"] for page in at.page.extras.navigation["pages"] if page["urlPath"] == url_path)


def test_the_page_list_has_titles_icons_addresses_sections_and_hidden_pages(tmp_path: Path) -> None:
    at = run_app(tmp_path, NAVIGATION_APP)
    assert titles(at) == ["Home"]
    assert page_list(at) == [
        ("Home", "", "", True),
        ("Sales reports", "📊", "reports", False),
        ("Settings", ":material/settings:", "settings", False),
        ("secret", "", "secret", False),
    ]
    navigation = at.page.extras.navigation
    assert navigation is not None
    assert navigation["sections"] == ["", "Work", "Hidden"]
    assert [page["hidden"] for page in navigation["pages"]] == [False, False, False, True]
    assert navigation["position"] == "sidebar"
    assert [element.value for element in at.sidebar if element.type == "text"] == ["entrypoint sees Home"]


def test_user_navigation_keeps_entrypoint_widgets_and_drops_the_old_pages(tmp_path: Path) -> None:
    at = run_app(tmp_path, NAVIGATION_APP)
    at.queue_widget_value(widget_id(at, "shared"), 5)
    at.queue_widget_value(widget_id(at, "home value"), 7)
    at.run()
    at.open_page_address("settings").run()
    assert titles(at) == ["Settings"]
    assert texts(at)[0] == "home_value kept: False; shared: 5"
    at.open_page_address("").run()
    assert titles(at) == ["Home"]
    assert at.get("tiny")[1].props["value"] == 0, "a page's widgets start over after leaving it"


def test_a_replacement_worker_keeps_every_value_on_its_first_request(tmp_path: Path) -> None:
    """After Stop replaced the worker, the page sends its page and all its widget values."""
    first = run_app(tmp_path, NAVIGATION_APP)
    first.queue_widget_value(widget_id(first, "shared"), 5)
    first.queue_widget_value(widget_id(first, "home value"), 7)
    first.run()
    values = {widget_id(first, "shared"): 5, widget_id(first, "home value"): 7}
    replacement = AppTest.from_file(str(tmp_path / "app.py"))
    replacement._queued_page = {"hash": page_hash(first, "")}
    for key, value in values.items():
        replacement.queue_browser_value(key, value)
    replacement.run()
    assert [element.props["value"] for element in replacement.get("tiny")] == [5, 7]


def test_a_page_list_click_sends_the_page_hash(tmp_path: Path) -> None:
    at = run_app(tmp_path, NAVIGATION_APP)
    at._queued_page = {"hash": page_hash(at, "reports")}
    at.run()
    assert titles(at) == ["Reports"]
    assert at.current_page is not None and at.current_page["urlPath"] == "reports"


def test_switch_page_clears_all_widget_state_and_the_query_params(tmp_path: Path) -> None:
    at = AppTest.from_file(str(_write(tmp_path)))
    at.query_params.update({"embed": "true", "stale": "1"})
    at.run()
    at.queue_widget_value(widget_id(at, "shared"), 5)
    at.run()
    at.button[0].click().run()
    assert titles(at) == ["Settings"]
    assert texts(at) == ["home_value kept: False; shared: 0", "params: {}"]
    assert at.query_params == {"embed": "true"}


def test_switch_page_can_set_query_params(tmp_path: Path) -> None:
    at = run_app(tmp_path, NAVIGATION_APP)
    at.button[1].click().run()
    assert titles(at) == ["Reports"]
    assert texts(at)[1] == "params: {'year': '2024'}"
    assert at.query_params == {"year": "2024"}


def test_hidden_pages_open_by_address(tmp_path: Path) -> None:
    at = run_app(tmp_path, NAVIGATION_APP)
    at.open_page_address("secret").run()
    assert titles(at) == ["Secret"]


def test_an_unknown_address_runs_the_default_page(tmp_path: Path) -> None:
    at = run_app(tmp_path, NAVIGATION_APP)
    at.open_page_address("nope").run()
    assert titles(at) == ["Home"]
    assert at.page.extras.pages_not_found == ["nope"]


def _write(folder: Path) -> Path:
    from tests.unit.multipage_helpers import write_app

    return write_app(folder, NAVIGATION_APP)


def _errors(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    at = run_app(tmp_path, {"app.py": "import streamlit as st\n" + body, "p.py": "import streamlit as st\n"})
    return [(element.type_name, element.value) for element in at.exception]


def test_a_missing_page_file_raises_streamlits_error(tmp_path: Path) -> None:
    assert _errors(tmp_path, 'st.navigation([st.Page("missing.py")]).run()') == [
        (
            "streamlit.errors.StreamlitPageNotFoundError",
            "Unable to create Page. The file `missing.py` could not be found.",
        )
    ]


def test_switch_page_to_an_unregistered_page_raises_the_navigation_text(tmp_path: Path) -> None:
    errors = _errors(tmp_path, 'st.navigation([st.Page("p.py")])\nst.switch_page("other.py")')
    assert errors == [
        (
            "streamlit.errors.StreamlitPageNotFoundError",
            "Could not find page: `other.py`. You must provide a `Page` object or file path relative to the "
            "entrypoint file. Only pages previously defined by `st.Page` and passed to `st.navigation` are allowed.",
        )
    ]


def test_navigation_argument_errors(tmp_path: Path) -> None:
    body = """
for call in (
    lambda: st.navigation([st.Page("p.py")], position="left"),
    lambda: st.navigation([st.Page("p.py", default=True), st.Page(lambda: None, title="x", default=True)]),
    lambda: st.navigation([st.Page("p.py"), st.Page("p.py", title="again")]),
    lambda: st.Page("p.py", url_path="a/b"),
    lambda: st.Page("p.py", visibility="secret"),
):
    try:
        call()
    except Exception as error:
        st.text(f"{type(error).__name__}: {error}")
"""
    at = run_app(tmp_path, {"app.py": "import streamlit as st\n" + body, "p.py": ""})
    assert texts(at) == [
        "StreamlitValueError: Invalid `position` value. Supported values: 'sidebar', 'hidden', 'top'.",
        "StreamlitAPIException: Multiple Pages specified with `default=True`. At most one Page can be set to default.",
        "StreamlitAPIException: Two pages resolve to the URL pathname `/p`: `p.py` (default page) and `p.py`. Each "
        "page passed to `st.navigation` needs a unique URL pathname, including pages in different sections, hidden "
        "pages, and external URL pages. Streamlit infers the pathname from the filename, callable name, or the "
        "title of an external URL page. The default page is served at the app root, but it still reserves this "
        "pathname. Set a unique `url_path` in `st.Page` for one of these pages.",
        "StreamlitAPIException: The `url_path` `a/b` cannot include `/`. Streamlit does not support nested URL "
        "pathnames yet, so use a single path segment (e.g. `foo_bar`). To upvote support for nested pathnames, see "
        "GitHub issue [#8971](https://github.com/streamlit/streamlit/issues/8971).",
        "StreamlitValueError: Invalid `visibility` value. Supported values: visible, hidden.",
    ]


def test_a_page_runs_once_and_only_when_navigation_returned_it(tmp_path: Path) -> None:
    body = """
page = st.Page("p.py")
other = st.Page(lambda: None, title="other")
chosen = st.navigation([page, other])
chosen.run()
for runnable in (chosen, other):
    try:
        runnable.run()
    except Exception as error:
        st.text(str(error))
"""
    at = run_app(tmp_path, {"app.py": "import streamlit as st\n" + body, "p.py": ""})
    assert (
        texts(at)
        == ["This page cannot be called directly. Only the page returned from st.navigation can be called once."] * 2
    )


def test_page_link_takes_title_and_address_from_the_page(tmp_path: Path) -> None:
    body = """
settings = st.Page("p.py", title="Settings", icon="⚙️")
st.navigation([st.Page(lambda: None, title="Home", default=True), settings])
st.page_link(settings)
st.page_link("p.py", label="Open settings", query_params={"tab": "a"})
st.page_link("https://example.com", label="Docs", icon="🌐")
try:
    st.page_link("missing.py")
except Exception as error:
    st.text(type(error).__name__)
"""
    at = run_app(tmp_path, {"app.py": "import streamlit as st\n" + body, "p.py": ""})
    links = at.get("page_link")
    assert [(link.value, link.props.get("urlPath"), link.props.get("icon")) for link in links] == [
        ("Settings", "p", "⚙️"),
        ("Open settings", "p", None),
        ("Docs", None, "🌐"),
    ]
    assert links[1].props["queryString"] == "tab=a"
    assert links[2].props["external"] is True and links[2].props["href"] == "https://example.com"
    assert texts(at) == ["StreamlitPageNotFoundError"]


def test_widget_ids_include_the_page(tmp_path: Path) -> None:
    body = """
def one():
    st.button("same")
def two():
    st.button("same")
st.navigation([st.Page(one), st.Page(two)]).run()
"""
    at = run_app(tmp_path, {"app.py": "import streamlit as st\n" + body})
    first = at.button[0].id
    at.open_page_address("two").run()
    assert at.button[0].id != first
