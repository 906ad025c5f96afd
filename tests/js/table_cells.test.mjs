// Cell text and click-to-sort order of st.table / st.dataframe (web/elements/table_cells.js).

import { test } from "node:test";
import assert from "node:assert/strict";
import { cellText, sortedRowOrder } from "../../web/elements/table_cells.js";

test("cells read as Streamlit shows them", () => {
  assert.equal(cellText(1.5, "float"), "1.5000");
  assert.equal(cellText(3, "int"), "3");
  assert.equal(cellText(true, "bool"), "True");
  assert.equal(cellText(null, "text"), "None");
  assert.equal(cellText("x", "text"), "x");
});

test("sorting: numbers by value, text by locale, missing values last, stable", () => {
  const rows = [
    [10, "b"],
    [2, null],
    [33, "a"],
    [2, "c"],
  ];
  const kinds = ["int", "text"];
  assert.deepEqual(sortedRowOrder(rows, kinds, null), [0, 1, 2, 3]);
  assert.deepEqual(sortedRowOrder(rows, kinds, { column: 0, ascending: true }), [1, 3, 0, 2]);
  assert.deepEqual(sortedRowOrder(rows, kinds, { column: 0, ascending: false }), [2, 0, 1, 3]);
  assert.deepEqual(sortedRowOrder(rows, kinds, { column: 1, ascending: true }), [2, 0, 3, 1]);
  assert.deepEqual(sortedRowOrder(rows, kinds, { column: 1, ascending: false }), [3, 0, 2, 1]);
});
