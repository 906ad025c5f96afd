// Charts. Each chart library is a chunk loaded when a page first shows such a chart
// (web/charts/): pages without charts download none of it, and this module stays small.
// A chart component renders an empty, sized container (the same in the build's pre-render
// and in the browser); the library draws into it after mounting and follows its size.

import { useEffect, useRef } from "preact/hooks";

/** @typedef {{resize: (width: number, height: number) => Promise<void>, finalize: () => void, sync?: () => void}} ChartHandle */
/** @typedef {{width: number, height: number}} Size */

/** Streamlit's layout of a chart container: stretch, content or pixels. @param {unknown} width @param {unknown} height */
export function chartBoxStyle(width, height) {
  /** @type {Record<string, string>} */
  const style = { maxWidth: "100%" };
  if (typeof width === "number") style.width = `${width}px`;
  else if (width === "stretch") Object.assign(style, { width: "100%", display: "block" });
  if (typeof height === "number") style.height = `${height}px`;
  else if (height === "stretch") style.height = "100%";
  return style;
}

/** The container's inner size. @param {HTMLElement} element @returns {Size} */
function innerSize(element) {
  return { width: Math.floor(element.clientWidth), height: Math.floor(element.clientHeight) };
}

/**
 * Mount a chart into `ref` while `key` stays the same, keep it sized to its container, and
 * dispose of it when `key` changes or the element leaves the page.
 * @param {{current: HTMLElement | null}} ref @param {string} key
 * @param {(container: HTMLElement, size: Size) => Promise<ChartHandle>} mount
 */
function useMountedChart(ref, key, mount) {
  /** @type {{current: ChartHandle | null}} */
  const chartRef = useRef(null);
  useEffect(() => {
    const container = /** @type {HTMLElement} */ (ref.current);
    let disposed = false;
    const observer = new ResizeObserver(() => {
      const size = innerSize(container);
      chartRef.current?.resize(size.width, size.height);
    });
    mount(container, innerSize(container)).then(
      (chart) => {
        if (disposed) return chart.finalize();
        chartRef.current = chart;
        observer.observe(container);
        return undefined;
      },
      (error) => console.error("wasmlit: the chart could not be drawn:", error),
    );
    return () => {
      disposed = true;
      observer.disconnect();
      chartRef.current?.finalize();
      chartRef.current = null;
    };
  }, [key]);
  return chartRef;
}

/**
 * A chart element type: `redrawKey` names the props whose change redraws the chart (a
 * change of others only calls the chart's `sync`); `mount` loads the library's chunk.
 * @template P
 * @param {string} testId
 * @param {(props: P) => unknown[]} redrawKey
 * @param {(container: HTMLElement, latest: () => P, size: Size) => Promise<ChartHandle>} mount
 * @returns {(p: {id: string, props: P}) => import("preact").JSX.Element}
 */
function chartComponent(testId, redrawKey, mount) {
  return function Chart({ props }) {
    /** @type {{current: HTMLDivElement | null}} */
    const ref = useRef(null);
    const latest = useRef(props);
    latest.current = props;
    const chartRef = useMountedChart(ref, JSON.stringify(redrawKey(props)), (container, size) =>
      mount(container, () => latest.current, size),
    );
    useEffect(() => chartRef.current?.sync?.(), [props]);
    const { width, height, alt, useContainerWidth } = /** @type {any} */ (props);
    return (
      <div
        class={testId}
        data-testid={testId}
        ref={ref}
        style={chartBoxStyle(useContainerWidth ? "stretch" : width, height)}
        role={alt ? "img" : undefined}
        aria-label={alt}
      />
    );
  };
}

/** @typedef {import("../generated/elements").VegaLiteChartProps} VegaLiteChartProps */
/** @typedef {import("../generated/elements").GraphvizChartProps} GraphvizChartProps */
/** @typedef {import("../generated/elements").PlotlyChartProps} PlotlyChartProps */
/** @typedef {import("../generated/elements").MapProps} MapProps */

/** st.vega_lite_chart, st.altair_chart and the built-in charts: vega-embed. */
const VegaLiteChart = chartComponent(
  "stVegaLiteChart",
  (/** @type {VegaLiteChartProps} */ props) => [
    props.spec,
    props.theme,
    props.width,
    props.height,
    props.useContainerWidth,
    props.selectionMode,
  ],
  async (container, latest, size) => {
    const { mountVegaChart } = await import("../charts/vega_view.js");
    const report = (/** @type {string} */ parameter, /** @type {unknown} */ value) =>
      container.dispatchEvent(new CustomEvent("wl-chart-select", { bubbles: true, detail: { parameter, value } }));
    return mountVegaChart(container, latest, size, report);
  },
);

/** st.graphviz_chart: Graphviz in WebAssembly. */
const GraphvizChart = chartComponent(
  "stGraphVizChart",
  (/** @type {GraphvizChartProps} */ props) => [props.dot, props.engine, props.width, props.height],
  async (container, latest) => (await import("../charts/graphviz_view.js")).drawGraph(container, latest()),
);

/** st.plotly_chart: plotly.js. */
const PlotlyChart = chartComponent(
  "stPlotlyChart",
  (/** @type {PlotlyChartProps} */ props) => [props.spec, props.config, props.theme, props.width, props.height],
  async (container, latest, size) => (await import("../charts/plotly_view.js")).drawPlotly(container, latest(), size),
);

/** st.map: Leaflet on CARTO's light basemap. */
const MapChart = chartComponent(
  "stDeckGlJsonChart",
  (/** @type {MapProps} */ props) => [props.spec, props.width, props.height],
  async (container, latest) => (await import("../charts/map_view.js")).drawMap(container, latest().spec),
);

/**
 * A selection reported by the chart: merged into the widget's state, sent if it changed.
 * @param {Event} event @param {string} id @param {import("../session.js").SessionClient} session
 */
function reportSelection(event, id, session) {
  const { parameter, value } = /** @type {CustomEvent} */ (event).detail;
  const text = session.store.widgetValue(id);
  const current = typeof text === "string" && text ? JSON.parse(text) : {};
  const next = { selection: { ...(current.selection ?? {}), [parameter]: value } };
  if (JSON.stringify(next) !== JSON.stringify(current)) session.setValue(id, JSON.stringify(next));
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const chartsElements = {
  vega_lite_chart: { component: VegaLiteChart, events: { "wl-chart-select": reportSelection } },
  graphviz_chart: { component: GraphvizChart },
  plotly_chart: { component: PlotlyChart },
  map: { component: MapChart },
};
