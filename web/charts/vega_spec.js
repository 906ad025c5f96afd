// The spec vega-embed gets, prepared from the one Python sent as Streamlit 1.67's page
// prepares it: theme config merged under the chart's own, sizes from the container,
// padding for the x axis, full selection objects, theme colour names, and the renderer
// and accessibility settings that keep large charts fast.

import { defaultConfig, NAMED_COLORS, streamlitConfig } from "./vega_theme.js";

// Vega-Lite crops the x axis without some room below it.
const BOTTOM_PADDING = 20;
// Marks drawn once per row: above this many the chart draws to a canvas instead of SVG.
const CANVAS_ABOVE = 2000;
// Above this many drawn items the chart leaves out per-mark ARIA attributes.
const NO_ARIA_ABOVE = 5000;
const ONE_PER_ROW = new Set(["point", "circle", "square", "rect", "bar", "tick", "rule", "text"]);
const ONE_PER_SERIES = new Set(["line", "area", "trail"]);
const COMPOSITIONS = ["concat", "hconcat", "vconcat"];

/** @param {unknown} value @returns {value is Record<string, any>} */
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * `override` merged into `base`, deeply; arrays and scalars of `override` win.
 * @param {Record<string, any>} base @param {unknown} override @returns {Record<string, any>}
 */
export function mergeConfig(base, override) {
  if (!isObject(override)) return base;
  /** @type {Record<string, any>} */
  const merged = { ...base };
  for (const [key, value] of Object.entries(override)) {
    merged[key] = isObject(value) && isObject(base[key]) ? mergeConfig(base[key], value) : value;
  }
  return merged;
}

/** usermeta.embedOptions reduced to what a chart may choose: theme, renderer, padding. @param {Record<string, any>} spec */
function sanitizeEmbedOptions(spec) {
  const usermeta = spec.usermeta;
  if (!isObject(usermeta) || !("embedOptions" in usermeta)) return;
  const given = isObject(usermeta.embedOptions) ? usermeta.embedOptions : {};
  /** @type {Record<string, any>} */
  const kept = {};
  if (given.theme !== "streamlit" && (typeof given.theme === "string" || given.theme === null)) kept.theme = given.theme;
  if (["svg", "canvas", "hybrid"].includes(given.renderer)) kept.renderer = given.renderer;
  const padding = paddingOption(given.padding);
  if (padding !== undefined) kept.padding = padding;
  if (Object.keys(kept).length > 0) usermeta.embedOptions = kept;
  else delete usermeta.embedOptions;
}

/** @param {unknown} value */
function paddingOption(value) {
  const valid = (/** @type {unknown} */ number) => typeof number === "number" && Number.isFinite(number) && number >= 0;
  if (valid(value)) return value;
  if (!isObject(value)) return undefined;
  const sides = Object.fromEntries(
    ["left", "right", "top", "bottom"].filter((side) => valid(value[side])).map((side) => [side, value[side]]),
  );
  return Object.keys(sides).length > 0 ? sides : undefined;
}

/**
 * How many marks a view draws: once per row (points, bars, ...) and in all.
 * @param {unknown} view @param {number | null} rows @param {boolean} aggregated
 * @param {Record<string, number>} named @returns {{perRow: number, total: number}}
 */
function markCounts(view, rows, aggregated, named) {
  const none = { perRow: 0, total: 0 };
  if (!isObject(view)) return none;
  let count = rows;
  if (view.data !== undefined) count = typeof view.data.name === "string" ? (named[view.data.name] ?? null) : null;
  if (view.transform !== undefined) count = null;
  const encoding = isObject(view.encoding) ? view.encoding : {};
  const aggregates =
    aggregated ||
    Object.values(encoding).some((channel) => [channel].flat().some((item) => isObject(item) && "aggregate" in item));
  if ("mark" in view) {
    const mark = isObject(view.mark) ? view.mark.type : view.mark;
    if (count === null || aggregates || typeof mark !== "string") return none;
    const perRow = ONE_PER_ROW.has(mark);
    return { perRow: perRow ? count : 0, total: perRow || ONE_PER_SERIES.has(mark) ? count : 0 };
  }
  const sum = { ...none };
  const add = (/** @type {{perRow: number, total: number}} */ counts) => {
    sum.perRow += counts.perRow;
    sum.total += counts.total;
  };
  for (const layer of [view.layer ?? []].flat()) add(markCounts(layer, count, aggregates, named));
  for (const child of [...COMPOSITIONS.flatMap((key) => [view[key] ?? []].flat()), view.spec])
    add(markCounts(child, count, false, named));
  return sum;
}

/** Canvas above 2,000 per-row marks, no per-mark ARIA above 5,000 marks, unless the chart chose. */
function largeChartSettings(
  /** @type {Record<string, any>} */ spec,
  /** @type {{unnamed: number | null, named: Record<string, number>}} */ rows,
) {
  const counts = markCounts(spec, rows.unnamed, false, rows.named);
  const usermeta = isObject(spec.usermeta) ? spec.usermeta : {};
  const embedOptions = isObject(usermeta.embedOptions) ? usermeta.embedOptions : {};
  if (counts.perRow > CANVAS_ABOVE && embedOptions.renderer === undefined) {
    spec.usermeta = { ...usermeta, embedOptions: { ...embedOptions, renderer: "canvas" } };
  }
  const config = isObject(spec.config) ? spec.config : {};
  const mark = isObject(config.mark) ? config.mark : {};
  if (counts.total > NO_ARIA_ABOVE && config.aria === undefined && mark.aria === undefined) {
    spec.config = { ...config, mark: { ...mark, aria: false } };
  }
}

/** Point selections without encodings get the chart's encodings (Altair #3285). @param {Record<string, any>} spec */
function prepareSelections(spec) {
  if (!Array.isArray(spec.params) || !("encoding" in spec)) return;
  for (const param of spec.params) {
    if (!isObject(param) || !("select" in param)) continue;
    if (param.select === "interval" || param.select === "point") param.select = { type: param.select };
    const select = param.select;
    if (isObject(select) && select.type === "point" && select.encodings == null && select.fields == null) {
      select.encodings = Object.keys(spec.encoding);
    }
  }
}

/** Theme colour names (`"red"`) in colour values and ranges become the theme's colours. @param {unknown} view */
function resolveNamedColors(view) {
  if (!isObject(view)) return;
  const color = isObject(view.encoding) ? view.encoding.color : undefined;
  const resolve = (/** @type {unknown} */ value) =>
    typeof value === "string" ? (NAMED_COLORS.get(value.toLowerCase()) ?? value) : value;
  if (isObject(color)) {
    if ("value" in color) color.value = resolve(color.value);
    if (isObject(color.scale) && Array.isArray(color.scale.range)) color.scale.range = color.scale.range.map(resolve);
  }
  for (const child of [view.layer ?? [], ...COMPOSITIONS.map((key) => view[key] ?? [])].flat()) resolveNamedColors(child);
  if (("facet" in view || "repeat" in view) && isObject(view.spec)) resolveNamedColors(view.spec);
}

/** A facet chart (facet, or row/column/facet encodings) lays itself out; it is never stretched. @param {Record<string, any>} spec */
export function isFacet(spec) {
  const encoding = isObject(spec.encoding) ? spec.encoding : {};
  return Boolean(spec.facet || encoding.row || encoding.column || encoding.facet);
}

/**
 * @typedef {{
 *   theme: string | undefined,
 *   useContainerWidth: boolean,
 *   useContainerHeight: boolean,
 *   width: number,
 *   height: number,
 *   selectionMode: string[],
 *   alt: string | undefined,
 *   rows: {unnamed: number | null, named: Record<string, number>},
 * }} SpecOptions
 */

/** @param {Record<string, any>} spec @param {number} width */
function fitWidth(spec, width) {
  spec.width = width;
  if (!Array.isArray(spec.vconcat)) return;
  for (const child of spec.vconcat) {
    if (isObject(child) && !["hconcat", "vconcat", "concat", "facet", "repeat"].some((key) => key in child)) child.width = width;
  }
}

/**
 * The spec to embed, from the spec text Python sent.
 * @param {string} text @param {SpecOptions} options @returns {Record<string, any>}
 */
export function chartSpec(text, options) {
  const spec = JSON.parse(text);
  if (options.alt) spec.description = options.alt;
  if (typeof spec.height === "number" && spec.height <= 0) delete spec.height;
  if (typeof spec.width === "number" && spec.width <= 0) delete spec.width;
  const streamlitTheme = options.theme === "streamlit" || spec.usermeta?.embedOptions?.theme === "streamlit";
  spec.config = mergeConfig(streamlitTheme ? streamlitConfig() : defaultConfig(), spec.config);
  sanitizeEmbedOptions(spec);
  largeChartSettings(spec, options.rows);
  if (spec.title) {
    const title = typeof spec.title === "string" ? { text: spec.title } : spec.title;
    title.limit = title.limit ?? Math.max(options.width - 40, 0);
    spec.title = title;
  }
  if (options.useContainerHeight && options.height > 0) spec.height = options.height;
  if (options.useContainerWidth && !isFacet(spec) && options.width > 0) fitWidth(spec, options.width);
  spec.padding ||= {};
  if (isObject(spec.padding) && spec.padding.bottom == null) spec.padding.bottom = BOTTOM_PADDING;
  if (options.selectionMode.length > 0) prepareSelections(spec);
  resolveNamedColors(spec);
  return spec;
}
