"""st.metric and st.image: Streamlit 1.67's values, colours, arrows, sources and errors."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from tests.unit.helpers import app
from wasmlit.elements.image_sources import encode_png


def _error(script: str) -> str:
    at = app("import streamlit as st\n" + script)
    assert at.exception, f"no exception for {script}"
    return at.exception[0].message


def test_metric_value_delta_colour_and_direction() -> None:
    at = app(
        """
        import streamlit as st
        st.metric("Temp", 70, 1.5, help="tip")
        st.metric("Cost", "$5", "-2", delta_color="inverse", border=True)
        st.metric("Zero", None, 0)
        st.metric("Text zero", 1, "0%")
        st.metric("Named", 1, -1, delta_color="grey")
        st.metric("Off", 1, -1, delta_color="off", delta_arrow="up")
        st.metric("No delta", 1)
        """
    )
    found = [(m.label, m.value, m.delta, m.color, m.direction) for m in at.metric]
    assert found == [
        ("Temp", "70", "1.5", "green", "up"),
        ("Cost", "$5", "-2", "green", "down"),
        ("Zero", "—", "0", "gray", "none"),
        ("Text zero", "1", "0%", "green", "up"),
        ("Named", "1", "-1", "gray", "down"),
        ("Off", "1", "-1", "gray", "up"),
        ("No delta", "1", "", "gray", "none"),
    ]
    assert at.metric[0].help == "tip"
    assert at.metric[1].props["border"] is True


def test_metric_chart_format_and_description() -> None:
    at = app(
        """
        import streamlit as st
        st.metric("Sales", 1234.5, 3, chart_data=(1, 2.5, "3"), chart_type="bar", format="dollar",
                  delta_description="vs last week")
        """
    )
    metric = at.metric[0]
    assert metric.value == "$1,234.50"
    assert metric.props["chart"] == [1.0, 2.5, 3.0]
    assert metric.props["chartType"] == "bar"
    assert metric.props["deltaDescription"] == "vs last week"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            'st.metric("a", [1])',
            "Invalid `value` type. Expected one of: int, float, Decimal, NumPy number. Provided type: list. "
            "Convert the value to a number type.",
        ),
        (
            'st.metric("a", 1, delta=[1])',
            "Invalid `delta` type. Expected one of: int, float, Decimal, NumPy number. Provided type: list. "
            "Convert the value to a number type.",
        ),
        (
            'st.metric("a", 1, delta_color="x")',
            "Invalid `delta_color` value. Supported values: 'normal', 'inverse', 'off', 'red', 'orange', "
            "'yellow', 'green', 'blue', 'violet', 'gray', 'grey', 'primary'.",
        ),
        (
            'st.metric("a", 1, delta_arrow="x")',
            "Invalid `delta_arrow` value. Supported values: 'auto', 'up', 'down', 'off'.",
        ),
        (
            'st.metric("a", 1, chart_data=["x"])',
            "Only numeric values are supported for chart data sequence. The value 'x' is of type "
            "<class 'str'> and cannot be converted to float.",
        ),
        (
            'st.metric("a", 1, label_visibility="x")',
            "Invalid `label_visibility` value. Supported values: 'visible', 'hidden', 'collapsed'.",
        ),
        (
            'st.metric("a", 1, height=0)',
            "Invalid height value: 0. Height must be either a positive integer (pixels), 'stretch', or 'content'.",
        ),
    ],
)
def test_metric_errors_match_streamlit(call: str, message: str) -> None:
    assert _error(call) == message


def test_metric_empty_label_is_logged_not_raised() -> None:
    at = app('import streamlit as st\nst.metric("", 1)')
    assert at.metric[0].value == "1"
    assert any("`label` got an empty value" in text for _, text in at.logs)


def test_image_sources_become_urls(tmp_path: Path) -> None:
    png = encode_png([[0, 255], [255, 0]])
    (tmp_path / "dot.png").write_bytes(png)
    (tmp_path / "shape.svg").write_text('<svg viewBox="0 0 2 2"><rect width="2" height="2"/></svg>')
    script = tmp_path / "app.py"
    script.write_text(
        "import io\nfrom pathlib import Path\nimport streamlit as st\n"
        f"png = {png!r}\n"
        "st.image('https://example.com/a.png', caption='remote')\n"
        "st.image('dot.png')\n"
        "st.image(Path('shape.svg'))\n"
        "st.image(io.BytesIO(png))\n"
        "st.image([png, 'https://example.com/b.png'], caption=['one', 'two'], width=50)\n"
    )
    from wasmlit.testing import AppTest

    at = AppTest.from_file(str(script)).run()
    assert not at.exception
    images = at.get("image")
    assert images[0].value == ["https://example.com/a.png"]
    assert images[0].captions == ["remote"]
    expected_png = "data:image/png;base64," + base64.b64encode(png).decode()
    assert images[1].value == [expected_png]
    assert images[2].value[0].startswith("data:image/svg+xml;base64,")
    assert b'xmlns="http://www.w3.org/2000/svg"' in base64.b64decode(images[2].value[0].split(",")[1])
    assert images[3].value == [expected_png]
    assert images[4].value == [expected_png, "https://example.com/b.png"]
    assert images[4].captions == ["one", "two"]
    assert images[4].props["width"] == 50


def test_pixel_arrays_encode_as_png() -> None:
    class Pixels:
        """A numpy-like array: ``shape`` and ``tolist``."""

        shape = (2, 2, 3)

        def tolist(self) -> list[list[list[int]]]:
            return [[[255, 0, 0], [0, 255, 0]], [[0, 0, 255], [255, 255, 255]]]

    from wasmlit.elements.image_sources import image_url

    url = image_url(Pixels())
    assert url.startswith("data:image/png;base64,")
    assert base64.b64decode(url.split(",")[1])[:8] == b"\x89PNG\r\n\x1a\n"
    floats = image_url([[0.0, 1.0], [1.0, 0.5]])
    assert floats.startswith("data:image/png;base64,")
    with pytest.raises(RuntimeError, match="clamp is not set"):
        image_url([[0.0, 2.0]])


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.image("missing.png")', "Error opening 'missing.png'"),
        ('st.image(["https://a/b.png", "https://a/c.png"], caption=["x"])', "Cannot pair 1 captions with 2 images."),
        (
            'st.image(["https://a/b.png", "https://a/c.png"], link="https://x")',
            "The `link` parameter is only supported when displaying a single image. You passed 2 images.",
        ),
        (
            'st.image("https://a/b.png", width=0)',
            "Invalid width value: 0. Width must be either a positive integer (pixels), 'stretch', or 'content'.",
        ),
    ],
)
def test_image_errors(call: str, message: str) -> None:
    assert _error(call) == message


def test_image_garbage_bytes_get_a_clear_error_and_widths_map() -> None:
    assert _error('st.image(b"not an image")').startswith("st.image cannot identify the image data (12 bytes")
    at = app(
        """
        import streamlit as st
        st.image("https://a/b.png", use_container_width=True)
        st.image("https://a/b.png", use_column_width=True)
        """
    )
    assert at.get("image")[0].props["width"] == "stretch"
    assert at.warning[0].value.startswith("`use_column_width` was removed and has no effect.")
