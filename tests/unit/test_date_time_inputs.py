"""st.date_input and st.time_input: values, ranges, bounds, steps and errors (docs/semantics.md 6)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.helpers import app

HEADER = "import streamlit as st\nimport datetime as dt\n"


def shown(script: str) -> str:
    at = app(HEADER + script)
    assert not at.exception, at.exception[0].message
    return str(at.text[0].value)


def error_of(script: str) -> tuple[str, str]:
    at = app(HEADER + script)
    return at.exception[0].type_name, at.exception[0].message


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("dt.date(2024, 1, 2)", "datetime.date(2024, 1, 2)"),
        ("dt.datetime(2024, 1, 2, 5, 6)", "datetime.date(2024, 1, 2)"),
        ('"2024-01-02"', "datetime.date(2024, 1, 2)"),
        ('"2024-01-02T05:06"', "datetime.date(2024, 1, 2)"),
        ("[]", "()"),
        ("[dt.date(2024, 1, 2)]", "(datetime.date(2024, 1, 2),)"),
        ('(dt.date(2024, 1, 2), "2024-02-03")', "(datetime.date(2024, 1, 2), datetime.date(2024, 2, 3))"),
        ("None", "None"),
    ],
)
def test_date_values(value: str, expected: str) -> None:
    assert shown(f'st.text(repr(st.date_input("d", {value})))') == expected


def test_today_is_the_default_and_clamps_to_explicit_bounds() -> None:
    assert shown('st.text(repr(st.date_input("d")))') == repr(dt.date.today())
    later = dt.date.today() + dt.timedelta(days=400)
    script = f'st.text(repr(st.date_input("d", min_value=dt.date({later.year}, {later.month}, {later.day}))))'
    assert shown(script) == repr(later)


def test_default_bounds_are_ten_years_around_the_value() -> None:
    at = app(HEADER + 'st.date_input("d", dt.date(2024, 2, 29))')
    assert (at.date_input[0].min, at.date_input[0].max) == (dt.date(2014, 2, 28), dt.date(2034, 2, 28))


@pytest.mark.parametrize(
    ("call", "error_type", "message"),
    [
        (
            'st.date_input("d", dt.date(2024, 1, 2), min_value=dt.date(2024, 2, 1))',
            "StreamlitValueBelowMinError",
            "The `value` 2024-01-02 is less than the `min_value` 2024-02-01.",
        ),
        (
            'st.date_input("d", dt.date(2024, 1, 2), max_value=dt.date(2023, 2, 1))',
            "StreamlitValueAboveMaxError",
            "The `value` 2024-01-02 is greater than the `max_value` 2023-02-01.",
        ),
        (
            'st.date_input("d", min_value=dt.date(2025, 2, 1), max_value=dt.date(2023, 2, 1))',
            "StreamlitInvalidMinMaxError",
            "The `min_value`, set to 2025-02-01, cannot be greater than the `max_value`, set to 2023-02-01.",
        ),
        (
            'st.date_input("d", 5)',
            "StreamlitInvalidParameterTypeError",
            'Invalid `value` type. Expected one of: date, datetime, ISO string, "today". Provided type: int.',
        ),
        (
            'st.date_input("d", "garbage")',
            "StreamlitInvalidParameterTypeError",
            'Invalid `value` type. Expected one of: date, datetime, ISO string, "today". Provided type: str.',
        ),
        (
            'st.date_input("d", [dt.date(2024, 1, 1)] * 3)',
            "StreamlitInvalidParameterTypeError",
            "Invalid `value` type. Expected one of: date, datetime, sequence of 0 to 2 date or datetime values. "
            "Provided type: list.",
        ),
        (
            'st.date_input("d", format="YYYY")',
            "StreamlitValueError",
            "Invalid `format` value. Supported values: 'YYYY/MM/DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY.MM.DD', "
            "'DD.MM.YYYY', 'MM.DD.YYYY', 'YYYY-MM-DD', 'DD-MM-YYYY', 'MM-DD-YYYY'. Provided value: 'YYYY'.",
        ),
        (
            'st.date_input("d", min_value=5)',
            "StreamlitInvalidParameterTypeError",
            "Invalid `min_value` type. Expected one of: date, datetime, ISO string, None. Provided type: int.",
        ),
    ],
)
def test_date_errors(call: str, error_type: str, message: str) -> None:
    assert error_of(call) == (f"streamlit.errors.{error_type}", message)


def test_a_range_is_set_and_returned_as_a_tuple() -> None:
    at = app(HEADER + 'st.text(repr(st.date_input("d", (dt.date(2024, 1, 1), dt.date(2024, 1, 5)))))')
    at.date_input[0].set_value((dt.date(2024, 2, 1), dt.date(2024, 2, 3))).run()
    assert at.text[0].value == "(datetime.date(2024, 2, 1), datetime.date(2024, 2, 3))"
    at.date_input[0].set_value((dt.date(2024, 2, 1),)).run()
    assert at.text[0].value == "(datetime.date(2024, 2, 1),)"
    assert at.date_input[0].is_range


def test_a_session_state_tuple_makes_a_today_widget_a_range() -> None:
    script = 'st.session_state.d = (dt.date(2024, 1, 2),)\nst.text(repr(st.date_input("x", key="d")))'
    assert shown(script) == "(datetime.date(2024, 1, 2),)"


def test_a_kept_date_outside_new_explicit_bounds_resets_to_the_default() -> None:
    at = app(
        HEADER
        + """
low = st.session_state.get("low", dt.date(2020, 1, 1))
st.text(repr(st.date_input("d", dt.date(2024, 1, 1), min_value=low, key="d")))
"""
    )
    at.date_input[0].set_value(dt.date(2022, 1, 1)).run()
    assert at.text[0].value == "datetime.date(2022, 1, 1)"
    at.session_state["low"] = dt.date(2023, 1, 1)
    at.run()
    assert at.text[0].value == "datetime.date(2024, 1, 1)"
    assert at.session_state["d"] == dt.date(2024, 1, 1)


def test_a_browser_date_outside_the_bounds_gives_the_default() -> None:
    at = app(HEADER + 'st.text(repr(st.date_input("d", dt.date(2024, 1, 1), max_value=dt.date(2024, 12, 31))))')
    at.queue_browser_value(at.date_input[0].id, ["2030-01-01"])
    at.run()
    assert at.text[0].value == "datetime.date(2024, 1, 1)"


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        ('st.time_input("t", dt.time(8, 45, 30))', "datetime.time(8, 45)"),
        ('st.time_input("t", dt.time(8, 45, 30), step=30)', "datetime.time(8, 45, 30)"),
        ('st.time_input("t", dt.datetime(2024, 1, 1, 8, 45, 30))', "datetime.time(8, 45)"),
        ('st.time_input("t", "08:45")', "datetime.time(8, 45)"),
        ('st.time_input("t", "2024-01-01T08:45")', "datetime.time(8, 45)"),
        ('st.time_input("t", None)', "None"),
        (
            'st.time_input("t", dt.time(8, 45, tzinfo=dt.timezone.utc))',
            "datetime.time(8, 45, tzinfo=datetime.timezone.utc)",
        ),
    ],
)
def test_time_values(call: str, expected: str) -> None:
    assert shown(f"st.text(repr({call}))") == expected


def test_now_is_fixed_when_the_widget_first_appears() -> None:
    at = app(HEADER + 'st.text(repr(st.time_input("t")))')
    first = at.text[0].value
    at.run()
    assert at.text[0].value == first
    assert first.startswith("datetime.time(")


@pytest.mark.parametrize(
    ("call", "error_type", "message"),
    [
        (
            'st.time_input("t", step=0)',
            "StreamlitValueOutOfRangeError",
            "The `step` parameter, set to 0 seconds, is outside the required range [1 second, 23 hours].",
        ),
        (
            'st.time_input("t", step=dt.timedelta(hours=24))',
            "StreamlitValueOutOfRangeError",
            "The `step` parameter, set to 86400 seconds, is outside the required range [1 second, 23 hours].",
        ),
        (
            'st.time_input("t", step=1.5)',
            "StreamlitInvalidParameterTypeError",
            "Invalid `step` type. Expected one of: int, timedelta. Provided type: float.",
        ),
        (
            'st.time_input("t", "nope")',
            "StreamlitInvalidParameterTypeError",
            "Invalid `value` type. Expected one of: datetime, time, ISO string. Provided type: str.",
        ),
        (
            'st.time_input("t", format="x")',
            "StreamlitValueError",
            "Invalid `format` value. Supported values: '12h', '24h', 'localized'.",
        ),
    ],
)
def test_time_errors(call: str, error_type: str, message: str) -> None:
    assert error_of(call) == (f"streamlit.errors.{error_type}", message)


def test_time_increment_wraps_and_keeps_seconds_for_second_steps() -> None:
    at = app(HEADER + 'st.text(repr(st.time_input("t", dt.time(23, 50))))')
    at.time_input[0].increment().run()
    assert at.text[0].value == "datetime.time(0, 5)"
    at.time_input[0].decrement().run()
    assert at.text[0].value == "datetime.time(23, 50)"
    at = app(HEADER + 'st.text(repr(st.time_input("t", dt.time(8, 0), step=30)))')
    at.time_input[0].increment().run()
    assert at.text[0].value == "datetime.time(8, 0, 30)"
    assert at.time_input[0].props["value"] == "08:00:30"


def test_a_keyed_time_input_gets_a_new_identity_when_the_step_changes() -> None:
    at = app(
        HEADER
        + """
step = st.session_state.get("step", 900)
st.text(repr(st.time_input("t", dt.time(8, 0), key="t", step=step)))
"""
    )
    at.time_input[0].set_value(dt.time(9, 30)).run()
    assert at.text[0].value == "datetime.time(9, 30)"
    at.session_state["step"] = 600
    at.run()
    assert at.text[0].value == "datetime.time(8, 0)"
