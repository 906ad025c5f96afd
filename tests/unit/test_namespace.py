"""No Streamlit 1.67 name regresses: each one works, or raises the one clear error of its
``wasmlit.unsupported`` entry; no module path fails without saying why.

The names come from ``streamlit_1_67_names.txt``, written from the real Streamlit 1.67.0
by ``list_streamlit_names.py`` (its docstring says how).
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest

import wasmlit
from wasmlit.delta_generator import DeltaGenerator
from wasmlit.unsupported import IMPOSSIBLE, IMPOSSIBLE_MODULES, MARKER, NOT_YET, TABLE, UnsupportedFeatureError

NAMES_FILE = Path(__file__).with_name("streamlit_1_67_names.txt")

# Module paths apps and component libraries import, and the names they take from them:
# each must import and resolve (a table entry resolves to its clear error).
APP_IMPORTS: dict[str, tuple[str, ...]] = {
    "streamlit.runtime": ("exists", "get_instance", "Runtime"),
    "streamlit.runtime.scriptrunner": (
        "get_script_run_ctx",
        "add_script_run_ctx",
        "ScriptRunContext",
        "RerunException",
        "StopException",
        "RerunData",
        "ScriptRunner",
    ),
    "streamlit.runtime.scriptrunner_utils.script_run_context": (
        "get_script_run_ctx",
        "add_script_run_ctx",
        "ScriptRunContext",
        "SCRIPT_RUN_CONTEXT_ATTR_NAME",
    ),
    "streamlit.runtime.state": (
        "SessionStateProxy",
        "QueryParamsProxy",
        "SessionState",
        "WidgetArgs",
        "WidgetCallback",
        "WidgetKwargs",
    ),
    "streamlit.runtime.uploaded_file_manager": ("UploadedFile", "UploadedFileRec", "DeletedFile"),
    "streamlit.runtime.caching": ("cache_data", "cache_resource"),
    "streamlit.runtime.secrets": ("Secrets", "AttrDict", "secrets_singleton"),
    "streamlit.runtime.metrics_util": ("gather_metrics",),
    "streamlit.delta_generator": ("DeltaGenerator",),
    "streamlit.navigation.page": ("StreamlitPage",),
    "streamlit.logger": ("get_logger", "set_log_level"),
    "streamlit.source_util": ("open_python_file", "page_icon_and_name", "page_sort_key"),
    "streamlit.type_util": ("SupportsStr", "is_type", "get_fqn", "get_fqn_type", "is_namedtuple"),
    "streamlit.string_util": ("clean_text", "to_help_str"),
    "streamlit.deprecation_util": ("show_deprecation_warning",),
    "streamlit.version": ("STREAMLIT_VERSION_STRING",),
    "streamlit.user_info": ("UserInfoProxy", "login", "logout"),
    "streamlit.elements.bottom": ("BottomContainerProxy",),
}

# Where each part of the table lives, by the prefix of its names.
TABLE_MODULES = {
    "st.column_config.": "streamlit.column_config",
    "st.components.v1.": "streamlit.components.v1",
    "st.components.v2.": "streamlit.components.v2",
    "st.typing.": "streamlit.typing",
    "streamlit.connections.": "streamlit.connections",
    "streamlit.runtime.scriptrunner.": "streamlit.runtime.scriptrunner",
    "streamlit.runtime.": "streamlit.runtime",
    "st.": "st",
}


def _read_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for line in NAMES_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif line and not line.startswith("#"):
            current.append(line)
    return sections


SECTIONS = _read_sections()


def _table_name(section: str, name: str) -> str:
    """The table's name for ``name`` in a section of the file."""
    if section == "st" or section == "DeltaGenerator":
        return f"st.{name}"
    if section.startswith("streamlit.") and section.removeprefix("streamlit.") in (
        "column_config",
        "components.v1",
        "components.v2",
        "typing",
    ):
        return f"st.{section.removeprefix('streamlit.')}.{name}"
    return f"{section}.{name}"


def _resolve(holder: Any, name: str) -> Any:
    """``holder.name``; an unsupported name may raise its error right here (module names)."""
    try:
        return getattr(holder, name)
    except UnsupportedFeatureError:
        return None


def _assert_works_or_is_listed(holder: Any, section: str, name: str) -> None:
    """The name resolves to the real thing, or to a stand-in whose use raises its error."""
    table_name = _table_name(section, name)
    value = _resolve(holder, name)
    if value is None:
        assert table_name in TABLE, f"{table_name} resolves to nothing"
        with pytest.raises(UnsupportedFeatureError, match=f"^`{table_name}` "):
            getattr(holder, name)
        return
    stand_in_for = getattr(value, MARKER, None)
    if stand_in_for is None:
        assert table_name not in TABLE, f"{table_name} is listed as unsupported but implemented"
    else:
        # The same stand-in may be exported under several paths (st.login, streamlit.user_info.login).
        assert stand_in_for in TABLE
        _assert_use_raises(value, stand_in_for)


def _assert_use_raises(value: Any, table_name: str) -> None:
    with pytest.raises(UnsupportedFeatureError) as raised:
        if callable(value):
            value()
        else:
            _ = value.anything
    message = str(raised.value)
    assert message.startswith(f"`{table_name}` ")
    reason = TABLE[table_name].reason
    assert reason in message
    assert ("cannot work in wasmlit" in message) == (TABLE[table_name].kind == IMPOSSIBLE)


def test_the_names_file_has_every_section() -> None:
    assert len(SECTIONS["st"]) == 115
    assert len(SECTIONS["DeltaGenerator"]) == 88
    assert "streamlit.web.server" in SECTIONS["modules"]


@pytest.mark.parametrize("name", SECTIONS["st"])
def test_every_st_name_of_streamlit_works_or_raises_its_clear_error(name: str) -> None:
    _assert_works_or_is_listed(wasmlit, "st", name)


@pytest.mark.parametrize("name", SECTIONS["DeltaGenerator"])
def test_every_container_method_works_or_raises_its_clear_error(name: str) -> None:
    assert hasattr(DeltaGenerator, name)
    _assert_works_or_is_listed(wasmlit.sidebar, "DeltaGenerator", name)


@pytest.mark.parametrize("name", SECTIONS["streamlit.errors"])
def test_every_exception_class_of_streamlit_errors_exists(name: str) -> None:
    errors = importlib.import_module("streamlit.errors")
    assert issubclass(getattr(errors, name), BaseException)


@pytest.mark.parametrize(
    "module_name",
    ["streamlit.column_config", "streamlit.components.v1", "streamlit.typing", "streamlit.connections"],
)
def test_every_name_of_a_public_module_works_or_raises_its_clear_error(module_name: str) -> None:
    module = importlib.import_module(module_name)
    for name in SECTIONS[module_name]:
        _assert_works_or_is_listed(module, module_name, name)


def test_components_v2_offers_its_command() -> None:
    assert SECTIONS["streamlit.components.v2"] == ["component"]
    _assert_works_or_is_listed(
        importlib.import_module("streamlit.components.v2"), "streamlit.components.v2", "component"
    )


@pytest.mark.parametrize("module_name", sorted(APP_IMPORTS))
def test_module_paths_apps_import_offer_their_names(module_name: str) -> None:
    assert module_name in SECTIONS["modules"], f"{module_name} is not a Streamlit 1.67 module"
    module = importlib.import_module(module_name)
    for name in APP_IMPORTS[module_name]:
        assert name in SECTIONS[module_name], f"Streamlit's {module_name} has no {name}"
        _assert_works_or_is_listed(module, module_name, name)


def test_every_streamlit_module_path_imports_or_says_why_not() -> None:
    failures = []
    for module_name in SECTIONS["modules"]:
        try:
            importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            message = str(error)
            if "in wasmlit: " not in message or not module_name.startswith(message.split("'")[1]):
                failures.append(f"{module_name}: {message}")
    assert failures == []


@pytest.mark.parametrize("module_name", sorted(IMPOSSIBLE_MODULES))
def test_impossible_module_paths_exist_in_streamlit_and_give_their_reason(module_name: str) -> None:
    assert module_name in SECTIONS["modules"]
    # A package wasmlit keeps importable (streamlit.web) fails at its modules.
    children = [name for name in SECTIONS["modules"] if name.startswith(module_name + ".")]
    with pytest.raises(ModuleNotFoundError) as raised:
        importlib.import_module((children or [module_name])[0])
    assert str(raised.value).endswith(f"{IMPOSSIBLE_MODULES[module_name]}.")


@pytest.mark.parametrize(
    ("statement", "path"),
    [
        ("import streamlit.web.server", "streamlit.web.server"),
        ("from streamlit.web import cli", "streamlit.web.cli"),
        ("from streamlit.web.bootstrap import run", "streamlit.web.bootstrap"),
        ("from streamlit.web.server.websocket_headers import _get_websocket_headers", "streamlit.web.server"),
    ],
)
def test_server_only_imports_name_the_path_and_say_why(statement: str, path: str) -> None:
    with pytest.raises(ModuleNotFoundError) as raised:
        exec(statement, {})
    assert str(raised.value) == (
        f"No module named '{path}' in wasmlit: Streamlit's web server, command line and bootstrap cannot run "
        "here: a wasmlit app is a static site (Python runs in the visitor's browser, with no server)."
    )


def test_table_entries_name_streamlit_names() -> None:
    for table_name, entry in TABLE.items():
        assert entry.kind in (NOT_YET, IMPOSSIBLE)
        prefix = next(prefix for prefix in TABLE_MODULES if table_name.startswith(prefix))
        section = TABLE_MODULES[prefix]
        short_name = table_name.removeprefix(prefix)
        assert short_name in SECTIONS[section], f"{table_name} is not a Streamlit 1.67 name"
        assert entry.container_method == (section == "st" and short_name in SECTIONS["DeltaGenerator"])


# Streamlit 1.67's own texts, read from its AttributeError for each name.
@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "experimental_rerun",
            "module 'streamlit' has no attribute 'experimental_rerun'. st.experimental_rerun has been removed. "
            "Use st.rerun instead.",
        ),
        (
            "cache",
            "module 'streamlit' has no attribute 'cache'. st.cache has been removed. "
            "Use st.cache_data or st.cache_resource instead.",
        ),
        (
            "experimental_user",
            "module 'streamlit' has no attribute 'experimental_user'. st.experimental_user has been removed. "
            "Use st.user instead.",
        ),
        (
            "bokeh_chart",
            "module 'streamlit' has no attribute 'bokeh_chart'. st.bokeh_chart has been removed. "
            "Use the streamlit-bokeh component instead.",
        ),
        ("buton", "module 'streamlit' has no attribute 'buton'. Did you mean st.button?"),
        ("markdwn", "module 'streamlit' has no attribute 'markdwn'. Did you mean st.markdown?"),
        (
            "input",
            "module 'streamlit' has no attribute 'input'. Use a specific input command such as st.audio_input, "
            "st.camera_input, st.chat_input, st.date_input, st.datetime_input, st.number_input, st.text_input, "
            "or st.time_input.",
        ),
        ("nothing_like_it", "module 'streamlit' has no attribute 'nothing_like_it'"),
        ("_private", "module 'streamlit' has no attribute '_private'"),
    ],
)
def test_names_streamlit_lacks_get_streamlits_own_error(name: str, message: str) -> None:
    with pytest.raises(AttributeError) as raised:
        getattr(wasmlit, name)
    assert str(raised.value) == message
    assert raised.value.name == name


def test_from_streamlit_import_of_a_listed_type_shows_the_clear_error() -> None:
    with pytest.raises(UnsupportedFeatureError, match=r"^`st\.typing\.PlotlyState` is not supported in wasmlit yet"):
        exec("from streamlit.typing import PlotlyState", {})
