"""The object behind ``st``, ``st.sidebar`` and every container: all element methods.

Each family of elements is a mixin in its own module; a new family is added here and
exported from ``wasmlit/__init__.py``.
"""

from __future__ import annotations

from wasmlit.elements.exception import ExceptionMixin
from wasmlit.elements.text import TextMixin
from wasmlit.elements.write import WriteMixin
from wasmlit.widgets.button import ButtonMixin
from wasmlit.widgets.input_widgets import InputWidgetsMixin


class Container(
    TextMixin,
    WriteMixin,
    ExceptionMixin,
    ButtonMixin,
    InputWidgetsMixin,
):
    """Streamlit's DeltaGenerator: element methods that write into one place."""
