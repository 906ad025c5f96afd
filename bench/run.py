"""The wasmlit benchmark: one command builds, serves and measures everything in one run.

    bench/run                 # or: .venv/bin/python bench/run.py [--cold-runs N] [--clicks N]

See bench/README.md for what each figure means. Writes bench/results/latest.json and
prints the tables.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, sync_playwright

from bench import chart, floors, grid, measure, report, streamlit_reference
from bench.server import start_server
from wasmlit_build.paths import PYODIDE_PACKAGE
from wasmlit_build.pipeline import BuildRequest, build

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent

COUNTER = ROOT / "examples" / "counter.py"
ELEMENTS_1000 = BENCH / "apps" / "elements_1000.py"
DATAFRAME_10K = BENCH / "apps" / "dataframe_10k.py"
LINE_CHART = BENCH / "apps" / "line_chart.py"
RESULTS = BENCH / "results" / "latest.json"
WASMLIT_BUTTON = '[data-testid="stButton"] button'


@dataclass(frozen=True)
class App:
    name: str
    path: str  # under the bench server; "" for Streamlit
    ready: str
    cold: bool = True
    button: str | None = WASMLIT_BUTTON


APPS = [
    App("Pyodide floor", "floor/", measure.FLOOR_READY, button=None),
    App("Worker echo floor", "echo/", measure.FLOOR_READY, cold=False, button="#click"),
    App("wasmlit counter", "counter/", measure.WASMLIT_READY),
    App("wasmlit counter, no snapshot", "counter-nosnap/", measure.WASMLIT_READY, button=None),
    App("wasmlit 1,000 elements", "elements-1000/", measure.WASMLIT_READY),
    App("Streamlit counter", "", measure.WASMLIT_READY),
    # Clicks only: rerun+patch at three sizes shows how its cost grows with elements.
    App("wasmlit 250 elements", "elements-250/", measure.WASMLIT_READY, cold=False),
    App("wasmlit 2,000 elements", "elements-2000/", measure.WASMLIT_READY, cold=False),
]
SCALING = {"wasmlit 250 elements": 250, "wasmlit 1,000 elements": 1000, "wasmlit 2,000 elements": 2000}
STREAMLIT = "Streamlit counter"
GRID_READY = """(() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return Boolean(app && app.getAttribute("data-test-connection-state") === "CONNECTED"
    && app.getAttribute("data-test-script-state") === "notRunning");
})()"""


def elements_script(folder: Path, count: int) -> Path:
    """``elements_1000.py`` with another number of elements (the count stays in the middle)."""
    source = ELEMENTS_1000.read_text().replace("499", str(count // 2 - 1)).replace("998", str(count - 2))
    script = folder / f"elements_{count}.py"
    script.write_text(source)
    return script


def build_sites(root: Path) -> None:
    floors.write_pyodide_floor(root / "floor")
    floors.write_echo_floor(root / "echo")
    quiet = lambda message: None  # noqa: E731
    scripts = root / "scripts"
    scripts.mkdir()
    # A user's app folder holds their app, not wasmlit's other examples: build a copy.
    counter_folder = scripts / "counter"
    counter_folder.mkdir()
    counter = counter_folder / COUNTER.name
    counter.write_bytes(COUNTER.read_bytes())
    for name, script, snapshot in (
        ("counter", counter, True),
        ("counter-nosnap", counter, False),
        ("elements-1000", ELEMENTS_1000, True),
        ("elements-250", elements_script(scripts, 250), True),
        ("elements-2000", elements_script(scripts, 2000), True),
        ("dataframe-10k", DATAFRAME_10K, True),
        ("line-chart", LINE_CHART, True),
    ):
        print(f"Building {name}...", flush=True)
        result = build(BuildRequest(script=str(script), output=root / name, snapshot=snapshot), report=quiet)
        for warning in result.warnings:
            print(f"  warning: {warning}", flush=True)


def pyodide_core_bytes() -> int:
    """The Pyodide core as the bench server sends it: the interpreter, its JS glue, the stdlib."""
    total = 0
    for name, compressed in (("pyodide.asm.wasm", True), ("pyodide.asm.mjs", True), ("python_stdlib.zip", False)):
        data = (PYODIDE_PACKAGE / name).read_bytes()
        total += len(gzip.compress(data, compresslevel=6, mtime=0)) if compressed else len(data)
    return total


def measure_cold(browser: Browser, urls: dict[str, str], runs: int, server_bytes: Any) -> dict[str, Any]:
    """Interleaved: every run loads every app under every profile, so drift hits all alike."""
    samples: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for run in range(runs):
        for profile in (measure.FAST, measure.THROTTLED):
            for app in APPS:
                if not app.cold or app.name not in urls:
                    continue
                counter = server_bytes if app.name != STREAMLIT else None
                load = measure.cold_load(
                    browser, urls[app.name], ready_expression=app.ready, profile=profile, take_server_bytes=counter
                )
                samples.setdefault(app.name, {}).setdefault(profile.name, []).append(asdict(load))
                print(f"  cold {run + 1}/{runs} {profile.name:9} {app.name:30} TTI {load.tti_ms:7.0f} ms", flush=True)
    return samples


def measure_clicks(browser: Browser, urls: dict[str, str], count: int) -> dict[str, dict[str, list[float]]]:
    results: dict[str, dict[str, list[float]]] = {}
    for app in APPS:
        if app.button is None or app.name not in urls:
            continue
        print(f"  {count} clicks: {app.name}", flush=True)
        clicks = measure.clicks(
            browser, urls[app.name], ready_expression=app.ready, button_selector=app.button, count=count
        )
        results[app.name] = asdict(clicks)
    return results


def _values(samples: list[dict[str, Any]], key: str) -> list[float]:
    return [float(sample[key]) for sample in samples if sample.get(key) is not None]


def summarize(cold: dict[str, Any], clicks: dict[str, dict[str, list[float]]]) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for app in APPS:
        row: dict[str, Any] = {}
        for profile in ("fast", "throttled"):
            samples = cold.get(app.name, {}).get(profile, [])
            row[f"tti_{profile}"] = report.median(_values(samples, "tti_ms"))
            row[f"fcp_{profile}"] = report.median(_values(samples, "fcp_ms"))
        fast = cold.get(app.name, {}).get("fast", [])
        row["bytes"] = report.median(_values(fast, "bytes"))
        row["offline_bytes"] = report.median(_values(fast, "offline_bytes"))
        row["js_heap"] = report.median(_values(fast, "js_heap_bytes"))
        row["wasm_memory"] = report.median(_values(fast, "wasm_bytes"))
        row["boot_modes"] = sorted({sample["boot_mode"] for sample in fast if sample.get("boot_mode")})
        app_clicks = clicks.get(app.name, {})
        row["click_median"] = report.median(app_clicks.get("click_to_dom_ms", []))
        row["click_p95"] = report.p95(app_clicks.get("click_to_dom_ms", []))
        row["rerun_patch_median"] = report.median(app_clicks.get("rerun_patch_ms", []))
        row["rerun_patch_p95"] = report.p95(app_clicks.get("rerun_patch_ms", []))
        rows[app.name] = row
    return rows


def ratios_and_targets(rows: dict[str, dict[str, Any]], core_bytes: int) -> tuple[dict[str, Any], dict[str, Any]]:
    counter, floor, plain = rows["wasmlit counter"], rows["Pyodide floor"], rows["wasmlit counter, no snapshot"]
    echo, streamlit, large = rows["Worker echo floor"], rows[STREAMLIT], rows["wasmlit 1,000 elements"]
    per_element = {
        name: report.ratio(rows[name]["rerun_patch_median"], count) for name, count in SCALING.items() if name in rows
    }
    ratios = {
        "TTI counter / Pyodide floor (fast)": report.ratio(counter["tti_fast"], floor["tti_fast"]),
        "TTI counter / Pyodide floor (20 Mbit/s)": report.ratio(counter["tti_throttled"], floor["tti_throttled"]),
        "TTI counter, no snapshot / Pyodide floor (fast)": report.ratio(plain["tti_fast"], floor["tti_fast"]),
        "TTI counter, no snapshot / Pyodide floor (20 Mbit/s)": report.ratio(
            plain["tti_throttled"], floor["tti_throttled"]
        ),
        "TTI counter / Streamlit (fast)": report.ratio(counter["tti_fast"], streamlit["tti_fast"]),
        "TTI counter / Streamlit (20 Mbit/s)": report.ratio(counter["tti_throttled"], streamlit["tti_throttled"]),
        "click→DOM counter / Worker echo floor": report.ratio(counter["click_median"], echo["click_median"]),
        "click→DOM counter / Streamlit": report.ratio(counter["click_median"], streamlit["click_median"]),
        "bytes counter / Pyodide floor": report.ratio(counter["bytes"], floor["bytes"]),
        "bytes counter, no snapshot / Pyodide floor": report.ratio(plain["bytes"], floor["bytes"]),
        **{f"rerun+patch per element, {name} (ms)": value for name, value in per_element.items()},
    }

    def check(value: float | None, limit: float) -> dict[str, Any]:
        return {"value": value, "limit": limit, "met": None if value is None else value <= limit}

    targets = {
        "TTI ≤ ½ Pyodide floor (fast)": check(ratios["TTI counter / Pyodide floor (fast)"], 0.5),
        "TTI ≤ ½ Pyodide floor (20 Mbit/s)": check(ratios["TTI counter / Pyodide floor (20 Mbit/s)"], 0.5),
        "FCP < 150 ms (fast)": check(counter["fcp_fast"], 150),
        "FCP < 150 ms (20 Mbit/s)": check(counter["fcp_throttled"], 150),
        "click→DOM median < 10 ms": check(counter["click_median"], 10),
        "click→DOM ≤ echo floor + 3 ms": check(
            None
            if counter["click_median"] is None or echo["click_median"] is None
            else counter["click_median"] - echo["click_median"],
            3,
        ),
        "click→DOM < 1/10 Streamlit": check(ratios["click→DOM counter / Streamlit"], 0.1),
        "1,000-element rerun+patch < 30 ms": check(large["rerun_patch_median"], 30),
        "bytes without snapshot ≤ core + 200 KB": check(
            None if plain["bytes"] is None else plain["bytes"] - core_bytes, 200_000
        ),
        # Issue 13 (fast start, round two).
        "TTI ≤ 0.3× Pyodide floor (fast)": check(ratios["TTI counter / Pyodide floor (fast)"], 0.3),
        "TTI ≤ 0.8× Pyodide floor (20 Mbit/s)": check(ratios["TTI counter / Pyodide floor (20 Mbit/s)"], 0.8),
        "bytes without snapshot ≤ 0.8× core": check(report.ratio(plain["bytes"], core_bytes), 0.8),
        "bytes with snapshot ≤ core + 3 MB": check(
            None if counter["bytes"] is None else counter["bytes"] - core_bytes, 3_000_000
        ),
        "1,000-element rerun+patch ≤ 6 ms": check(large["rerun_patch_median"], 6),
        "FCP ≤ 120 ms (fast)": check(counter["fcp_fast"], 120),
    }
    return ratios, targets


def environment() -> dict[str, Any]:
    chromium = subprocess.run([measure.CHROMIUM, "--version"], capture_output=True, text=True).stdout.strip()
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    version = json.loads((PYODIDE_PACKAGE / "package.json").read_text())["version"]
    return {
        "date": time.strftime("%Y-%m-%d %H:%M:%S %z"),
        "chromium": chromium,
        "node": node,
        "pyodide": version,
        "streamlit": streamlit_reference.STREAMLIT_VERSION,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg(),
    }


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bench/run", description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--cold-runs", type=int, default=5, help="cold loads per app and profile (default 5)")
    parser.add_argument("--clicks", type=int, default=100, help="measured clicks per app (default 100)")
    parser.add_argument(
        "--streamlit-python", type=Path, default=None, help="a Python with streamlit installed (default: installs one)"
    )
    parser.add_argument("--chart-runs", type=int, default=5, help="first renders of a line chart (fresh contexts)")
    parser.add_argument("--grid-runs", type=int, default=20, help="scrolls and sorts of the 10,000-row grid")
    parser.add_argument("--skip-streamlit", action="store_true", help="leave real Streamlit out")
    parser.add_argument("--output", type=Path, default=RESULTS, help=f"JSON results (default {RESULTS})")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    arguments = parse_arguments(argv)
    started = environment()
    streamlit_python = None
    if not arguments.skip_streamlit:
        streamlit_python = arguments.streamlit_python or streamlit_reference.ensure_streamlit()
    with tempfile.TemporaryDirectory(prefix="wasmlit-bench-") as temporary:
        root = Path(temporary)
        build_sites(root)
        server = start_server(root)
        urls = {app.name: server.url + app.path for app in APPS if app.path}

        def server_bytes() -> int:
            return sum(server.bytes_sent.take().values())

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=measure.CHROMIUM, args=measure.CHROMIUM_FLAGS)
            if streamlit_python is not None:
                with streamlit_reference.running_streamlit(streamlit_python, COUNTER) as streamlit_url:
                    urls[STREAMLIT] = streamlit_url
                    cold = measure_cold(browser, urls, arguments.cold_runs, server_bytes)
                    clicks = measure_clicks(browser, urls, arguments.clicks)
            else:
                cold = measure_cold(browser, urls, arguments.cold_runs, server_bytes)
                clicks = measure_clicks(browser, urls, arguments.clicks)
            print("  10,000-row dataframe: scroll and sort", flush=True)
            grid_times = grid.scroll_and_sort(
                browser, server.url + "dataframe-10k/", ready_expression=GRID_READY, count=arguments.grid_runs
            )
            print("  line chart: first render after its data arrives", flush=True)
            chart_times = chart.first_render_times(
                browser, server.url + "line-chart/", ready_expression=GRID_READY, count=arguments.chart_runs
            )
            browser.close()
        server.shutdown()
    rows = summarize(cold, clicks)
    core = pyodide_core_bytes()
    ratios, targets = ratios_and_targets(rows, core)
    results = {
        "environment": {"start": started, "end": environment()},
        "settings": {"cold_runs": arguments.cold_runs, "clicks": arguments.clicks},
        "pyodide_core_bytes": core,
        "medians": rows,
        "ratios": ratios,
        "targets": targets,
        "grid_10k_rows": {
            "scroll_to_end_median_ms": report.median(grid_times.scroll_ms),
            "sort_descending_median_ms": report.median(grid_times.sort_ms),
        },
        "chart_first_render_median_ms": report.median(chart_times),
        "samples": {"cold": cold, "clicks": clicks, "grid": asdict(grid_times), "chart": chart_times},
    }
    arguments.output.parent.mkdir(parents=True, exist_ok=True)
    arguments.output.write_text(json.dumps(results, indent=1, ensure_ascii=False))
    print()
    print(report.markdown_table({name: row for name, row in rows.items()}))
    print()
    print(report.ratios_table(ratios))
    print()
    print(report.targets_table(targets))
    grid_row = {"scroll": report.median(grid_times.scroll_ms) or 0.0, "sort": report.median(grid_times.sort_ms) or 0.0}
    print(
        f"\n10,000-row st.dataframe: scroll to the end {grid_row['scroll']:.1f} ms, "
        f"sort (descending) {grid_row['sort']:.1f} ms (medians of {arguments.grid_runs})."
    )
    print(
        f"Line chart (1,000 points, 3 series): first render {report.median(chart_times) or 0.0:.1f} ms after its"
        f" data arrived, chart code fetched (median of {arguments.chart_runs} fresh contexts)."
    )
    ended = environment()
    print(f"\nLoad average at start {started['load_average']}, at end {ended['load_average']}.")
    print(f"Wrote {arguments.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
