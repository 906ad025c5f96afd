"""st.datetime_input, st.echo, st.logo and st.context, checked against Streamlit 1.67.0's texts."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from tests.unit.choice_helpers import api_error, error, run, written
from wasmlit.runtime.prerender import browser_dependencies


def test_datetime_input_drops_seconds_and_takes_dates_times_and_strings() -> None:
    at = run(
        """
        st.write(repr(st.datetime_input("a", dt.datetime(2025, 11, 19, 16, 45, 30))))
        st.write(repr(st.datetime_input("b", dt.date(2020, 1, 2))))
        st.write(repr(st.datetime_input("c", "2020-01-02 10:11:12")))
        st.write(repr(st.datetime_input("d", None)))
        """
    )
    assert written(at) == [
        "datetime.datetime(2025, 11, 19, 16, 45)",
        "datetime.datetime(2020, 1, 2, 0, 0)",
        "datetime.datetime(2020, 1, 2, 10, 11)",
        "None",
    ]
    first = at.datetime_input[0]
    assert (first.min, first.max, first.step) == ("2015-11-19T00:00", "2035-11-19T23:59", 900)
    assert first.props["value"] == ["2025-11-19T16:45"]
    assert at.datetime_input[3].props["default"] == []


def test_datetime_input_follows_the_browser_session_state_and_callbacks() -> None:
    at = run(
        """
        def moved(note):
            st.session_state.note = f"{note} {st.session_state.when:%H:%M}"
        st.datetime_input("When", dt.datetime(2025, 1, 1, 9, 0), key="when", on_change=moved, args=("at",))
        st.write(st.session_state.get("note", "-"))
        """
    )
    at.datetime_input[0].set_value(dt.datetime(2025, 2, 3, 14, 30)).run()
    assert written(at) == ["at 14:30"]
    assert at.session_state.when == dt.datetime(2025, 2, 3, 14, 30)


def test_a_kept_value_outside_new_explicit_bounds_resets_to_the_default() -> None:
    at = run(
        """
        low = dt.datetime(2025, 1, 1) if st.session_state.get("narrow") else None
        st.write(repr(st.datetime_input("w", dt.datetime(2025, 6, 1, 8, 0), min_value=low, key="w")))
        """
    )
    at.datetime_input[0].set_value(dt.datetime(2024, 3, 1, 10, 0)).run()
    assert written(at) == ["datetime.datetime(2024, 3, 1, 10, 0)"]
    at.session_state.narrow = True
    at.run()
    assert written(at) == ["datetime.datetime(2025, 6, 1, 8, 0)"]


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        (
            'st.datetime_input("x", step=30)',
            (
                api_error("StreamlitValueOutOfRangeError"),
                "The `step` parameter, set to 30 seconds, is outside the required range [60 seconds, 23 hours].",
            ),
        ),
        (
            'st.datetime_input("x", value=5)',
            (
                api_error("StreamlitInvalidParameterTypeError"),
                'Invalid `value` type. Expected one of: datetime, date, time, ISO string, "now". Provided type: int.',
            ),
        ),
        (
            'st.datetime_input("x", value=dt.datetime(2020, 1, 1), min_value=dt.datetime(2021, 1, 1))',
            (
                api_error("StreamlitValueBelowMinError"),
                "The `value` 2020-01-01 00:00:00 is less than the `min_value` 2021-01-01 00:00:00.",
            ),
        ),
        (
            'st.datetime_input("x", None, dt.datetime(2022, 1, 1), dt.datetime(2021, 1, 1))',
            (
                api_error("StreamlitInvalidMinMaxError"),
                "The `min_value`, set to 2022-01-01 00:00:00, cannot be greater than the `max_value`, "
                "set to 2021-01-01 00:00:00.",
            ),
        ),
    ],
)
def test_datetime_input_errors_have_streamlits_texts(script: str, expected: tuple[str, str]) -> None:
    assert error(run(script)) == expected


def test_echo_shows_the_blocks_source_above_or_below_its_output() -> None:
    at = run(
        """
        with st.echo():
            x = 1 + 1
            st.write("result", x)

        with st.echo(code_location="below"):
            @st.cache_data
            def f():
                return 3
            st.write(f())
        """
    )
    # Iterating a block starts with the block itself, as in Streamlit's AppTest.
    kinds = [(element.type, element.value) for element in at.main if element.type != "main"]
    assert kinds == [
        ("code", 'x = 1 + 1\nst.write("result", x)'),
        ("markdown", "result `2`"),
        ("markdown", "`3`"),
        ("code", "@st.cache_data\ndef f():\n    return 3\nst.write(f())"),
    ]


def test_logo_is_sent_outside_the_tree_and_dropped_after_a_run_without_it() -> None:
    at = run('if st.checkbox("show", True):\n    st.logo("🚀", link="https://streamlit.io", size="large")')
    assert at.page.extras.logo == {
        "type": "logo",
        "image": "🚀",
        "imageKind": "emoji",
        "iconImage": None,
        "iconImageKind": None,
        "link": "https://streamlit.io",
        "size": "large",
    }
    at.checkbox[0].uncheck().run()
    assert at.page.extras.logo is None


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        (
            'st.logo("not a file")',
            (
                api_error("StreamlitAPIException"),
                "The image passed to st.logo is invalid - See "
                "[documentation](https://docs.streamlit.io/develop/api-reference/media/st.logo) "
                "for more information on valid types",
            ),
        ),
        (
            'st.logo("🚀", link="ftp://x")',
            (
                api_error("StreamlitInvalidURLError"),
                '"ftp://x" is not a valid URL. You must use a fully qualified domain beginning with "http://" or '
                '"https://".',
            ),
        ),
        (
            'st.logo("🚀", size="huge")',
            (api_error("StreamlitValueError"), "Invalid `size` value. Supported values: 'small', 'medium', 'large'."),
        ),
    ],
)
def test_logo_errors_have_streamlits_texts(script: str, expected: tuple[str, str]) -> None:
    assert error(run(script)) == expected


CONTEXT_SCRIPT = """
c = st.context
st.write(repr((c.timezone, c.timezone_offset, c.locale, c.url, c.is_embedded, c.theme.type, c.ip_address)))
st.write(repr((len(c.headers), c.cookies.to_dict(), "timezone" in c, c["locale"])))
"""


def test_context_is_none_until_the_browser_says_and_then_its_values() -> None:
    at = run(CONTEXT_SCRIPT)
    assert written(at) == ["(None, None, None, None, None, None, None)", "(0, {}, True, None)"]
    at.context = {"timezone": "Europe/Berlin", "timezone_offset": -60, "locale": "de-DE", "theme": "dark"}
    at.run()
    assert written(at)[0] == "('Europe/Berlin', -60, 'de-DE', None, None, 'dark', None)"
    assert "st.context.timezone" in browser_dependencies()


def test_context_has_streamlits_key_error_and_apptest_checks_its_values() -> None:
    type_name, message = error(run('st.context["nope"]'))
    assert type_name == "KeyError"
    assert message == (
        '\'st.context has no key "nope". Valid keys are: cookies, headers, ip_address, is_embedded, locale, '
        "theme, timezone, timezone_offset, url.'"
    )
    at = run("st.write(1)")
    at.context = {"theme": "blue"}
    with pytest.raises(Exception, match=re.escape("AppTest.context['theme'] must be 'light' or 'dark', not 'blue'.")):
        at.run()


def test_cookies_from_the_page_reach_st_context() -> None:
    at = run("st.write(repr(st.context.cookies.to_dict()))")
    message = {
        "type": "rerun",
        "requests": [{"values": {}, "trigger": None}],
        "context": {"cookies": {"visits": "3"}, "url": "https://x.org/app/"},
    }
    at.session.handle(json.dumps(message))
    assert at.page.elements["main/markdown0"].props["body"] == "{'visits': '3'}"
