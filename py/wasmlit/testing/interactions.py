"""What ``AppTest.run()`` sends: the interactions queued since the last run, with the
form rules of Streamlit's AppTest.

- A value set on a widget inside a form is sent only if a submit button of the same
  form is clicked before the same ``run()``; otherwise it is dropped, as the page
  would keep it pending and Streamlit's AppTest forgets it.
- After a form with ``clear_on_submit=True`` was submitted, its next submit sends the
  widgets' defaults (``formDefault`` in their props) for widgets the test did not set.
- Values set through ``at.session_state`` are sent for the key's widget regardless of
  forms, so the browser's copy cannot override them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wasmlit.testing.page_model import PageModel


@dataclass
class InteractionQueue:
    browser_values: dict[str, Any] = field(default_factory=dict)
    python_values: dict[str, Any] = field(default_factory=dict)
    state_values: dict[str, Any] = field(default_factory=dict)
    trigger: str | None = None
    # Forms whose last submit cleared them: their next submit sends defaults.
    cleared_forms: set[str] = field(default_factory=set)

    def set_value(self, widget_id: str, browser_value: Any, python_value: Any) -> None:
        self.browser_values[widget_id] = browser_value
        self.python_values[widget_id] = python_value

    def submitted_forms(self, page: PageModel) -> set[str]:
        if self.trigger is None or self.trigger not in page.elements:
            return set()
        form_id = page.elements[self.trigger].props.get("formId")
        return {form_id} if form_id else set()

    def request(self, page: PageModel) -> dict[str, Any]:
        """The rerun request for the next run; the queue is emptied."""
        submitted = self.submitted_forms(page)
        values = dict(self.state_values)
        for widget_id, value in self.browser_values.items():
            form_id = _form_of(page, widget_id)
            if form_id is None or form_id in submitted:
                values[widget_id] = value
        for form_id in submitted & self.cleared_forms:
            if not _form_clears(page, form_id):
                continue
            for element in page.elements.values():
                props = element.props
                if props.get("formId") == form_id and "formDefault" in props and element.id not in self.browser_values:
                    values[element.id] = props["formDefault"]
        for form_id in submitted:
            if _form_clears(page, form_id):
                self.cleared_forms.add(form_id)
            else:
                self.cleared_forms.discard(form_id)
        request = {"values": values, "trigger": self.trigger}
        self.browser_values = {}
        self.python_values = {}
        self.state_values = {}
        self.trigger = None
        return request


def _form_of(page: PageModel, widget_id: str) -> str | None:
    element = page.elements.get(widget_id)
    form_id: str | None = element.props.get("formId") if element is not None else None
    return form_id or None


def _form_clears(page: PageModel, form_id: str) -> bool:
    return any(
        element.type == "form" and element.props.get("formId") == form_id and element.props.get("clearOnSubmit")
        for element in page.elements.values()
    )
