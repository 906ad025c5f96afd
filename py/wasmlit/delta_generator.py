"""The object behind ``st``, ``st.sidebar`` and every container: all element methods.

Each family of elements is a mixin in its own module; a new family is added here and
exported from ``wasmlit/__init__.py``.
"""

from __future__ import annotations

from wasmlit.elements.charts import ChartsMixin
from wasmlit.elements.chat import ChatMixin
from wasmlit.elements.collapsibles import CollapsibleMixin
from wasmlit.elements.exception import ExceptionMixin
from wasmlit.elements.html_elements import HtmlElementsMixin
from wasmlit.elements.iframe import IframeMixin
from wasmlit.elements.image import ImageMixin
from wasmlit.elements.layouts import LayoutMixin
from wasmlit.elements.media import MediaMixin
from wasmlit.elements.metric import MetricMixin
from wasmlit.elements.progress import ProgressMixin
from wasmlit.elements.space import SpaceMixin
from wasmlit.elements.status import StatusMixin
from wasmlit.elements.tables import TablesMixin
from wasmlit.elements.text import TextMixin
from wasmlit.elements.toast import ToastMixin
from wasmlit.elements.unsupported_elements import UnsupportedElementsMixin
from wasmlit.elements.write import WriteMixin
from wasmlit.elements.write_stream import WriteStreamMixin
from wasmlit.multipage.page_link import PageLinkMixin
from wasmlit.widgets.button import ButtonMixin
from wasmlit.widgets.button_group import ButtonGroupMixin
from wasmlit.widgets.checkbox import CheckboxMixin
from wasmlit.widgets.color_picker import ColorPickerMixin
from wasmlit.widgets.datetime_input import DateTimeInputMixin
from wasmlit.widgets.feedback import FeedbackMixin
from wasmlit.widgets.form import FormMixin
from wasmlit.widgets.input_widgets import InputWidgetsMixin
from wasmlit.widgets.media_inputs import MediaInputsMixin
from wasmlit.widgets.multiselect import MultiselectMixin
from wasmlit.widgets.radio import RadioMixin
from wasmlit.widgets.select_slider import SelectSliderMixin
from wasmlit.widgets.selectbox import SelectboxMixin
from wasmlit.widgets.slider import SliderMixin


class DeltaGenerator(
    TextMixin,
    WriteMixin,
    ExceptionMixin,
    ButtonMixin,
    CheckboxMixin,
    RadioMixin,
    SelectboxMixin,
    MultiselectMixin,
    SliderMixin,
    SelectSliderMixin,
    ColorPickerMixin,
    FormMixin,
    LayoutMixin,
    CollapsibleMixin,
    ProgressMixin,
    StatusMixin,
    ToastMixin,
    WriteStreamMixin,
    PageLinkMixin,
    InputWidgetsMixin,
    MetricMixin,
    ImageMixin,
    TablesMixin,
    HtmlElementsMixin,
    IframeMixin,
    MediaMixin,
    MediaInputsMixin,
    ChatMixin,
    ButtonGroupMixin,
    FeedbackMixin,
    SpaceMixin,
    DateTimeInputMixin,
    ChartsMixin,
    # Last, so that a real implementation in any mixin above wins over its stand-in.
    UnsupportedElementsMixin,
):
    """Streamlit's DeltaGenerator: element methods that write into one place."""

    @property
    def dg(self) -> DeltaGenerator:
        """This object (Streamlit's element mixins reach their DeltaGenerator through it)."""
        return self
