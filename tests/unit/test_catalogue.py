"""The element catalogue is the one list of element types: the Python API emits them,
AppTest wraps them, the page renders them (tests/js/registry.test.mjs), and the page's
generated types are current."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wasmlit import catalogue
from wasmlit.catalogue import ELEMENT_TYPES, CatalogueError, check_element
from wasmlit.catalogue.generate import stale_files
from wasmlit.testing import registry
from wasmlit.testing.apptest import AppTest

RUNTIME = Path(catalogue.__file__).resolve().parents[1]


def test_the_generated_page_types_are_current() -> None:
    assert stale_files() == [], "run: python -m wasmlit.catalogue.generate"


def test_every_type_has_an_apptest_wrapper_and_no_wrapper_lacks_a_type() -> None:
    assert sorted(registry.WRAPPERS) == sorted(ELEMENT_TYPES)


def _constant_names() -> dict[str, str]:
    return {
        name: element_type.name
        for name in catalogue.__all__
        if isinstance(element_type := getattr(catalogue, name), catalogue.ElementType)
    }


def test_every_declared_type_is_emitted_by_the_api() -> None:
    api_sources = "\n".join(
        path.read_text()
        for path in RUNTIME.rglob("*.py")
        if "catalogue" not in path.parts and "testing" not in path.parts
    )
    unused = [name for name in _constant_names() if not re.search(rf"\b{name}\b", api_sources)]
    assert unused == []
    assert sorted(_constant_names().values()) == sorted(ELEMENT_TYPES)


def test_props_that_do_not_fit_their_declaration_are_refused() -> None:
    check_element("checkbox", {"label": "a", "disabled": False, "value": True})
    with pytest.raises(CatalogueError, match="checkbox: value: expected a boolean, got str"):
        check_element("checkbox", {"label": "a", "disabled": False, "value": "yes"})
    with pytest.raises(CatalogueError, match="unknown prop 'colour'"):
        check_element("markdown", {"body": "x", "colour": "red"})
    with pytest.raises(CatalogueError, match="missing prop 'body'"):
        check_element("markdown", {})
    with pytest.raises(CatalogueError, match="'sparkle' is not in the catalogue"):
        check_element("sparkle", {})


def test_apptest_checks_every_element_the_runtime_sends(monkeypatch: pytest.MonkeyPatch) -> None:
    # Declare markdown's body an integer: the real element no longer fits, and AppTest says so.
    broken = catalogue.element_type.ElementType(
        "markdown", {"body": catalogue.prop_types.req(catalogue.prop_types.INT)}
    )
    monkeypatch.setitem(ELEMENT_TYPES, "markdown", broken)
    with pytest.raises(CatalogueError, match="markdown: body: expected an integer, got str"):
        AppTest.from_string("import streamlit as st\nst.markdown('hi')").run()


def test_widget_declarations_carry_the_value_contract() -> None:
    for element_type in ELEMENT_TYPES.values():
        if element_type.widget and element_type.value is not None:
            assert {"value", "setValue", "formId", "formDefault"} <= set(element_type.props), element_type.name
        for prop_name in element_type.props:
            assert re.fullmatch(r"[a-z]+([A-Z][a-z]*)*", prop_name), f"{element_type.name}.{prop_name} is not camelCase"
