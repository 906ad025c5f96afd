"""Which AppTest wrapper shows each element type, and what ``at.<accessor>`` lists.

Keyed by the catalogue's types (``wasmlit.catalogue``); a unit test checks that every
catalogue type has an entry here, so a new element cannot be forgotten.
"""

from __future__ import annotations

from collections.abc import Callable

from wasmlit import catalogue
from wasmlit.testing import choice_widgets as choice
from wasmlit.testing import display_elements as display
from wasmlit.testing import grid_widgets as grids
from wasmlit.testing import input_widgets as inputs
from wasmlit.testing import layout
from wasmlit.testing import text_elements as text
from wasmlit.testing.elements import Block, Button, Element, FormSubmitButton, Widget
from wasmlit.testing.page_model import WIDGET_ID_PREFIX, PageElement

# A wrapper class, or a function choosing one from the element's props.
Wrapper = type[Element] | Callable[[PageElement], type[Element]]


def _markdown_or_latex(page_element: PageElement) -> type[Element]:
    return display.Latex if page_element.props.get("latex") else text.markdown_class(page_element)


WRAPPERS: dict[str, Wrapper] = {
    catalogue.MARKDOWN.name: _markdown_or_latex,
    catalogue.HEADING.name: text.heading_class,
    catalogue.ALERT.name: text.alert_class,
    catalogue.TEXT.name: text.Text,
    catalogue.CODE.name: text.Code,
    catalogue.DIVIDER.name: text.Divider,
    catalogue.EMPTY.name: Element,
    catalogue.EXCEPTION.name: text.Exception,
    catalogue.JSON_VIEW.name: text.Json,
    catalogue.HELP.name: Element,
    catalogue.PROGRESS.name: text.Progress,
    catalogue.SPINNER.name: text.Spinner,
    catalogue.CACHE_SPINNER.name: text.Spinner,
    catalogue.STATUS.name: text.Status,
    catalogue.PAGE_LINK.name: text.PageLink,
    catalogue.METRIC.name: display.Metric,
    catalogue.IMAGE.name: display.Image,
    catalogue.TABLE.name: display.Table,
    catalogue.DATAFRAME.name: display.Dataframe,
    catalogue.DATA_EDITOR.name: grids.DataEditor,
    catalogue.DATA_GRID.name: grids.grid_dataframe_class,
    catalogue.HTML.name: display.Html,
    catalogue.VEGA_LITE_CHART.name: display.vega_lite_chart_class,
    catalogue.GRAPHVIZ_CHART.name: display.GraphvizChart,
    catalogue.PLOTLY_CHART.name: display.PlotlyChart,
    catalogue.MAP.name: display.Map,
    catalogue.LINK_BUTTON.name: display.LinkButton,
    catalogue.CHAT_MESSAGE.name: display.ChatMessage,
    catalogue.TRANSPARENT.name: layout.Transparent,
    catalogue.DIALOG.name: layout.Dialog,
    catalogue.CHAT_INPUT.name: display.ChatInput,
    catalogue.CONTAINER.name: layout.ContainerBlock,
    catalogue.COLUMNS.name: layout.HorizontalBlock,
    catalogue.COLUMN.name: layout.Column,
    catalogue.FORM.name: layout.Form,
    catalogue.EXPANDER.name: layout.Expander,
    catalogue.POPOVER.name: layout.Popover,
    catalogue.TABS.name: layout.TabContainer,
    catalogue.TAB.name: layout.Tab,
    catalogue.BUTTON.name: Button,
    catalogue.FORM_SUBMIT_BUTTON.name: FormSubmitButton,
    catalogue.DOWNLOAD_BUTTON.name: inputs.DownloadButton,
    catalogue.CHECKBOX.name: choice.Checkbox,
    catalogue.TOGGLE.name: choice.Toggle,
    catalogue.RADIO.name: choice.Radio,
    catalogue.SELECTBOX.name: choice.Selectbox,
    catalogue.MULTISELECT.name: choice.Multiselect,
    catalogue.SLIDER.name: choice.Slider,
    catalogue.SELECT_SLIDER.name: choice.SelectSlider,
    catalogue.COLOR_PICKER.name: choice.ColorPicker,
    catalogue.NUMBER_INPUT.name: inputs.NumberInput,
    catalogue.TEXT_INPUT.name: inputs.TextInput,
    catalogue.TEXT_AREA.name: inputs.TextArea,
    catalogue.DATE_INPUT.name: inputs.DateInput,
    catalogue.TIME_INPUT.name: inputs.TimeInput,
    catalogue.FILE_UPLOADER.name: inputs.FileUploader,
    catalogue.PILLS.name: choice.Pills,
    catalogue.SEGMENTED_CONTROL.name: choice.SegmentedControl,
    catalogue.FEEDBACK.name: choice.Feedback,
    catalogue.SPACE.name: display.Space,
    catalogue.DATETIME_INPUT.name: inputs.DateTimeInput,
    catalogue.AUDIO_INPUT.name: inputs.AudioInput,
    catalogue.CAMERA_INPUT.name: inputs.CameraInput,
    catalogue.AUDIO.name: display.Media,
    catalogue.VIDEO.name: display.Media,
    catalogue.IFRAME.name: display.IFrame,
    catalogue.COMPONENT_INSTANCE.name: display.ComponentInstance,
}

# ``at.<name>`` -> the wrapper classes it lists (``at.button`` lists submit buttons too).
ACCESSORS: dict[str, tuple[type[Element], ...]] = {
    "title": (text.Title,),
    "header": (text.Header,),
    "subheader": (text.Subheader,),
    "markdown": (text.Markdown,),
    "caption": (text.Caption,),
    "latex": (display.Latex,),
    "text": (text.Text,),
    "code": (text.Code,),
    "divider": (text.Divider,),
    "success": (text.Success,),
    "info": (text.Info,),
    "warning": (text.Warning,),
    "error": (text.Error,),
    "exception": (text.Exception,),
    "json": (text.Json,),
    "progress": (text.Progress,),
    "spinner": (text.Spinner,),
    "status": (text.Status,),
    "page_link": (text.PageLink,),
    "metric": (display.Metric,),
    "image": (display.Image,),
    "table": (display.Table,),
    "dataframe": (display.Dataframe, grids.GridDataframe, grids.SelectableDataframe),
    "data_editor": (grids.DataEditor,),
    "html": (display.Html,),
    "vega_lite_chart": (display.VegaLiteChart, display.SelectableVegaLiteChart),
    "graphviz_chart": (display.GraphvizChart,),
    "plotly_chart": (display.PlotlyChart,),
    "map": (display.Map,),
    "link_button": (display.LinkButton,),
    "chat_message": (display.ChatMessage,),
    "chat_input": (display.ChatInput,),
    "container": (layout.ContainerBlock,),
    "dialog": (layout.Dialog,),
    "columns": (layout.Column,),
    "form": (layout.Form,),
    "expander": (layout.Expander,),
    "popover": (layout.Popover,),
    "tabs": (layout.Tab,),
    "button": (Button, FormSubmitButton),
    "form_submit_button": (FormSubmitButton,),
    "download_button": (inputs.DownloadButton,),
    "checkbox": (choice.Checkbox,),
    "toggle": (choice.Toggle,),
    "radio": (choice.Radio,),
    "selectbox": (choice.Selectbox,),
    "multiselect": (choice.Multiselect,),
    "slider": (choice.Slider,),
    "select_slider": (choice.SelectSlider,),
    "color_picker": (choice.ColorPicker,),
    "number_input": (inputs.NumberInput,),
    "text_input": (inputs.TextInput,),
    "text_area": (inputs.TextArea,),
    "date_input": (inputs.DateInput,),
    "time_input": (inputs.TimeInput,),
    "file_uploader": (inputs.FileUploader,),
    "pills": (choice.Pills,),
    "segmented_control": (choice.SegmentedControl,),
    "button_group": (choice.Pills, choice.SegmentedControl),
    "feedback": (choice.Feedback,),
    "space": (display.Space,),
    "datetime_input": (inputs.DateTimeInput,),
    "audio_input": (inputs.AudioInput,),
    "camera_input": (inputs.CameraInput,),
}


def wrapper_class(page_element: PageElement, *, is_container: bool) -> type[Element]:
    """The registered wrapper; a test-only widget type gets a generic ``Widget`` (its
    ``set_value`` works) and a test-only container a ``Block``."""
    chooser = WRAPPERS.get(page_element.type)
    if chooser is None:
        if is_container:
            return Block
        return Widget if page_element.id.startswith(WIDGET_ID_PREFIX) else Element
    return chooser if isinstance(chooser, type) else chooser(page_element)
