// The data editor grid's pure parts: the editing state (Streamlit's format), cell text and
// validation per column type, and keyboard moves.

import assert from "node:assert/strict";
import { test } from "node:test";
import { formatMicros, formatNumber } from "../../web/widgets/formatting.js";
import { installGridDeps } from "../../web/grid/grid_deps.js";
import { cellText, columnEditable, parseInput, rowDefaults } from "../../web/grid/grid_cells.js";
import { columnWidths, gridHeight, nextPosition } from "../../web/grid/grid_layout.js";
import { cellValue, parseState, shownRows, withAddedRow, withCell, withoutRows } from "../../web/grid/grid_state.js";

installGridDeps({ formatMicros, formatNumber });

/** @returns {any} */
const column = (type, kind, config = {}) => ({ name: "c", type, kind, config });

test("edits of data rows and added rows land where Streamlit keeps them", () => {
  let state = parseState(null);
  assert.deepEqual(state, { edited_rows: {}, added_rows: [], deleted_rows: [] });
  state = withCell(state, { source: "data", row: 1 }, "a", 5);
  state = withAddedRow(state, { b: "x" });
  state = withCell(state, { source: "added", row: 0 }, "a", 7);
  assert.deepEqual(state, { edited_rows: { 1: { a: 5 } }, added_rows: [{ b: "x", a: 7 }], deleted_rows: [] });
  const rows = [[1], [2], [3]];
  const shown = shownRows(3, state);
  assert.deepEqual(
    shown.map((row) => cellValue(rows, ["a"], state, row, 0)),
    [1, 5, 3, 7],
  );
});

test("deleting rows lists data rows (sorted), drops added rows and their edits", () => {
  let state = parseState(JSON.stringify({ edited_rows: { 2: { a: 1 } }, added_rows: [{ a: 1 }, { a: 2 }], deleted_rows: [0] }));
  state = withoutRows(state, [
    { source: "data", row: 2 },
    { source: "added", row: 0 },
  ]);
  assert.deepEqual(state, { edited_rows: {}, added_rows: [{ a: 2 }], deleted_rows: [0, 2] });
  assert.deepEqual(shownRows(4, state), [
    { source: "data", row: 1 },
    { source: "data", row: 3 },
    { source: "added", row: 0 },
  ]);
});

test("number edits are clamped and stepped, text edits are checked", () => {
  const number = column("number", "float", { type_config: { type: "number", min_value: 0, max_value: 10, step: 0.5 } });
  assert.deepEqual(parseInput(number, "12"), { value: 10 });
  assert.deepEqual(parseInput(number, "3.3"), { value: 3.5 });
  assert.deepEqual(parseInput(number, ""), { value: null });
  assert.ok(parseInput(number, "abc").error);
  assert.deepEqual(parseInput(column("number", "integer"), "2.7"), { value: 3 });
  const text = column("text", "string", { type_config: { type: "text", max_chars: 3, validate: "^[a-z]+$" } });
  assert.deepEqual(parseInput(text, "abcdef"), { value: "abc" });
  assert.ok(parseInput(text, "AB").error);
  assert.ok(parseInput(column("number", "integer", { required: true }), " ").error);
  assert.deepEqual(parseInput(column("list", "list"), "a, b,,c"), { value: ["a", "b", "c"] });
  assert.deepEqual(parseInput(column("time", "time"), "06:07"), { value: "06:07:00" });
  assert.deepEqual(parseInput(column("date", "date"), "2024-02-03"), { value: "2024-02-03" });
  assert.ok(parseInput(column("date", "date", { type_config: { type: "date", min_value: "2024-03-01" } }), "2024-02-03").error);
});

test("cells show their column's format", () => {
  assert.equal(cellText(column("number", "float", { type_config: { format: "%.2f" } }), 1.23456), "1.23");
  assert.equal(cellText(column("number", "float"), 1 / 3), "0.3333");
  assert.equal(cellText(column("date", "date", { type_config: { format: "MMM D, YYYY" } }), "2024-02-03"), "Feb 3, 2024");
  assert.equal(cellText(column("datetime", "datetime"), "2024-02-03T04:05:06"), "2024-02-03 04:05:06");
  assert.equal(cellText(column("selectbox", "string", { type_config: { options: [{ value: 1, label: "one" }] } }), 1), "one");
  assert.equal(
    cellText(column("link", "string", { type_config: { display_text: "https://(.*)\\.com" } }), "https://example.com"),
    "example",
  );
  assert.equal(cellText(column("text", "string"), null), "");
  assert.equal(columnEditable(column("progress", "float")), false);
  assert.equal(columnEditable(column("text", "string", { disabled: true })), false);
  assert.deepEqual(rowDefaults([{ name: "a", type: "text", kind: "string", config: { default: "x" } }]), { a: "x" });
});

test("keys move the active cell within the grid; Tab wraps and leaves at the end", () => {
  const key = (name, extra = {}) => ({ key: name, shiftKey: false, ctrlKey: false, metaKey: false, ...extra });
  assert.deepEqual(nextPosition({ row: 0, column: 0 }, key("ArrowDown"), 3, 2), { row: 1, column: 0 });
  assert.deepEqual(nextPosition({ row: 0, column: 0 }, key("ArrowUp"), 3, 2), { row: 0, column: 0 });
  assert.deepEqual(nextPosition({ row: 0, column: 1 }, key("Tab"), 3, 2), { row: 1, column: 0 });
  assert.deepEqual(nextPosition({ row: 1, column: 0 }, key("Tab", { shiftKey: true }), 3, 2), { row: 0, column: 1 });
  assert.equal(nextPosition({ row: 2, column: 1 }, key("Tab"), 3, 2), null);
  assert.deepEqual(nextPosition({ row: 1, column: 1 }, key("End", { ctrlKey: true }), 3, 2), { row: 2, column: 1 });
  assert.equal(nextPosition({ row: 0, column: 0 }, key("x"), 3, 2), null);
});

test("the grid is as tall as its rows up to 400 px, and columns fit their text", () => {
  assert.equal(gridHeight("auto", 2, 35), 107);
  assert.equal(gridHeight("auto", 10000, 35), 400);
  assert.equal(gridHeight(250, 10000, 35), 250);
  const widths = columnWidths([column("text", "string", { width: "small" }), column("text", "string")], [["a", "abcdefghij"]]);
  assert.deepEqual(widths, [75, 104]);
});
