"""Containers through AppTest: where elements land, what the page receives, Streamlit's errors."""

from __future__ import annotations

import pytest

from tests.unit.helpers import app


def exception_messages(at: object) -> list[str]:
    return [error.message for error in at.exception]  # type: ignore[attr-defined]


def test_sidebar_takes_attribute_calls_and_with_blocks() -> None:
    at = app(
        """
        import streamlit as st
        st.sidebar.markdown("by attribute")
        with st.sidebar:
            st.markdown("by with")
        st.markdown("main")
        """
    )
    assert [element.value for element in at.sidebar.markdown] == ["by attribute", "by with"]
    assert [element.value for element in at.main.markdown] == ["main"]


def test_columns_split_by_ratio_and_take_with_and_method_calls() -> None:
    at = app(
        """
        import streamlit as st
        wide, narrow = st.columns([3, 1], gap="large", vertical_alignment="center", border=True)
        wide.markdown("left")
        with narrow:
            st.markdown("right")
        """
    )
    left, right = at.columns
    assert (left.weight, right.weight) == (0.75, 0.25)
    assert left.gap == "large"
    assert left.vertical_alignment == "center" and left.border
    assert left.markdown[0].value == "left" and right.markdown[0].value == "right"
    assert at.main[0].props == {"gap": 64, "wrap": True}


def test_an_int_spec_gives_equal_columns_and_pixel_gaps_pass_through() -> None:
    at = app("import streamlit as st\ncolumns = st.columns(3, gap=10)\ncolumns[2].write('c')")
    assert [column.weight for column in at.columns] == pytest.approx([1 / 3] * 3)
    assert at.columns[0].gap is None
    assert at.main[0].props["gap"] == 10


def test_nested_columns_are_allowed_in_1_67() -> None:
    at = app(
        """
        import streamlit as st
        outer, _ = st.columns(2)
        with outer:
            inner, _ = st.columns(2)
            with inner:
                deepest, _ = st.columns(2)
                deepest.write("deep")
        """
    )
    assert not at.exception
    assert len(at.columns) == 6
    assert at.columns[0].columns[0].columns[0].markdown[0].value == "deep"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            "st.columns(0)",
            "The `spec` argument to `st.columns` must be either a positive integer (number of columns) or a list "
            "of positive numbers (width ratios of the columns). See "
            "[documentation](https://docs.streamlit.io/develop/api-reference/layout/st.columns) for more information.",
        ),
        ("st.columns([1, -1])", "The `spec` argument to `st.columns` must be either"),
        ("st.columns('abc')", "Invalid `spec` type. Expected one of: int, sequence of numbers. Provided type: str."),
        ("st.columns(2.5)", "Invalid `spec` type. Expected one of: int, sequence of numbers. Provided type: float."),
        (
            "st.columns(2, gap='huge')",
            "Invalid `gap` value. Supported values: 'xxsmall', 'xsmall', 'small', 'medium', 'large', 'xlarge', "
            "'xxlarge', None, a non-negative integer (pixels). Got 'huge'.",
        ),
        (
            "st.columns(2, vertical_alignment='middle')",
            "Invalid `vertical_alignment` value. Supported values: 'top', 'center', 'bottom'. Got 'middle'.",
        ),
    ],
)
def test_column_errors_have_streamlits_texts(call: str, message: str) -> None:
    at = app(f"import streamlit as st\n{call}")
    assert at.exception[0].message.startswith(message)
    assert at.exception[0].type_name.startswith("streamlit.errors.")


def test_container_border_height_and_key() -> None:
    at = app(
        """
        import streamlit as st
        with st.container(border=True, key="my box!"):
            st.write("bordered")
        scroller = st.container(height=120)
        scroller.write("scrolls")
        st.container(height=120, border=False).write("no border")
        """
    )
    bordered, scroller, plain = at.container
    assert bordered.border and bordered.key == "my box!" and bordered.markdown[0].value == "bordered"
    assert scroller.border and scroller.height == 120
    assert not plain.border
    assert at.container("my box!") is not None


def test_container_height_errors() -> None:
    at = app("import streamlit as st\nst.container(height=-5)")
    assert exception_messages(at) == [
        "Invalid height value: -5. Height must be either a positive integer (pixels), 'stretch', or 'content'."
    ]


def test_a_container_created_early_is_filled_later_in_place() -> None:
    at = app(
        """
        import streamlit as st
        st.markdown("first")
        later = st.container()
        st.markdown("third")
        later.markdown("second")
        """
    )
    assert [element.value for element in at.markdown] == ["first", "second", "third"]


def test_nested_with_blocks_write_into_the_innermost() -> None:
    at = app(
        """
        import streamlit as st
        with st.container(key="outer"):
            with st.expander("exp"):
                with st.container(key="inner"):
                    st.markdown("deep")
                st.markdown("in expander")
            st.markdown("in outer")
        st.markdown("in main")
        """
    )
    outer = at.container("outer")
    assert [element.value for element in outer.markdown] == ["deep", "in expander", "in outer"]
    assert [element.value for element in at.container("inner").markdown] == ["deep"]
    assert at.main.children[1].value == "in main"


def test_element_handles_are_containers_for_replacement() -> None:
    at = app(
        """
        import streamlit as st
        handle = st.markdown("old")
        handle.markdown("new")
        st.text("kept").empty()
        """
    )
    assert [element.value for element in at.markdown] == ["new"]
    assert at.main[1].type == "empty"


def test_duplicate_container_keys_raise_like_widgets() -> None:
    at = app("import streamlit as st\nst.container(key='a')\nst.button('x', key='a')")
    assert exception_messages(at) == [
        "There are multiple elements with the same `key='a'`. To fix this, please make sure that the `key` "
        "argument is unique for each element you create."
    ]


def test_expander_label_icon_and_contents() -> None:
    at = app(
        """
        import streamlit as st
        with st.expander("**Details**", expanded=True, icon="🔥"):
            st.write("inside")
        """
    )
    expander = at.expander[0]
    assert (expander.label, expander.icon, expander.expanded) == ("**Details**", "🔥", True)
    assert expander.markdown[0].value == "inside"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ("st.expander(None)", "The `label` parameter is required."),
        ("st.expander('e', type='big')", "Invalid `type` value. Supported values: 'default', 'compact', 'step'."),
        (
            "st.expander('e', icon='x')",
            'The value "x" is not a valid icon. Please use a single emoji or a Material icon shortcode like '
            "`:material\u200b/thumb_up:`.",
        ),
        ("st.popover('p', type='big')", "Invalid `type` value. Supported values: 'primary', 'secondary', 'tertiary'."),
        ("st.tabs([])", "The `tabs` parameter is required. Provide at least one tab label."),
        ("st.tabs(['a', 1])", "Invalid `tabs` type. Expected one of: a string for each tab label. Provided type: int."),
        (
            "st.tabs(['a', 'b'], default='c')",
            "Invalid `default` value. Supported values: a tab label from `tabs`. `c` is not in the list of tabs.",
        ),
    ],
)
def test_collapsible_errors_have_streamlits_texts(call: str, message: str) -> None:
    assert exception_messages(app(f"import streamlit as st\n{call}")) == [message]


def test_every_tab_is_written_and_the_default_is_selected() -> None:
    at = app(
        """
        import streamlit as st
        one, two, three = st.tabs(["One", "Two", "Three"], default="Two")
        one.write("first")
        with two:
            st.write("second")
        three.write("third")
        """
    )
    assert [tab.label for tab in at.tabs] == ["One", "Two", "Three"]
    assert [tab.markdown[0].value for tab in at.tabs] == ["first", "second", "third"]
    assert at.main[0].props["selected"] == 1


def test_popover_holds_what_the_script_writes() -> None:
    at = app(
        """
        import streamlit as st
        with st.popover("Settings", icon="⚙️", help="More"):
            st.write("inside")
        """
    )
    popover = at.get("popover")[0]
    assert popover.label == "Settings"
    assert popover.props["help"] == "More"
    assert popover.markdown[0].value == "inside"


def test_empty_replaces_its_content_and_can_be_emptied() -> None:
    at = app(
        """
        import streamlit as st
        placeholder = st.empty()
        placeholder.info("loading")
        placeholder.success("done")
        cleared = st.empty()
        cleared.write("gone")
        cleared.empty()
        st.write("after")
        """
    )
    assert [element.value for element in at.success] == ["done"]
    assert not at.info
    assert [child.type for child in at.main.children.values()] == ["alert", "empty", "markdown"]


def test_container_inside_an_empty_holds_several_elements_and_is_replaced_as_one() -> None:
    at = app(
        """
        import streamlit as st
        slot = st.empty()
        with slot.container():
            st.write("a")
            st.write("b")
        other = st.empty()
        box = other.container()
        box.write("x")
        other.write("replaced")
        """
    )
    assert [element.value for element in at.container[0].markdown] == ["a", "b"]
    assert len(at.container) == 1
    assert at.main.children[1].value == "replaced"


def test_with_an_empty_each_write_replaces_the_last() -> None:
    at = app(
        """
        import streamlit as st
        with st.empty():
            st.write("one")
            st.write("two")
        """
    )
    assert [element.value for element in at.markdown] == ["two"]


def test_stateful_expander_reports_open_and_runs_its_callback() -> None:
    at = app(
        """
        import streamlit as st
        st.session_state.setdefault("changes", 0)
        def changed():
            st.session_state.changes += 1
        box = st.expander("More", key="more", on_change=changed)
        st.write(f"open={box.open} changes={st.session_state.changes}")
        """
    )
    assert at.markdown[0].value == "open=False changes=0"
    expander_id = at.expander[0].id
    at.queue_browser_value(expander_id, True)
    at.run()
    assert at.markdown[0].value == "open=True changes=1"
    assert at.session_state["more"] is True


def test_stateful_tabs_report_the_open_tab() -> None:
    at = app(
        """
        import streamlit as st
        tabs = st.tabs(["A", "B"], key="pick", on_change="rerun")
        st.write(", ".join(str(tab.open) for tab in tabs), st.session_state.pick)
        """
    )
    assert at.markdown[0].value == "True, False A"
    at.queue_browser_value(at.main[0].id, "B")
    at.run()
    assert at.markdown[0].value == "False, True B"
