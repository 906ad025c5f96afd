"""st.slider: value types, defaults, ranges, checks, Session State and keyed identity."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.choice_helpers import api_error, error, run, written


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ("", "0"),
        ("value=0.5", "0.5"),
        ("value=[]", "(0, 100)"),
        ("value=[3]", "(3,)"),
        ("value=(30, 10)", "(10, 30)"),
        ("0, 10, 20", "20"),
        ("10, 0", "10"),
        ("min_value=3", "3"),
        ("value=True", "1"),
        ("value=dt.date(2024, 1, 1)", "datetime.date(2024, 1, 1)"),
        ("value=dt.time(8, 45)", "datetime.time(8, 45)"),
        ("value=dt.datetime(2024, 1, 1, 8, 45)", "datetime.datetime(2024, 1, 1, 8, 45)"),
        ("value=[dt.date(2024, 1, 2), dt.date(2024, 1, 1)]", "(datetime.date(2024, 1, 1), datetime.date(2024, 1, 2))"),
    ],
)
def test_value_types_and_defaults(arguments: str, expected: str) -> None:
    assert written(run(f'st.write(repr(st.slider("x", {arguments})))')) == [expected]


def test_default_ranges_steps_and_formats() -> None:
    at = run(
        """
        st.slider("i")
        st.slider("f", value=0.5)
        st.slider("d", value=dt.date(2024, 1, 15))
        st.slider("t", value=dt.time(8, 0))
        st.slider("short", value=dt.datetime(2024, 1, 1), min_value=dt.datetime(2024, 1, 1, 1), max_value=dt.datetime(2024, 1, 1, 5))
        """
    )
    day = 86_400_000_000
    integer, real, date, time, short = at.slider
    assert (integer.min, integer.max, integer.step, integer.format, integer.data_type) == (0, 100, 1, "%d", "int")
    assert (real.min, real.max, real.step, real.format) == (0.0, 1.0, 0.01, "%0.2f")
    assert (date.max - date.min, date.step, date.format) == (28 * day, day, "YYYY-MM-DD")
    assert (time.step, time.format, time.data_type) == (15 * 60 * 1_000_000, "HH:mm", "time")
    assert short.step == 15 * 60 * 1_000_000


def test_set_value_and_set_range() -> None:
    at = run(
        'st.write(repr(st.slider("x", 0.0, 100.0, (25.0, 75.0))))\nst.write(repr(st.slider("d", value=dt.date(2024, 1, 1))))'
    )
    at.slider[0].set_range(10.0, 20.0).run()
    at.slider[1].set_value(dt.date(2024, 1, 5)).run()
    assert written(at) == ["(10.0, 20.0)", "datetime.date(2024, 1, 5)"]


def test_a_datetime_keeps_its_timezone() -> None:
    at = run(
        'st.write(repr(st.slider("x", value=dt.datetime(2024, 1, 1, 8, tzinfo=dt.timezone(dt.timedelta(hours=2))))))'
    )
    at.slider[0].set_value(dt.datetime(2024, 1, 3, 8, tzinfo=dt.timezone(dt.timedelta(hours=2)))).run()
    assert written(at) == [
        "datetime.datetime(2024, 1, 3, 8, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200)))"
    ]


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (
            "5, 5",
            (
                api_error("StreamlitInvalidMinMaxError"),
                "The `min_value` and `max_value` parameters are both set to 5. They must not be equal.",
            ),
        ),
        (
            "value=dt.date(2024, 1, 1), min_value=dt.date(2024, 1, 1), max_value=dt.date(2024, 1, 1)",
            (
                api_error("StreamlitInvalidMinMaxError"),
                "The `min_value` and `max_value` parameters are both set to 2024-01-01 00:00:00. They must not be equal.",
            ),
        ),
        (
            "0, 10, step=0",
            (
                api_error("StreamlitValueError"),
                "Invalid `step` value. Supported values: a number. Zero is not allowed.",
            ),
        ),
        (
            "value=dt.date(2024, 1, 1), step=dt.timedelta(0)",
            (
                api_error("StreamlitValueError"),
                "Invalid `step` value. Supported values: a timedelta. Zero is not allowed.",
            ),
        ),
        (
            "0, 10.0",
            (
                api_error("StreamlitInvalidParameterTypeError"),
                "Invalid `value` type. Expected one of: matching numeric types, matching date/time types. "
                "Provided type: min_value=int, max_value=float, step=int.",
            ),
        ),
        (
            "0, 10, 1.5",
            (
                api_error("StreamlitInvalidParameterTypeError"),
                "Invalid `value` type. Expected one of: matching numeric types, matching date/time types. "
                "Provided type: min_value=int, max_value=int, step=float.",
            ),
        ),
        (
            'value="a"',
            (
                api_error("StreamlitInvalidParameterTypeError"),
                "Invalid `value` type. Expected one of: int, float, date, time, datetime, list, tuple. Provided type: str.",
            ),
        ),
        (
            "value=[1, 2, 3]",
            (
                api_error("StreamlitValueError"),
                "Invalid `value` value. Supported values: int, float, date, time, datetime, a list containing up "
                "to two such values, a tuple containing up to two such values.",
            ),
        ),
        (
            "value=[1, 2.5]",
            (
                api_error("StreamlitInvalidParameterTypeError"),
                "Invalid `value` type. Expected one of: list or tuple containing values of the same type. Provided type: int, float.",
            ),
        ),
        (
            "0, 2**60",
            (api_error("StreamlitJSNumberBoundsError"), "`max_value` (1152921504606846976) must be <= (1 << 53) - 1"),
        ),
        (
            "value=dt.date(1, 1, 2)",
            (
                api_error("StreamlitJSNumberBoundsError"),
                "`min_value` is too far from 1970 for Streamlit to represent exactly. Use a value between 1684-07-29 and 2255-06-04.",
            ),
        ),
    ],
)
def test_bad_arguments_show_streamlit_errors(arguments: str, expected: tuple[str, str]) -> None:
    assert error(run(f'st.slider("x", {arguments})')) == expected


@pytest.mark.parametrize(
    ("assigned", "arguments", "expected"),
    [
        (
            "500",
            "0, 100",
            (api_error("StreamlitValueAboveMaxError"), "The `value` 500 is greater than the `max_value` 100."),
        ),
        ("-5", "0, 100", (api_error("StreamlitValueBelowMinError"), "The `value` -5 is less than the `min_value` 0.")),
        (
            "dt.date(2020, 1, 1)",
            "value=dt.date(2024, 1, 1)",
            (
                api_error("StreamlitValueBelowMinError"),
                "The `value` 2020-01-01 is less than the `min_value` 2023-12-18.",
            ),
        ),
        (
            "(10, 200)",
            "0, 100",
            (api_error("StreamlitValueAboveMaxError"), "The `value` 200 is greater than the `max_value` 100."),
        ),
    ],
)
def test_session_state_values_out_of_range_raise(assigned: str, arguments: str, expected: tuple[str, str]) -> None:
    assert error(run(f'st.session_state.k = {assigned}\nst.slider("x", {arguments}, key="k")')) == expected


def test_a_tuple_in_session_state_makes_a_range_slider() -> None:
    at = run('st.session_state.setdefault("k", (10, 20))\nst.write(repr(st.slider("x", 0, 100, key="k")))')
    assert written(at) == ["(10, 20)"]
    assert at.slider[0].props["value"] == [10.0, 20.0]
    at.slider[0].set_range(30, 40).run()
    assert written(at) == ["(30, 40)"]


def test_the_celsius_example_starts_from_session_state_and_follows_the_slider() -> None:
    at = run(
        """
        if "celsius" not in st.session_state:
            st.session_state.celsius = 50.0
        st.slider("Temperature in Celsius", min_value=-100.0, max_value=100.0, key="celsius")
        st.write(st.session_state.celsius)
        """
    )
    assert at.slider[0].value == 50.0 and at.markdown[0].value == "`50.0`"
    at.slider[0].set_value(12.5).run()
    assert at.markdown[0].value == "`12.5`"


@pytest.mark.parametrize(("change", "after"), [("label", "50"), ("max", "0")])
def test_a_keyed_slider_resets_only_when_its_range_changes(change: str, after: str) -> None:
    at = run(
        """
        label = st.session_state.get("label", "first")
        st.write(repr(st.slider(label, 0, st.session_state.get("max", 100), key="s")))
        """
    )
    at.slider[0].set_value(50).run()
    at.session_state[change] = "second" if change == "label" else 200
    at.run()
    assert written(at) == [after]


def test_values_from_the_page_outside_the_range_fall_back_to_the_default() -> None:
    at = run('st.write(repr(st.slider("x", 0, 10, 3)))')
    at.queue_browser_value(at.slider[0].id, [99.0])
    at.run()
    assert written(at) == ["3"]
