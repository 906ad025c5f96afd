// vega-embed, loaded on first use (the chart chunk): embeds one chart, keeps its data up
// to date, follows its container's size, and reports its selections.
//
// As in Streamlit's page: expressions run through vega-interpreter (no eval, so a strict
// Content-Security-Policy holds), vega-embed injects no styles and shows no action menu,
// and the tooltip is styled by web/styles/charts.css.

import embed from "vega-embed";
import { expressionInterpreter } from "vega-interpreter";
import { addChartStyles } from "./chart_styles.js";
import { tableRows } from "./chart_rows.js";
import { chartSpec } from "./vega_spec.js";

/** @typedef {import("./chart_rows.js").ChartTable} ChartTable */
/** @typedef {import("../generated/elements").VegaLiteChartProps} ChartProps */
/** @typedef {(parameter: string, value: unknown) => void} SelectionReporter */

// Selections are reported this long after the last change (a drag reports once, at its end).
const SELECTION_DEBOUNCE_MS = 150;
// vega-embed's name for a spec's unnamed data.
const DEFAULT_DATA_NAME = "source";

/** @param {ChartProps} props */
function rowCounts(props) {
  return {
    unnamed: props.data ? props.data.rows.length : null,
    named: Object.fromEntries((props.datasets ?? []).map((dataset) => [dataset.name, dataset.data.rows.length])),
  };
}

/** What the page holds as a selection: Vega-Lite's point list, or the signal's value. @param {any} value */
function selectionValue(value) {
  if (value && typeof value === "object" && value.vlPoint && typeof value.vlPoint === "object" && "or" in value.vlPoint) {
    return value.vlPoint.or;
  }
  return value || {};
}

/**
 * Reports selection changes after a pause, and while a pointer is down on the chart, once it is released.
 * @param {HTMLElement} container @param {SelectionReporter} report
 */
function selectionScheduler(container, report) {
  /** @type {Map<string, unknown>} */
  const pending = new Map();
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  let pressed = false;
  const flush = () => {
    clearTimeout(timer);
    if (pressed) return;
    for (const [parameter, value] of pending) report(parameter, value);
    pending.clear();
  };
  const press = (/** @type {PointerEvent} */ event) => {
    if (event.button === 0) pressed = true;
  };
  const release = () => {
    if (!pressed) return;
    pressed = false;
    flush();
  };
  container.addEventListener("pointerdown", press, { capture: true, passive: true });
  window.addEventListener("pointerup", release);
  window.addEventListener("pointercancel", release);
  return {
    /** @param {string} parameter @param {unknown} value */
    change(parameter, value) {
      pending.set(parameter, selectionValue(value));
      clearTimeout(timer);
      timer = setTimeout(flush, SELECTION_DEBOUNCE_MS);
    },
    dispose() {
      clearTimeout(timer);
      container.removeEventListener("pointerdown", press, { capture: true });
      window.removeEventListener("pointerup", release);
      window.removeEventListener("pointercancel", release);
    },
  };
}

export class VegaChart {
  /**
   * @param {HTMLElement} container @param {ChartProps} props
   * @param {{width: number, height: number, useContainerWidth: boolean, useContainerHeight: boolean}} layout
   * @param {SelectionReporter} onSelection
   */
  static async create(container, props, layout, onSelection) {
    addChartStyles();
    const spec = chartSpec(props.spec, {
      theme: props.theme,
      alt: props.alt,
      selectionMode: props.selectionMode ?? [],
      rows: rowCounts(props),
      ...layout,
    });
    const named = Object.fromEntries((props.datasets ?? []).map((dataset) => [dataset.name, tableRows(dataset.data)]));
    if (Object.keys(named).length > 0) spec.datasets = { ...spec.datasets, ...named };
    const result = await embed(container, /** @type {any} */ (spec), {
      ast: true,
      expr: expressionInterpreter,
      tooltip: { disableDefaultStyle: true },
      defaultStyle: false,
      actions: false,
    });
    const names = Object.keys(named);
    const dataName = names.length === 1 ? names[0] : DEFAULT_DATA_NAME;
    const chart = new VegaChart(result, container, dataName, layout);
    if (props.data) result.view.insert(dataName, tableRows(props.data));
    chart.listen(props.selectionMode ?? [], onSelection);
    await result.view.runAsync();
    await result.view.resize().runAsync();
    return chart;
  }

  /**
   * @param {import("vega-embed").Result} result @param {HTMLElement} container @param {string} dataName
   * @param {{width: number, height: number}} layout
   */
  constructor(result, container, dataName, layout) {
    this.result = result;
    this.container = container;
    this.dataName = dataName;
    this.size = { width: layout.width, height: layout.height };
    /** @type {{dispose: () => void} | null} */
    this.selections = null;
  }

  /** @param {string[]} parameters @param {SelectionReporter} onSelection */
  listen(parameters, onSelection) {
    if (parameters.length === 0) return;
    const scheduler = selectionScheduler(this.container, onSelection);
    for (const parameter of parameters)
      this.result.view.addSignalListener(parameter, (name, value) => scheduler.change(name, value));
    this.selections = scheduler;
  }

  /** New data for the same spec: replace the tables in place (no flicker). @param {ChartProps} props */
  async updateData(props) {
    const view = this.result.view;
    for (const dataset of props.datasets ?? []) view.data(dataset.name, tableRows(dataset.data));
    if (props.data) view.data(this.dataName, tableRows(props.data));
    await view.resize().runAsync();
  }

  /** The container's new size, for the dimensions the chart takes from it. @param {number} width @param {number} height */
  async resize(width, height) {
    if (width === this.size.width && height === this.size.height) return;
    this.size = { width, height };
    const view = this.result.view;
    if (width > 0) view.width(width);
    if (height > 0) view.height(height);
    await view.resize().runAsync();
  }

  finalize() {
    this.selections?.dispose();
    this.result.finalize();
  }
}

/** What the chart's tables are: a change redraws the data, not the chart. @param {ChartProps} props */
function dataKeyOf(props) {
  return JSON.stringify([props.data ?? null, (props.datasets ?? []).map((dataset) => dataset.name)]);
}

/**
 * Embed the chart for the element's props and keep it current: `sync()` redraws its
 * tables when they changed (without re-embedding); sizes come from the container.
 * @param {HTMLElement} container @param {() => ChartProps} latestProps
 * @param {{width: number, height: number}} size @param {SelectionReporter} onSelection
 */
export async function mountVegaChart(container, latestProps, size, onSelection) {
  const drawn = latestProps();
  const useWidth = drawn.width === "stretch" || drawn.useContainerWidth === true;
  const useHeight = typeof drawn.height === "number" || drawn.height === "stretch";
  const chart = await VegaChart.create(
    container,
    drawn,
    {
      useContainerWidth: useWidth,
      useContainerHeight: useHeight,
      width: useWidth ? size.width : 0,
      height: useHeight ? size.height : 0,
    },
    onSelection,
  );
  let dataKey = dataKeyOf(drawn);
  const handle = {
    resize: (/** @type {number} */ width, /** @type {number} */ height) =>
      chart.resize(useWidth ? width : 0, useHeight ? height : 0),
    finalize: () => chart.finalize(),
    sync() {
      const props = latestProps();
      const key = dataKeyOf(props);
      if (key === dataKey) return;
      dataKey = key;
      chart.updateData(props);
    },
  };
  handle.sync();
  return handle;
}
