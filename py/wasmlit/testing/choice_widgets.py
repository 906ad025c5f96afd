"""AppTest handles for the choice widgets, with ``streamlit.testing.v1``'s methods.

``at.checkbox[0].check().run()``, ``at.radio[0].set_value("b")``, ``at.selectbox[0].select_index(2)``,
``at.multiselect[0].select("x").unselect("y")``, ``at.slider[0].set_range(2, 5)``,
``at.color_picker[0].pick("00ff00")``. Interactions are queued and sent with the next ``run()``.
"""

from __future__ import annotations

from typing import Any

from wasmlit.testing.app_handle import AppHandle
from wasmlit.testing.elements import Widget
from wasmlit.testing.page_model import PageElement
from wasmlit.testing.props import FlagProp, Prop


class ChoiceWidget(Widget):
    label_visibility: Prop[str] = Prop("labelVisibility", "visible")

    def _page_form(self, value: Any) -> Any:
        """A Python value in the form the page holds (option texts for selections)."""
        metadata = self._app.session.session_state.widget_metadata(self.id)
        return None if metadata is None else metadata.serialize(value)


class Checkbox(ChoiceWidget):
    def check(self) -> Checkbox:
        self.set_value(True)
        return self

    def uncheck(self) -> Checkbox:
        self.set_value(False)
        return self


class Toggle(Checkbox):
    pass


class _OptionsWidget(ChoiceWidget):
    @property
    def options(self) -> list[str]:
        """The options as the page shows them (``format_func`` applied)."""
        return list(self.props.get("options", []))


class Radio(_OptionsWidget):
    horizontal = FlagProp("horizontal")

    @property
    def captions(self) -> list[str]:
        return list(self.props.get("captions", []))

    @property
    def index(self) -> int | None:
        """Position of the selection in ``options``, or None."""
        value = self.value
        return None if value is None else self.options.index(self._page_form(value))

    def select(self, value: Any) -> Radio:
        self.set_value(value)
        return self

    def select_index(self, index: int | None) -> Radio:
        """Choose by position (None clears the choice)."""
        if index is None:
            self.set_value(None)
        else:
            self._assert_can_interact()
            self._app.queue_browser_value(self.id, self.options[index])
        return self


class Selectbox(Radio):
    placeholder: Prop[str] = Prop("placeholder", "")
    accept_new_options = FlagProp("acceptNewOptions")


class Multiselect(_OptionsWidget):
    @property
    def max_selections(self) -> int:
        """0 when unlimited, as in Streamlit's AppTest."""
        return int(self.props.get("maxSelections", 0))

    placeholder: Prop[str] = Prop("placeholder", "")

    @property
    def values(self) -> list[str]:
        """The selection as the page shows it (``format_func`` applied)."""
        return list(self._page_form(self.value) or [])

    @property
    def indices(self) -> list[int]:
        return [self.options.index(text) for text in self.values]

    def select(self, value: Any) -> Multiselect:
        """Add a value to the selection (nothing happens if it is selected already)."""
        current = list(self.value)
        if value not in current:
            self.set_value([*current, value])
        return self

    def unselect(self, value: Any) -> Multiselect:
        """Remove every occurrence of a value from the selection."""
        current = list(self.value)
        if value in current:
            self.set_value([item for item in current if item != value])
        return self


class Slider(ChoiceWidget):
    data_type: Prop[str] = Prop("dataType", "int")

    @property
    def min(self) -> Any:
        return self.props.get("min")

    @property
    def max(self) -> Any:
        return self.props.get("max")

    @property
    def step(self) -> Any:
        return self.props.get("step")

    format: Prop[str] = Prop("format", "")

    def set_range(self, lower: Any, upper: Any) -> Slider:
        self.set_value([lower, upper])
        return self


class SelectSlider(_OptionsWidget):
    def set_range(self, lower: Any, upper: Any) -> SelectSlider:
        self.set_value([lower, upper])
        return self


class ColorPicker(ChoiceWidget):
    def pick(self, color: str) -> ColorPicker:
        """Choose a colour by its hex code; the "#" may be left out."""
        self.set_value(color if color.startswith("#") else f"#{color}")
        return self


class ButtonGroup(ChoiceWidget):
    """``st.pills`` and ``st.segmented_control``, as Streamlit's AppTest ``ButtonGroup``."""

    def __init__(self, page_element: PageElement, app: AppHandle) -> None:
        super().__init__(page_element, app)
        # Streamlit's AppTest names both by their protocol type.
        self.type = "button_group"

    @property
    def options(self) -> list[str]:
        """Each button's text, without a leading icon (Streamlit's ``content``)."""
        return [option["label"] for option in self.props.get("options", [])]

    @property
    def _is_single_select(self) -> bool:
        return self.props.get("selectionMode") == "single"

    @property
    def formatted_values(self) -> list[str]:
        """The selection as option texts (``format_func`` applied)."""
        return list(self._page_form(self.value) or [])

    @property
    def indices(self) -> list[int]:
        texts = [option["value"] for option in self.props.get("options", [])]
        return [texts.index(text) for text in self.formatted_values]

    def select(self, value: Any) -> ButtonGroup:
        """Single: choose ``value``; multi: add it (nothing happens if it is selected)."""
        if self._is_single_select:
            self.set_value(value)
            return self
        current = list(self.value or [])
        if value not in current:
            self.set_value([*current, value])
        return self

    def unselect(self, value: Any) -> ButtonGroup:
        """Single: clear the choice if it is ``value``; multi: remove every occurrence."""
        if self._is_single_select:
            if self.value == value:
                self.set_value(None)
            return self
        current = list(self.value or [])
        if value in current:
            self.set_value([item for item in current if item != value])
        return self


class Pills(ButtonGroup):
    pass


class SegmentedControl(ButtonGroup):
    pass


class Feedback(ChoiceWidget):
    """``st.feedback``: ``value`` is the chosen index or None; ``set_value(None)`` clears it."""
