"""Medians, ratios, the printed table and the JSON file."""

from __future__ import annotations

import statistics
from typing import Any


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def p95(values: list[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def ratio(value: float | None, reference: float | None) -> float | None:
    if value is None or not reference:
        return None
    return value / reference


def _ms(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f} ms" if value >= 100 else f"{value:.1f} ms"


def _megabytes(value: float | None) -> str:
    return "—" if value is None else f"{value / 1e6:.2f} MB"


def _times(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}×"


COLUMNS = [
    ("TTI fast", "tti_fast", _ms),
    ("TTI 20Mbit", "tti_throttled", _ms),
    ("FCP fast", "fcp_fast", _ms),
    ("FCP 20Mbit", "fcp_throttled", _ms),
    ("click→DOM med", "click_median", _ms),
    ("click→DOM p95", "click_p95", _ms),
    ("rerun+patch med", "rerun_patch_median", _ms),
    ("bytes to ready (gzip)", "bytes", _megabytes),
    ("offline precache", "offline_bytes", _megabytes),
    ("JS heap", "js_heap", _megabytes),
    ("wasm memory", "wasm_memory", _megabytes),
]


def markdown_table(rows: dict[str, dict[str, Any]]) -> str:
    header = "| app | " + " | ".join(title for title, _, _ in COLUMNS) + " |"
    lines = [header, "|" + " --- |" * (len(COLUMNS) + 1)]
    for name, row in rows.items():
        cells = [format_cell(row.get(key)) for _, key, format_cell in COLUMNS]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def ratios_table(ratios: dict[str, float | None]) -> str:
    lines = ["| ratio | value |", "| --- | --- |"]
    for name, value in ratios.items():
        if name.endswith("(ms)"):
            shown = "—" if value is None else f"{value * 1000:.1f} µs"
            lines.append(f"| {name[: -len(' (ms)')]} | {shown} |")
        else:
            lines.append(f"| {name} | {_times(value)} |")
    return "\n".join(lines)


def targets_table(targets: dict[str, dict[str, Any]]) -> str:
    lines = ["| target | measured | limit | met |", "| --- | --- | --- | --- |"]
    for name, target in targets.items():
        value, limit, met = target["value"], target["limit"], target["met"]
        shown = "—" if value is None else f"{value:,.3g}" if abs(value) < 1000 else f"{value:,.0f}"
        verdict = "—" if met is None else "yes" if met else "no"
        lines.append(f"| {name} | {shown} | {limit:,} | {verdict} |")
    return "\n".join(lines)
