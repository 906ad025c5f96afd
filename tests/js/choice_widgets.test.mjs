// The pure parts of the choice widgets: option filtering and dropdown rows, slider value
// formatting, colour conversions.

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  filterOptions,
  insertedText,
  multiselectEmptyText,
  multiselectItems,
  offersSelectAll,
  resolvePlaceholder,
  selectboxItems,
  selectionAfterChoosing,
} from "../../web/widgets/option_list.js";
import { formatMicros, formatNumber, sliderValueText, sprintf } from "../../web/widgets/formatting.js";
import { hexToHsv, hsvToHex, normalizeHex } from "../../web/widgets/color.js";

const texts = (/** @type {{text: string}[]} */ rows) => rows.map((row) => row.text);

test("filter modes: fuzzy ranks prefix, then substring, then letters in order", () => {
  const options = ["Pigeon", "Phone", "Email", "Graphite"];
  assert.deepEqual(texts(filterOptions(options, "ph", "fuzzy")), ["Phone", "Graphite"]);
  assert.deepEqual(texts(filterOptions(options, "pgn", "fuzzy")), ["Pigeon"]);
  assert.deepEqual(texts(filterOptions(options, "ph", "prefix")), ["Phone"]);
  assert.deepEqual(texts(filterOptions(options, "ai", "contains")), ["Email"]);
  assert.deepEqual(texts(filterOptions(options, "zz", null)), options);
});

test("placeholders follow Streamlit's wording and disable an empty widget", () => {
  assert.deepEqual(resolvePlaceholder("", ["a"], false, false), { text: "Choose an option", disable: false });
  assert.deepEqual(resolvePlaceholder("", ["a"], true, true), { text: "Choose or add options", disable: false });
  assert.deepEqual(resolvePlaceholder("", [], false, false), { text: "No options to select", disable: true });
  assert.deepEqual(resolvePlaceholder("", [], true, false), { text: "Add an option", disable: false });
  assert.deepEqual(resolvePlaceholder("Pick", [], false, true), { text: "Pick", disable: false });
});

test("selectbox rows offer 'Add: …' for new text first", () => {
  const props = { options: ["Email", "Phone"], filterMode: "fuzzy", acceptNewOptions: true };
  assert.deepEqual(texts(selectboxItems(props, "Fax")), ["Add: Fax"]);
  assert.deepEqual(texts(selectboxItems(props, "Phone")), ["Phone"]);
  assert.deepEqual(texts(selectboxItems({ ...props, acceptNewOptions: false }, null)), ["Email", "Phone"]);
});

test("typing into a field that shows the choice searches for the typed text only", () => {
  assert.equal(insertedText("Email", "Emailp"), "p");
  assert.equal(insertedText("Email", "pEmail"), "p");
  assert.equal(insertedText("Email", "Emai"), null); // a deletion edits the shown text instead
  assert.equal(insertedText("Email", "Exmail"), "x");
  assert.equal(insertedText("Email", "Phone"), null);
});

test("multiselect rows leave out chosen options and offer Select all", () => {
  const props = { options: ["a", "b", "c", "d"], filterMode: "fuzzy", selectAll: 1000, maxSelections: 0 };
  assert.deepEqual(texts(multiselectItems(props, ["b"], null)), ["Select all", "a", "c", "d"]);
  assert.deepEqual(texts(multiselectItems(props, ["b"], "a")), ["a"]);
  assert.deepEqual(texts(multiselectItems({ ...props, options: ["ab", "ac"] }, [], "a")), ["Select 2 matches", "ab", "ac"]);
  assert.deepEqual(texts(multiselectItems({ ...props, selectAll: 0 }, [], null)), ["a", "b", "c", "d"]);
  assert.equal(offersSelectAll(1, -1), false);
  assert.equal(offersSelectAll(5, 4), false);
  assert.equal(offersSelectAll(5, -1), true);
});

test("multiselect max_selections: no rows, Streamlit's message, and bulk picks capped", () => {
  const props = { options: ["a", "b", "c"], maxSelections: 2, selectAll: 1000 };
  assert.deepEqual(multiselectItems(props, ["a", "b"], null), []);
  assert.equal(multiselectEmptyText(props, 2), "You can only select up to 2 options. Remove an option first.");
  assert.equal(
    multiselectEmptyText({ ...props, maxSelections: 1 }, 1),
    "You can only select up to 1 option. Remove an option first.",
  );
  assert.equal(multiselectEmptyText(props, 0), "No results");
  const rows = multiselectItems(props, ["a"], null);
  assert.deepEqual(selectionAfterChoosing(rows[0], rows, ["a"], 2), ["a", "b"]);
  const creatable = multiselectItems({ ...props, acceptNewOptions: true }, [], "zz");
  assert.deepEqual(selectionAfterChoosing(creatable[creatable.length - 1], creatable, [], 0), ["zz"]);
});

test("sprintf prints like sprintf-js", () => {
  assert.equal(sprintf("%d", 25.7), "25");
  assert.equal(sprintf("%0.2f", 0.5), "0.50");
  assert.equal(sprintf("%.1f%%", 12.34), "12.3%");
  assert.equal(sprintf("$%d", 7), "$7");
  assert.equal(sprintf("%+d", 7), "+7");
  assert.equal(sprintf("%05d", -42), "-0042");
  assert.equal(sprintf("%f", 1.5), "1.5");
  assert.equal(sprintf("%e", 1234.5), "1.2345e+3");
  assert.equal(sprintf("%x", 255), "ff");
  assert.equal(sprintf("%s", 3), "3");
  assert.equal(sprintf("%i items", 3), "3 items");
});

test("named number formats", () => {
  assert.equal(formatNumber(1234.5, "plain"), "1234.5");
  assert.equal(formatNumber(-12, "accounting"), "(12.00)");
  assert.equal(formatNumber(Number.NaN, "%d"), "");
});

test("dates and times print with moment.js tokens from UTC wall-clock microseconds", () => {
  const micros = Date.UTC(2024, 0, 15, 8, 5, 9) * 1000;
  assert.equal(formatMicros(micros, "YYYY-MM-DD", "date"), "2024-01-15");
  assert.equal(formatMicros(micros, "MMM D, YYYY", "date"), "Jan 15, 2024");
  assert.equal(formatMicros(micros, "HH:mm", "time"), "08:05");
  assert.equal(formatMicros(micros, "h:mm A [on] dddd Do", "datetime"), "8:05 AM on Monday 15th");
  assert.equal(formatMicros(micros, "iso8601", "date"), "2024-01-15");
  assert.equal(sliderValueText(micros, { dataType: "date", format: "DD/MM/YY" }, null), "15/01/24");
  assert.equal(sliderValueText(2, { dataType: "int", format: "%d" }, ["S", "M", "L"]), "L");
});

test("colours: hex normalisation and HSV round trips", () => {
  assert.equal(normalizeHex("#ABC"), "#aabbcc");
  assert.equal(normalizeHex("00f900"), "#00f900");
  assert.equal(normalizeHex("#abcd"), null);
  for (const hex of ["#00f900", "#123456", "#ffffff", "#000000", "#ff4b4b"]) {
    assert.equal(hsvToHex(hexToHsv(hex)), hex);
  }
  assert.deepEqual(hexToHsv("#ff0000"), { h: 0, s: 1, v: 1 });
  assert.equal(hsvToHex({ h: 120, s: 1, v: 1 }), "#00ff00");
});
