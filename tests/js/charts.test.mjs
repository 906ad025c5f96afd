// The chart chunk's pure parts: the spec vega-embed gets (web/charts/vega_spec.js) and the
// rows Vega reads (web/charts/chart_rows.js).

import assert from "node:assert/strict";
import { test } from "node:test";
import { tableRows } from "../../web/charts/chart_rows.js";
import { chartSpec, mergeConfig } from "../../web/charts/vega_spec.js";
import { CATEGORICAL } from "../../web/charts/vega_theme.js";

const OPTIONS = {
  theme: "streamlit",
  alt: undefined,
  useContainerWidth: true,
  useContainerHeight: false,
  width: 600,
  height: 0,
  selectionMode: [],
  rows: { unnamed: null, named: {} },
};

test("the streamlit theme is merged under the chart's own config, arrays replaced", () => {
  const spec = chartSpec(
    JSON.stringify({ mark: "bar", config: { range: { category: ["#000"] }, axis: { grid: false } } }),
    OPTIONS,
  );
  assert.deepEqual(spec.config.range.category, ["#000"]);
  assert.equal(spec.config.axis.grid, false);
  assert.equal(spec.config.axis.labelFontSize, 12);
  assert.deepEqual(spec.config.range.ramp.length, 10);
  assert.equal(spec.config.font, '"Source Sans", sans-serif');
});

test("without the theme, only Streamlit's fonts and colours are added", () => {
  const spec = chartSpec(JSON.stringify({ mark: "bar" }), { ...OPTIONS, theme: undefined });
  assert.equal(spec.config.range, undefined);
  assert.equal(spec.config.axis.labelFont, '"Source Sans", sans-serif');
  assert.deepEqual(spec.config.mark, { tooltip: true });
});

test("a stretched chart takes the container's width; unset sizes of 0 are dropped", () => {
  const spec = chartSpec(JSON.stringify({ mark: "line", width: 0, height: 0 }), OPTIONS);
  assert.equal(spec.width, 600);
  assert.equal(spec.height, undefined);
  assert.deepEqual(spec.padding, { bottom: 20 });
  const fixed = chartSpec(JSON.stringify({ mark: "line", width: 300 }), { ...OPTIONS, useContainerWidth: false });
  assert.equal(fixed.width, 300);
});

test("facets keep their own width; vconcat children get the container's", () => {
  const facet = chartSpec(JSON.stringify({ mark: "point", encoding: { column: { field: "c" } } }), OPTIONS);
  assert.equal(facet.width, undefined);
  const stacked = chartSpec(JSON.stringify({ vconcat: [{ mark: "point" }, { hconcat: [] }] }), OPTIONS);
  assert.deepEqual(
    stacked.vconcat.map((child) => child.width),
    [600, undefined],
  );
});

test("point selections get the chart's encodings when they name none", () => {
  const spec = chartSpec(
    JSON.stringify({
      mark: "point",
      encoding: { x: {}, y: {} },
      params: [
        { name: "pick", select: "point" },
        { name: "box", select: "interval" },
      ],
    }),
    { ...OPTIONS, selectionMode: ["pick"] },
  );
  assert.deepEqual(spec.params[0].select, { type: "point", encodings: ["x", "y"] });
  assert.deepEqual(spec.params[1].select, { type: "interval" });
});

test("theme colour names are resolved in colour values and ranges, in layers too", () => {
  const spec = chartSpec(
    JSON.stringify({
      layer: [
        { mark: "line", encoding: { color: { value: "red" } } },
        { mark: "bar", encoding: { color: { scale: { range: ["blue", "#123456"] } } } },
      ],
    }),
    OPTIONS,
  );
  assert.equal(spec.layer[0].encoding.color.value, "#D94A57");
  assert.deepEqual(spec.layer[1].encoding.color.scale.range, ["#3B82F6", "#123456"]);
  assert.equal(spec.config.mark.color, CATEGORICAL[0]);
});

test("many per-row marks draw to a canvas, unless the chart chose a renderer", () => {
  const rows = { unnamed: null, named: { big: 2500 } };
  const spec = chartSpec(JSON.stringify({ data: { name: "big" }, mark: "point" }), { ...OPTIONS, rows });
  assert.equal(spec.usermeta.embedOptions.renderer, "canvas");
  const chosen = chartSpec(
    JSON.stringify({ data: { name: "big" }, mark: "point", usermeta: { embedOptions: { renderer: "svg" } } }),
    {
      ...OPTIONS,
      rows,
    },
  );
  assert.equal(chosen.usermeta.embedOptions.renderer, "svg");
  const lines = chartSpec(JSON.stringify({ data: { name: "big" }, mark: "line" }), { ...OPTIONS, rows });
  assert.equal(lines.usermeta, undefined);
});

test("embed options a chart may not set are removed", () => {
  const spec = chartSpec(
    JSON.stringify({ mark: "bar", usermeta: { embedOptions: { actions: true, renderer: "svg", loader: {} } } }),
    OPTIONS,
  );
  assert.deepEqual(spec.usermeta.embedOptions, { renderer: "svg" });
});

test("alt text becomes the chart's description; a title is limited to the width", () => {
  const spec = chartSpec(JSON.stringify({ mark: "bar", title: "Sales" }), { ...OPTIONS, alt: "Sales by month" });
  assert.equal(spec.description, "Sales by month");
  assert.deepEqual(spec.title, { text: "Sales", limit: 560 });
});

test("mergeConfig merges objects deeply and lets the override win", () => {
  assert.deepEqual(mergeConfig({ a: { b: 1, c: 2 }, d: [1] }, { a: { b: 3 }, d: [2, 3] }), { a: { b: 3, c: 2 }, d: [2, 3] });
});

test("rows are objects; wall-clock times get the visitor's offset", () => {
  const table = { columns: ["when", "at", "v"], rows: [[0, 0, 1.5]], localTime: ["when"] };
  assert.deepEqual(
    tableRows(table, () => 3600000),
    [{ when: 3600000, at: 0, v: 1.5 }],
  );
});
