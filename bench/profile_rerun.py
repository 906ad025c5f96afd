"""Time (and optionally profile) the 1,000-element app's click on CPython.

Drives ``AppSession.handle`` with the JSON the page sends, as the worker's bridge does,
so the figure is the Python side of "rerun+patch" (bench/README.md) without Pyodide.

    .venv/bin/python bench/profile_rerun.py              # median per click
    .venv/bin/python bench/profile_rerun.py --profile    # plus a cProfile top list
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import time
from pathlib import Path

from wasmlit.runtime.session import AppSession

APP = Path(__file__).parent / "apps" / "elements_1000.py"


def _run_finished(replies: list[str]) -> dict:
    return next(json.loads(reply) for reply in reversed(replies) if '"run_finished"' in reply)


def _button_id(run_finished: dict) -> str:
    elements = run_finished["elements"]
    return next(element_id for element_id, record in elements.items() if record["type"] == "button")


def _click_message(button_id: str) -> str:
    return json.dumps({"type": "rerun", "requests": [{"values": {}, "trigger": button_id}]})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clicks", type=int, default=200)
    parser.add_argument("--profile", action="store_true", help="print a cProfile top list of the clicks")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()

    replies: list[str] = []
    # As the worker's bridge starts it (snapshots of Session State after each run), but
    # headless: the process's folder and time.sleep stay as they are.
    session = AppSession(str(APP), send=replies.append, config={}, headless=True, snapshots=True)
    session.handle(json.dumps({"type": "rerun", "requests": [{"values": {}, "trigger": None}]}))
    click = _click_message(_button_id(_run_finished(replies)))
    for _ in range(5):
        session.handle(click)
    replies.clear()

    profiler = cProfile.Profile() if args.profile else None
    samples: list[float] = []
    # CPU time of this thread: what other processes on a busy machine disturb least.
    cpu_samples: list[float] = []
    script_ms: list[float] = []
    for _ in range(args.clicks):
        start, cpu_start = time.perf_counter(), time.thread_time()
        if profiler is not None:
            profiler.enable()
        session.handle(click)
        if profiler is not None:
            profiler.disable()
        samples.append((time.perf_counter() - start) * 1000)
        cpu_samples.append((time.thread_time() - cpu_start) * 1000)
        script_ms.append(_run_finished(replies)["durationMs"])
    last = next(reply for reply in reversed(replies) if '"run_finished"' in reply)
    print(
        f"clicks: {args.clicks}  handle median: {statistics.median(samples):.2f} ms  min: {min(samples):.2f} ms"
        f"  CPU median: {statistics.median(cpu_samples):.2f} ms"
        f"  (the script alone: median {statistics.median(script_ms):.2f} ms, min {min(script_ms):.2f} ms)"
    )
    print(f"last reply ({len(last)} chars): {last[:300]}", flush=True)
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
