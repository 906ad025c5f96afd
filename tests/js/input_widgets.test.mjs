// The pure parts of the input widgets: number formats, segmented date/time editing,
// calendar arithmetic and the file transport helpers.

import { test } from "node:test";
import assert from "node:assert/strict";
import { displayNumber, formatNumber, parseNumber, rangeError, stepNumber } from "../../web/widgets/number_format.js";
import { dateLayout, segmentText, stepSegment, stepTime, typeDigit, timeOrder } from "../../web/widgets/segments.js";
import { addMonths, isIsoDate, longDateName, monthGrid, pickRangeDay } from "../../web/widgets/date_values.js";
import {
  base64ToBytes,
  bytesToBase64,
  fileMatchesTypes,
  formatFileSize,
  uploadInstructions,
  uploadProblem,
} from "../../web/widgets/file_transport.js";

test("number formats print as Python's % operator does", () => {
  assert.equal(formatNumber("%0.2f", 2), "2.00");
  assert.equal(formatNumber("%d", 3.7), "3");
  assert.equal(formatNumber("%.1e", 12345), "1.2e+04");
  assert.equal(formatNumber("%g", 1e-5), "1e-05");
  assert.equal(formatNumber("%g", 100), "100");
  assert.equal(formatNumber("%05.1f", 1.23456), "001.2");
  assert.equal(formatNumber("$%.2f", 3), "$3.00");
  assert.equal(displayNumber(null, "%d"), "");
});

test("typed numbers parse by the widget's type, and steps add without float noise", () => {
  assert.equal(parseNumber(" 12.7 ", "int"), 12);
  assert.equal(parseNumber("", "float"), null);
  assert.ok(Number.isNaN(parseNumber("abc", "float")));
  assert.equal(stepNumber(0.1, 0.2, 1), 0.3);
  assert.equal(stepNumber(1, 0.01, -1), 0.99);
  assert.equal(stepNumber(5, 2, 1), 7);
});

test("out-of-range numbers get Streamlit's message for the bounds the script set", () => {
  const both = { min: 0, max: 10, hasMin: true, hasMax: true, format: "%d" };
  assert.equal(rangeError(11, both), "Number is outside the allowed range. Please enter a value between 0 and 10.");
  assert.equal(rangeError(5, both), null);
  const onlyMin = { min: 1.5, max: 1e308, hasMin: true, hasMax: false, format: "%0.2f" };
  assert.equal(rangeError(1, onlyMin), "Number is below the allowed range. Please enter a value greater than or equal to 1.50.");
});

test("date formats give the segment order and separator", () => {
  assert.deepEqual(dateLayout("DD.MM.YYYY"), { order: ["day", "month", "year"], separator: "." });
  assert.deepEqual(dateLayout("YYYY/MM/DD"), { order: ["year", "month", "day"], separator: "/" });
  assert.deepEqual(timeOrder(true, true), ["hour", "minute", "second", "dayPeriod"]);
});

test("arrow keys wrap segments and keep the day inside its month", () => {
  const parts = { year: 2024, month: 1, day: 31 };
  assert.deepEqual(stepSegment(parts, "month", 1, {}), { year: 2024, month: 2, day: 29 });
  assert.deepEqual(stepSegment({ hour: 23, minute: 0 }, "hour", 1, {}), { hour: 0, minute: 0 });
  assert.deepEqual(stepSegment({ hour: 9 }, "dayPeriod", 1, {}), { hour: 21 });
  assert.equal(segmentText("hour", { hour: 0 }, true), "12");
  assert.equal(segmentText("month", {}, false), "mm");
});

test("typed digits fill a segment and move on when no further digit fits", () => {
  let state = typeDigit({ month: 5 }, "month", "", "1");
  assert.deepEqual(state, { parts: { month: 1 }, buffer: "1", advance: false });
  state = typeDigit(state.parts, "month", state.buffer, "2");
  assert.deepEqual(state, { parts: { month: 12 }, buffer: "", advance: true });
  assert.equal(typeDigit({}, "month", "", "4").advance, true);
  assert.deepEqual(typeDigit({ hour: 15 }, "hour", "", "3", true).parts, { hour: 15 });
});

test("time arrows snap to whole steps as Streamlit's do", () => {
  assert.deepEqual(stepTime({ hour: 8, minute: 7 }, "minute", 1, 900), { hour: 8, minute: 15, second: 0 });
  assert.deepEqual(stepTime({ hour: 23, minute: 45 }, "minute", 1, 900), { hour: 0, minute: 0, second: 0 });
  assert.deepEqual(stepTime({ hour: 8, minute: 0, second: 0 }, "second", 1, 30), { hour: 8, minute: 0, second: 30 });
  assert.equal(stepTime({ hour: 8, minute: 0 }, "minute", 1, 60), null);
});

test("calendar arithmetic", () => {
  assert.equal(addMonths("2024-01-31", 1), "2024-02-29");
  assert.ok(isIsoDate("2024-02-29"));
  assert.ok(!isIsoDate("2023-02-29"));
  const grid = monthGrid("2024-01");
  assert.equal(grid[0][0], "2023-12-31");
  assert.ok(grid.every((week) => week.length === 7));
  assert.equal(grid[grid.length - 1][6], "2024-02-03");
  assert.equal(longDateName("2024-01-01"), "Monday, January 1, 2024");
  assert.deepEqual(pickRangeDay(["2024-01-09"], "2024-01-03"), { pending: ["2024-01-03", "2024-01-09"], done: true });
});

test("file transport: base64 both ways, sizes and type filters in Streamlit's words", () => {
  const bytes = new Uint8Array(70000).map((_, index) => index % 251);
  assert.deepEqual(base64ToBytes(bytesToBase64(bytes)), bytes);
  assert.equal(formatFileSize(8), "8.0B");
  assert.equal(formatFileSize(1500), "1.5KB");
  assert.equal(uploadInstructions(200, [".csv", ".txt"]), "200MB per file • CSV, TXT");
  assert.ok(fileMatchesTypes({ name: "A.CSV", type: "" }, [".csv"]));
  assert.ok(fileMatchesTypes({ name: "x.png", type: "image/png" }, ["image/*"]));
  assert.equal(uploadProblem({ name: "a.bin", type: "", size: 3e6 }, [], 2), "File must be 2.0MB or smaller.");
  assert.equal(
    uploadProblem({ name: "a.exe", type: "application/x-msdownload", size: 1 }, [".csv"], 2),
    "application/x-msdownload files are not allowed.",
  );
});
