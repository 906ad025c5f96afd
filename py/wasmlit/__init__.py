"""wasmlit: Streamlit's API for scripts that run in the browser under Pyodide.

``import streamlit as st`` and ``import wasmlit as st`` give this same module.
"""

from __future__ import annotations

from typing import Any

from wasmlit import config as _config
from wasmlit import errors
from wasmlit.caching import cache_data as cache_data
from wasmlit.caching import cache_resource as cache_resource
from wasmlit.commands.execution_control import rerun as rerun
from wasmlit.commands.execution_control import stop as stop
from wasmlit.commands.page_config import set_page_config as set_page_config
from wasmlit.compat import install_streamlit_alias
from wasmlit.delta_generator import DeltaGenerator
from wasmlit.elements.host import DISPATCH, ROOT
from wasmlit.multipage.commands import navigation as navigation
from wasmlit.multipage.commands import switch_page as switch_page
from wasmlit.multipage.page import Page as Page
from wasmlit.query_params import QueryParamsProxy
from wasmlit.runtime.state.session_state_proxy import SessionStateProxy
from wasmlit.runtime.tree import ROOT_SIDEBAR

# The Streamlit API version this runtime follows; libraries compare against it.
__version__ = "1.67.0"
__wasmlit_version__ = "0.1.0"

_dispatch = DeltaGenerator(DISPATCH)
sidebar = DeltaGenerator(ROOT, root_id=ROOT_SIDEBAR)
session_state = SessionStateProxy()
query_params = QueryParamsProxy()

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


def set_option(key: str, value: Any) -> None:
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


def get_option(key: str) -> Any:
    """The value of a config option."""
    from wasmlit.runtime import context

    if key not in _config.known_option_names():
        raise errors.StreamlitAPIException(f"Unrecognized config option: {key}")
    return context.current().config.get(key, _config.DEFAULTS.get(key))


_REMOVED = {
    "experimental_rerun": "st.experimental_rerun has been removed. Use st.rerun instead.",
}


def __getattr__(name: str) -> Any:
    if name in _REMOVED:
        raise AttributeError(f"module 'streamlit' has no attribute '{name}'. {_REMOVED[name]}")
    raise AttributeError(
        f"module 'streamlit' has no attribute '{name}'. wasmlit does not support `st.{name}` yet "
        "(see the README for what works)."
    )


install_streamlit_alias()
