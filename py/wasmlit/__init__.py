"""wasmlit: Streamlit's API for scripts that run in the browser under Pyodide.

``import streamlit as st`` and ``import wasmlit as st`` give this same module. Its public
names are Streamlit 1.67's (``tests/unit/streamlit_1_67_names.txt``): helpers are imported
under ``_`` names, and what wasmlit lacks raises the error of ``wasmlit.unsupported``.
"""

from typing import Any as _Any

from wasmlit import config as _config
from wasmlit import errors as errors

# Imported before the st.navigation command is bound, which it must not replace (wasmlit.compat).
from wasmlit import navigation as _navigation_module  # noqa: F401
from wasmlit import unsupported as _unsupported
from wasmlit.browser_context import ContextProxy as _ContextProxy
from wasmlit.caching import cache_data as cache_data
from wasmlit.caching import cache_resource as cache_resource
from wasmlit.commands.echo import echo as echo
from wasmlit.commands.execution_control import rerun as rerun
from wasmlit.commands.execution_control import stop as stop
from wasmlit.commands.fragment import fragment as fragment
from wasmlit.commands.logo import logo as logo
from wasmlit.commands.page_config import set_page_config as set_page_config
from wasmlit.compat import install_streamlit_alias as _install_streamlit_alias
from wasmlit.delta_generator import DeltaGenerator as _DeltaGenerator
from wasmlit.elements.bottom import BottomContainerProxy as _BottomContainerProxy
from wasmlit.elements.dialog import dialog as dialog
from wasmlit.elements.host import DISPATCH as _DISPATCH
from wasmlit.elements.host import ROOT as _ROOT
from wasmlit.multipage.commands import navigation as navigation
from wasmlit.multipage.commands import switch_page as switch_page
from wasmlit.multipage.page import Page as Page
from wasmlit.query_params import QueryParamsProxy as _QueryParamsProxy
from wasmlit.runtime.secrets import secrets_singleton as _secrets_singleton
from wasmlit.runtime.state.session_state_proxy import SessionStateProxy as _SessionStateProxy
from wasmlit.runtime.tree import ROOT_BOTTOM as _ROOT_BOTTOM
from wasmlit.runtime.tree import ROOT_SIDEBAR as _ROOT_SIDEBAR
from wasmlit.user_info import UserInfoProxy as _UserInfoProxy
from wasmlit.user_info import login as login
from wasmlit.user_info import logout as logout

# The Streamlit API version this runtime follows; libraries compare against it.
__version__ = "1.67.0"
__wasmlit_version__ = "0.1.0"

_dispatch = _DeltaGenerator(_DISPATCH)
sidebar = _DeltaGenerator(_ROOT, root_id=_ROOT_SIDEBAR)
bottom = _BottomContainerProxy(_DeltaGenerator(_ROOT, root_id=_ROOT_BOTTOM))
session_state = _SessionStateProxy()
query_params = _QueryParamsProxy()
context = _ContextProxy()
secrets = _secrets_singleton
user = _UserInfoProxy()

title = _dispatch.title
header = _dispatch.header
subheader = _dispatch.subheader
markdown = _dispatch.markdown
caption = _dispatch.caption
text = _dispatch.text
code = _dispatch.code
divider = _dispatch.divider
success = _dispatch.success
info = _dispatch.info
warning = _dispatch.warning
error = _dispatch.error
exception = _dispatch.exception
empty = _dispatch.empty
write = _dispatch.write
json = _dispatch.json
help = _dispatch.help
button = _dispatch.button
checkbox = _dispatch.checkbox
toggle = _dispatch.toggle
radio = _dispatch.radio
selectbox = _dispatch.selectbox
multiselect = _dispatch.multiselect
slider = _dispatch.slider
select_slider = _dispatch.select_slider
color_picker = _dispatch.color_picker
form = _dispatch.form
form_submit_button = _dispatch.form_submit_button
container = _dispatch.container
columns = _dispatch.columns
expander = _dispatch.expander
popover = _dispatch.popover
tabs = _dispatch.tabs
progress = _dispatch.progress
spinner = _dispatch.spinner
status = _dispatch.status
toast = _dispatch.toast
write_stream = _dispatch.write_stream
page_link = _dispatch.page_link
number_input = _dispatch.number_input
text_input = _dispatch.text_input
text_area = _dispatch.text_area
date_input = _dispatch.date_input
time_input = _dispatch.time_input
file_uploader = _dispatch.file_uploader
download_button = _dispatch.download_button
metric = _dispatch.metric
image = _dispatch.image
table = _dispatch.table
dataframe = _dispatch.dataframe
html = _dispatch.html
badge = _dispatch.badge
latex = _dispatch.latex
link_button = _dispatch.link_button
chat_message = _dispatch.chat_message
chat_input = _dispatch.chat_input
line_chart = _dispatch.line_chart
area_chart = _dispatch.area_chart
bar_chart = _dispatch.bar_chart
scatter_chart = _dispatch.scatter_chart
vega_lite_chart = _dispatch.vega_lite_chart
altair_chart = _dispatch.altair_chart
pyplot = _dispatch.pyplot
graphviz_chart = _dispatch.graphviz_chart
plotly_chart = _dispatch.plotly_chart
map = _dispatch.map
audio = _dispatch.audio
audio_input = _dispatch.audio_input
camera_input = _dispatch.camera_input
datetime_input = _dispatch.datetime_input
feedback = _dispatch.feedback
pills = _dispatch.pills
segmented_control = _dispatch.segmented_control
space = _dispatch.space
video = _dispatch.video
iframe = _dispatch.iframe
data_editor = _dispatch.data_editor

# Elements wasmlit lacks: calling one raises the error of its wasmlit.unsupported entry.
balloons = _dispatch.balloons
echarts_chart = _dispatch.echarts_chart
grid = _dispatch.grid
menu_button = _dispatch.menu_button
mermaid_chart = _dispatch.mermaid_chart
pagination = _dispatch.pagination
pdf = _dispatch.pdf
pydeck_chart = _dispatch.pydeck_chart
skeleton = _dispatch.skeleton
snow = _dispatch.snow

# Other commands and objects wasmlit lacks (not yet, or impossible in a static site).
connection = _unsupported.command("st.connection")
App = _unsupported.command("st.App")


def set_option(key: str, value: _Any) -> None:
    """Change a config option from a script; only Streamlit's scriptable ones may be set."""
    from wasmlit.runtime import context

    if key not in _config.known_option_names():
        raise errors.StreamlitAPIException(f"Unrecognized config option: {key}")
    if key not in _config.SCRIPTABLE:
        raise errors.StreamlitAPIException(
            f"{key} cannot be set on the fly. Set as command line option, e.g. streamlit run "
            f"script.py --{key}, or in config.toml instead."
        )
    context.current().config[key] = value


def get_option(key: str) -> _Any:
    """The value of a config option."""
    from wasmlit.runtime import context

    if key not in _config.known_option_names():
        raise errors.StreamlitAPIException(f"Unrecognized config option: {key}")
    return context.current().config.get(key, _config.DEFAULTS.get(key))


class _MissingAttributeMessage:
    """Built only when printed: ``hasattr`` and ``from streamlit import x`` never pay for it."""

    def __init__(self, name: str, module: _Any) -> None:
        self._name = name
        self._module = module

    def __str__(self) -> str:
        from wasmlit.command_suggestions import missing_attribute_message

        return missing_attribute_message(self._name, self._module)


def __getattr__(name: str) -> _Any:
    """Streamlit 1.67's error for a name it does not have (removed names, typos)."""
    import sys

    module = sys.modules[__name__]
    raise AttributeError(_MissingAttributeMessage(name, module), name=name, obj=module)


# Public namespaces, as Streamlit imports them; last, because they import from this module.
from wasmlit import column_config as column_config  # noqa: E402
from wasmlit import components as components  # noqa: E402
from wasmlit import typing as typing  # noqa: E402

_install_streamlit_alias()
