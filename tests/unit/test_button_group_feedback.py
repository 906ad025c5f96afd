"""st.pills, st.segmented_control and st.feedback: values, Session State, callbacks, forms, errors.

Expected values and texts were read from Streamlit 1.67.0 under its own AppTest.
"""

from __future__ import annotations

import pytest

from tests.unit.choice_helpers import api_error, error, run, written

PILLS = 'st.write(repr(st.pills("Dirs", ["North", "East", "South"], key="p"{extra})))'


def test_single_pills_start_empty_and_follow_clicks() -> None:
    at = run(PILLS.format(extra=""))
    assert written(at) == ["None"]
    assert at.pills[0].options == ["North", "East", "South"]
    at.pills[0].select("East").run()
    assert written(at) == ["'East'"]
    assert at.pills[0].indices == [1]
    assert at.session_state.p == "East"
    at.pills[0].unselect("East").run()
    assert written(at) == ["None"]


def test_multi_selection_keeps_click_order_and_a_scalar_default_is_wrapped() -> None:
    at = run('st.write(repr(st.segmented_control("m", ["a", "b", "c"], selection_mode="multi", default="b")))')
    assert written(at) == ["['b']"]
    at.segmented_control[0].select("a").run()
    assert written(at) == ["['b', 'a']"]
    at.segmented_control[0].unselect("b").run()
    assert written(at) == ["['a']"]
    assert at.button_group[0].type == "button_group"


def test_default_format_func_and_a_one_item_default_list() -> None:
    at = run(
        """
        st.write(repr(st.pills("x", [1, 2, 3], default=[2], format_func=lambda v: f"#{v}")))
        st.write(repr(st.pills("y", ["a", "b"], default=[])))
        """
    )
    assert written(at) == ["2", "None"]
    assert at.pills[0].formatted_values == ["#2"]
    at.pills[0].set_value(3).run()
    assert written(at)[0] == "3"


def test_leading_icons_are_taken_from_option_texts() -> None:
    at = run('st.pills("x", ["🚀 Launch", ":material/add:", "Plain"])')
    options = at.pills[0].props["options"]
    assert options == [
        {"value": "🚀 Launch", "label": "Launch", "icon": "🚀"},
        {"value": ":material/add:", "label": "", "icon": ":material/add:"},
        {"value": "Plain", "label": "Plain"},
    ]
    at.pills[0].select(":material/add:").run()
    assert at.pills[0].value == ":material/add:"


def test_session_state_sets_the_value_and_an_unknown_option_falls_back_to_the_default() -> None:
    at = run(
        """
        def west():
            st.session_state.p = "West"
        def east():
            st.session_state.p = "East"
        st.button("west", on_click=west)
        st.button("east", on_click=east)
        st.write(repr(st.pills("Dirs", ["North", "East", "South"], key="p", default="North")))
        """
    )
    assert written(at) == ["'North'"]
    at.button[1].click().run()
    assert (written(at), at.session_state.p) == (["'East'"], "East")
    assert at.pills[0].props["setValue"] is True
    at.button[0].click().run()
    assert (written(at), at.session_state.p) == (["'North'"], "North")


def test_callbacks_get_args_and_kwargs_and_see_the_new_value() -> None:
    at = run(
        """
        def changed(tag, *, suffix):
            st.session_state.log = f"{tag}:{st.session_state.p}{suffix}"
        st.pills("x", ["a", "b"], key="p", on_change=changed, args=("cb",), kwargs={"suffix": "!"})
        st.write(st.session_state.get("log", "-"))
        """
    )
    at.pills[0].select("b").run()
    assert written(at) == ["cb:b!"]


def test_in_a_form_the_value_arrives_with_the_submit() -> None:
    at = run(
        """
        with st.form("f"):
            picked = st.pills("x", ["a", "b"], selection_mode="multi")
            st.form_submit_button("Go")
        st.write(repr(picked))
        """
    )
    # As in Streamlit's AppTest, a value set without a submit in the same run() is not sent.
    at.pills[0].select("a").run()
    assert written(at) == ["[]"]
    at.pills[0].select("b")
    at.button[0].click().run()
    assert written(at) == ["['b']"]


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        (
            'st.pills("x", ["a"], selection_mode="multi", required=True)',
            (
                api_error("StreamlitIncompatibleParametersError"),
                "`required=True` and `selection_mode='multi'` cannot be used together. "
                "`required` is only supported for single-select mode.",
            ),
        ),
        (
            'st.pills("x", ["a"], selection_mode="bad")',
            (api_error("StreamlitValueError"), "Invalid `selection_mode` value. Supported values: 'single', 'multi'."),
        ),
        (
            'st.pills("x", ["a", "b"], default=["a", "b"])',
            (
                api_error("StreamlitAPIException"),
                "The default argument to `st.pills` must be a single value when `selection_mode='single'`.",
            ),
        ),
        (
            'st.segmented_control("x", ["a"], default="z")',
            (
                api_error("StreamlitDefaultNotInOptionsError"),
                "The default value 'z' is not part of the options. Please make sure that every default value "
                "also exists in the options.",
            ),
        ),
        (
            'st.pills("x", ["a"], width="wide")',
            (
                api_error("StreamlitInvalidWidthError"),
                "Invalid width value: 'wide'. Width must be either a positive integer (pixels), 'stretch', or 'content'.",
            ),
        ),
        (
            'with st.form("f"):\n    st.pills("x", ["a"], on_change=print)',
            (
                api_error("StreamlitInvalidFormCallbackError"),
                "Within a form, callbacks can only be defined on `st.form_submit_button`. Defining callbacks on "
                "other widgets inside a form is not allowed.",
            ),
        ),
    ],
)
def test_errors_have_streamlits_texts(script: str, expected: tuple[str, str]) -> None:
    assert error(run(script)) == expected


def test_two_identical_unkeyed_pills_collide() -> None:
    type_name, message = error(run('st.pills("x", ["a"])\nst.pills("x", ["a"])'))
    assert type_name == api_error("StreamlitDuplicateElementId")
    assert message.startswith("There are multiple `pills` elements with the same auto-generated ID.")


def test_a_keyed_group_keeps_its_value_when_options_change_but_not_its_selection_mode() -> None:
    at = run(
        """
        extra = st.session_state.get("extra", False)
        options = ["a", "b", "c"] if extra else ["a", "b"]
        st.write(repr(st.pills("x", options, key="p")))
        """
    )
    at.pills[0].select("b").run()
    at.session_state.extra = True
    at.run()
    assert written(at) == ["'b'"]


def test_required_single_selection_is_marked_for_the_page() -> None:
    at = run('st.pills("x", ["a"], required=True, width="stretch", default="a")')
    assert at.pills[0].props["required"] is True
    assert at.pills[0].props["stretch"] is True
    assert at.pills[0].props["value"] == ["a"]


# ----- st.feedback ---------------------------------------------------------------------------


def test_feedback_returns_the_index_and_clears_back_to_none() -> None:
    at = run('st.write(repr(st.feedback("stars", key="f", default=2)))')
    assert written(at) == ["2"]
    at.feedback[0].set_value(4).run()
    assert (written(at), at.session_state.f) == (["4"], 4)
    at.feedback[0].set_value(None).run()
    assert written(at) == ["None"]
    # A cleared widget with a default stays cleared (the page sends "" rather than nothing).
    assert at.feedback[0].props["value"] == ""


def test_feedback_value_from_session_state_that_it_cannot_show_falls_back_to_the_default() -> None:
    at = run(
        """
        if "f" not in st.session_state:
            st.session_state.f = 4
        st.write(repr(st.feedback("thumbs", key="f")))
        """
    )
    assert written(at) == ["None"]
    assert at.session_state.f is None


def test_feedback_callback_gets_args() -> None:
    at = run(
        """
        def rated(who):
            st.session_state.said = f"{who} {st.session_state.f}"
        st.feedback("faces", key="f", on_change=rated, args=("ada",))
        st.write(st.session_state.get("said", "-"))
        """
    )
    at.feedback[0].set_value(3).run()
    assert written(at) == ["ada 3"]


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        (
            'st.feedback("hearts")',
            (
                api_error("StreamlitValueError"),
                "Invalid `options` value. Supported values: 'thumbs', 'faces', 'stars'.",
            ),
        ),
        (
            'st.feedback("thumbs", default=2)',
            (
                api_error("StreamlitValueOutOfRangeError"),
                "The `default` parameter, set to 2, is outside the required range [0, 1].",
            ),
        ),
        (
            'st.feedback("thumbs", default=True)',
            ("TypeError", "Field Feedback.default: Expected an int, got a boolean."),
        ),
    ],
)
def test_feedback_errors_have_streamlits_texts(script: str, expected: tuple[str, str]) -> None:
    assert error(run(script)) == expected


def test_space_takes_named_sizes_and_pixels_and_refuses_others() -> None:
    at = run('st.space()\nst.space("large")\nst.sidebar.space(40)')
    assert [space.value for space in at.space] == ["small", "large", 40]
    type_name, message = error(run('st.space("huge")'))
    assert type_name == api_error("StreamlitValueError")
    assert message.endswith("'xxlarge', a positive integer. Got 'huge'.")
