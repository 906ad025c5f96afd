"""Record what real Streamlit 1.67 sends for each chart in ``tests/unit/chart_cases.py``.

Run with Streamlit 1.67.0, pandas, numpy, altair and pyarrow installed (not wasmlit):

    python3 -m venv /tmp/st167
    /tmp/st167/bin/pip install streamlit==1.67.0 pandas==3.1.1 numpy==2.4.6 altair==6.3.0 pyarrow
    /tmp/st167/bin/python tests/unit/chart_oracle.py

It writes ``tests/unit/data/chart_oracle.json``: per case, the chart's Vega-Lite spec (as
parsed JSON), its data and named datasets (rows of the Arrow tables, values normalised by
``normalise_value``), the theme, ``use_container_width``, the selection modes, the
element's width and height, and the Session State of the run.
"""

from __future__ import annotations

import datetime
import json
import math
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ORACLE_FILE = HERE / "data" / "chart_oracle.json"


def normalise_value(value: Any) -> Any:
    """A cell as both sides can compare it: datetimes and dates as naive UTC milliseconds."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            return {"ms": value.timestamp() * 1000}
        return {"ms": value.replace(tzinfo=datetime.UTC).timestamp() * 1000}
    if isinstance(value, datetime.date):
        midnight = datetime.datetime(value.year, value.month, value.day, tzinfo=datetime.UTC)
        return {"ms": midnight.timestamp() * 1000}
    if isinstance(value, bool | int | str) or value is None:
        return value
    if isinstance(value, float):
        return value
    return str(value)


def _arrow_rows(data: bytes) -> list[dict[str, Any]]:
    import pyarrow as pa

    table = pa.ipc.open_stream(data).read_all()
    names = [name for name in table.column_names if not name.startswith("__index_level_")]
    return [{name: normalise_value(row[name]) for name in names} for row in table.to_pylist()]


def _layout_config(config: Any) -> Any:
    """A WidthConfig/HeightConfig as "stretch", "content", a pixel count, or None."""
    kind = config.WhichOneof(config.DESCRIPTOR.oneofs[0].name)
    if kind is None:
        return None
    if kind.startswith("use_"):
        return kind.removeprefix("use_").removesuffix("_width").removesuffix("_height")
    return getattr(config, kind)


def _chart_record(element: Any) -> dict[str, Any]:
    proto = element.proto
    outer = element.outer_proto
    return {
        "spec": json.loads(proto.spec),
        "data": _arrow_rows(proto.data.data) if proto.data.data else None,
        "datasets": {dataset.name: _arrow_rows(dataset.data.data) for dataset in proto.datasets},
        "theme": proto.theme,
        "use_container_width": proto.use_container_width,
        "selection_mode": list(proto.selection_mode),
        "has_id": bool(proto.id),
        "width": _layout_config(outer.width_config) if outer.HasField("width_config") else None,
        "height": _layout_config(outer.height_config) if outer.HasField("height_config") else None,
    }


def _keep_outer_proto() -> None:
    """AppTest's UnknownElement keeps only the inner message; keep the Element (layout) too."""
    from streamlit.testing.v1 import element_tree

    original = element_tree.UnknownElement.__init__

    def init(self: Any, proto: Any, root: Any) -> None:
        original(self, proto, root)
        self.outer_proto = proto

    element_tree.UnknownElement.__init__ = init


def record_case(script: str) -> dict[str, Any]:
    from streamlit.testing.v1 import AppTest

    from tests.unit.chart_cases import PRELUDE

    at = AppTest.from_string(PRELUDE + script).run()
    if at.exception:
        return {"exception": at.exception[0].message}
    charts = [element for element in at.main if type(element).__name__ == "UnknownElement"]
    assert len(charts) == 1, charts
    record = _chart_record(charts[0])
    state = {key: at.session_state[key] for key in at.session_state._state.filtered_state}
    record["session_state"] = json.loads(json.dumps(state, default=str))
    return record


def _other_record(element: Any) -> dict[str, Any]:
    proto, outer = element.proto, element.outer_proto
    record: dict[str, Any] = {"type": element.type}
    if element.type == "graphviz_chart":
        record.update(dot=proto.spec, engine=proto.engine)
    elif element.type == "plotly_chart":
        record.update(spec=json.loads(proto.spec), config=json.loads(proto.config), theme=proto.theme)
    else:
        record.update(spec=json.loads(proto.json))
    record["width"] = _layout_config(outer.width_config) if outer.HasField("width_config") else None
    record["height"] = _layout_config(outer.height_config) if outer.HasField("height_config") else None
    return record


def record_other_case(script: str) -> dict[str, Any]:
    from streamlit.testing.v1 import AppTest

    from tests.unit.chart_cases import OTHER_PRELUDE

    at = AppTest.from_string(OTHER_PRELUDE + script).run()
    if at.exception:
        return {"exception": at.exception[0].message}
    (element,) = [element for element in at.main if type(element).__name__ == "UnknownElement"]
    return _other_record(element)


def main() -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from tests.unit.chart_cases import CASES, OTHER_CASES

    _keep_outer_proto()
    results = {name: record_case(script) for name, script in CASES.items()}
    results.update({name: record_other_case(script) for name, script in OTHER_CASES.items()})
    ORACLE_FILE.parent.mkdir(exist_ok=True)
    ORACLE_FILE.write_text(json.dumps(results, indent=1, sort_keys=True) + "\n")
    print(f"wrote {len(results)} cases to {ORACLE_FILE}")


if __name__ == "__main__":
    main()
