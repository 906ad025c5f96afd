"""Every chart script of ``chart_cases.py`` gives the Vega-Lite spec real Streamlit 1.67 sends.

The oracle (``data/chart_oracle.json``, written by ``chart_oracle.py`` with Streamlit 1.67,
pandas 3.1, numpy 2.4 and Altair 6.3) holds, per script, the spec, the data as rows, the
theme, the layout and Session State. The scripts run here through wasmlit's AppTest with
real pandas, numpy and Altair; the cases with plain Python data run once more with the
data as lists and dicts only. Dataset names differ by design (Streamlit hashes Arrow
bytes, wasmlit hashes JSON): both sides name their datasets by order of appearance.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.unit.chart_cases import CASES, OTHER_CASES, PLAIN_CASES, PLAIN_PRELUDE, PRELUDE
from tests.unit.chart_oracle import ORACLE_FILE
from wasmlit.elements.chart_data import INDEX_FIELD
from wasmlit.testing import AppTest

ORACLE: dict[str, Any] = json.loads(Path(ORACLE_FILE).read_text())


def _rename_datasets(spec: Any, names: dict[str, str]) -> Any:
    """Replace dataset names with ``dataset0``, ``dataset1``, ... in order of first use."""
    text = json.dumps(spec, sort_keys=True)
    for name, alias in names.items():
        text = text.replace(f'"{name}"', f'"{alias}"')
    return json.loads(text)


def _dataset_aliases(spec: dict[str, Any], datasets: dict[str, Any]) -> dict[str, str]:
    text = json.dumps(spec, sort_keys=True)
    order = sorted(datasets, key=lambda name: (text.find(f'"{name}"'), name))
    return {name: f"dataset{position}" for position, name in enumerate(order)}


def _same_cells(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows compared by value: the page gets 1.0 as 1, times as milliseconds."""

    def cell(value: Any) -> Any:
        if isinstance(value, dict) and set(value) == {"ms"}:
            return float(value["ms"])
        if isinstance(value, float) and value.is_integer():
            return int(value)
        return value

    return [{key: cell(value) for key, value in row.items() if key != INDEX_FIELD} for row in rows]


def _wasmlit_record(script: str, prelude: str = PRELUDE) -> dict[str, Any]:
    at = AppTest.from_string(prelude + script).run()
    if at.exception:
        return {"exception": at.exception[0].message}
    charts = at.get("vega_lite_chart")
    assert len(charts) == 1
    chart = charts[0]
    state = {key: at.session_state[key] for key in at.session_state}
    return {
        "spec": chart.spec,
        "data": chart.data,
        "datasets": chart.datasets,
        "theme": chart.props.get("theme", ""),
        "use_container_width": chart.props.get("useContainerWidth", False),
        "selection_mode": chart.props.get("selectionMode", []),
        "has_id": chart.id.startswith("$$ID"),
        "width": chart.props["width"],
        "height": chart.props["height"],
        "session_state": json.loads(json.dumps(state, default=str)),
    }


def _comparable(record: dict[str, Any]) -> dict[str, Any]:
    if "exception" in record:
        return {"exception": record["exception"]}
    aliases = _dataset_aliases(record["spec"], record["datasets"])
    return {
        **record,
        "spec": _rename_datasets(record["spec"], aliases),
        "data": None if record["data"] is None else _same_cells(record["data"]),
        "datasets": {aliases[name]: _same_cells(rows) for name, rows in record["datasets"].items()},
    }


@pytest.mark.parametrize("name", sorted(CASES))
def test_spec_matches_streamlit(name: str) -> None:
    expected = _comparable(ORACLE[name])
    actual = _comparable(_wasmlit_record(CASES[name]))
    if "exception" in expected:
        assert actual == expected
        return
    assert actual["spec"] == expected["spec"]
    for field in ("data", "datasets", "theme", "use_container_width", "selection_mode", "has_id"):
        assert actual[field] == expected[field], field
    assert (actual["width"], actual["height"]) == (expected["width"], expected["height"])
    assert actual["session_state"] == expected["session_state"]


@pytest.mark.parametrize("name", sorted(PLAIN_CASES))
def test_plain_data_needs_no_pandas(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Lists and dicts give Streamlit's spec with pandas, numpy and pyarrow unimportable."""
    for module in ("pandas", "numpy", "pyarrow"):
        monkeypatch.setitem(sys.modules, module, None)
    actual = _comparable(_wasmlit_record(CASES[name], PLAIN_PRELUDE))
    expected = _comparable(ORACLE[name])
    assert actual.get("exception") is None
    assert (actual["spec"], actual["datasets"], actual["data"]) == (
        expected["spec"],
        expected["datasets"],
        expected["data"],
    )


def test_every_case_has_an_oracle_record() -> None:
    assert sorted(ORACLE) == sorted([*CASES, *OTHER_CASES])


def test_the_oracle_recorded_real_specs() -> None:
    """The oracle file is Streamlit's output, not wasmlit's: its datasets are hashed Arrow bytes."""
    names = [name for case, record in ORACLE.items() for name in record.get("datasets", {}) if case != "vega_datasets"]
    assert names and all(re.fullmatch(r"[0-9a-f]{32}", name) for name in names)
