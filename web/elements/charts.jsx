// Charts. Each chart library is a chunk loaded when a page first shows such a chart
// (web/charts/): pages without charts download none of it. The components render an empty,
// sized container (the same in the build's pre-render and in the browser) and the library
// draws into it after mounting.

import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import "../styles/charts.css";

/** @typedef {import("../generated/elements").VegaLiteChartProps} VegaLiteChartProps */
/** @typedef {{dataKey: string, resize: (width: number, height: number) => Promise<void>, finalize: () => void, sync: () => void}} VegaChartHandle */

/** Streamlit's layout of a chart container: stretch, content or pixels. @param {unknown} width @param {unknown} height */
export function chartBoxStyle(width, height) {
  /** @type {Record<string, string>} */
  const style = {};
  if (typeof width === "number") style.width = `${width}px`;
  else if (width === "stretch") style.width = "100%";
  if (typeof height === "number") style.height = `${height}px`;
  else if (height === "stretch") style.height = "100%";
  return style;
}

/** The container's inner size. @param {HTMLElement} element */
function innerSize(element) {
  return { width: Math.floor(element.clientWidth), height: Math.floor(element.clientHeight) };
}

/** @param {VegaLiteChartProps} props */
function vegaLayout(props) {
  return {
    useContainerWidth: props.width === "stretch" || props.useContainerWidth === true,
    useContainerHeight: typeof props.height === "number" || props.height === "stretch",
  };
}

/**
 * Mount a chart from a lazily loaded library into `ref`, keep it sized to the container,
 * and dispose of it when `key` changes or the element leaves the page.
 * @template {{resize: (width: number, height: number) => Promise<void>, finalize: () => void}} Chart
 * @param {{current: HTMLElement | null}} ref @param {string} key
 * @param {(container: HTMLElement, size: {width: number, height: number}) => Promise<Chart>} create
 * @param {{current: Chart | null}} chartRef
 */
function useLazyChart(ref, key, create, chartRef) {
  useEffect(() => {
    const container = ref.current;
    if (!container) return undefined;
    let disposed = false;
    /** @type {ResizeObserver | null} */
    let observer = null;
    create(container, innerSize(container)).then(
      (chart) => {
        if (disposed) return chart.finalize();
        chartRef.current = chart;
        observer = new ResizeObserver(() => {
          const size = innerSize(container);
          chart.resize(size.width, size.height);
        });
        observer.observe(container);
        return undefined;
      },
      (error) => console.error("wasmlit: the chart could not be drawn:", error),
    );
    return () => {
      disposed = true;
      observer?.disconnect();
      chartRef.current?.finalize();
      chartRef.current = null;
    };
  }, [key]);
}

/** What the chart's tables are: a change redraws the data, not the chart. @param {VegaLiteChartProps} props */
function dataKeyOf(props) {
  return JSON.stringify([props.data ?? null, (props.datasets ?? []).map((dataset) => dataset.name)]);
}

/** st.vega_lite_chart, st.altair_chart and the built-in charts. @param {{id: string, props: VegaLiteChartProps}} p */
function VegaLiteChart({ props }) {
  /** @type {{current: HTMLDivElement | null}} */
  const ref = useRef(null);
  /** @type {{current: VegaChartHandle | null}} */
  const chartRef = useRef(null);
  const layout = vegaLayout(props);
  const viewKey = JSON.stringify([
    props.spec,
    props.theme,
    props.width,
    props.height,
    props.useContainerWidth,
    props.selectionMode,
    props.alt,
  ]);
  const dataKey = useMemo(() => dataKeyOf(props), [props]);
  const latest = useRef(props);
  latest.current = props;

  useLazyChart(
    ref,
    viewKey,
    async (container, size) => {
      const { VegaChart } = await import("../charts/vega_view.js");
      const report = (/** @type {string} */ parameter, /** @type {unknown} */ value) =>
        container.dispatchEvent(new CustomEvent("wl-chart-select", { bubbles: true, detail: { parameter, value } }));
      const drawnProps = latest.current;
      const chart = await VegaChart.create(
        container,
        drawnProps,
        { ...layout, width: layout.useContainerWidth ? size.width : 0, height: layout.useContainerHeight ? size.height : 0 },
        report,
      );
      const handle = {
        dataKey: dataKeyOf(drawnProps),
        resize: (/** @type {number} */ width, /** @type {number} */ height) =>
          chart.resize(layout.useContainerWidth ? width : 0, layout.useContainerHeight ? height : 0),
        finalize: () => chart.finalize(),
        /** Draw the latest tables if they are not the ones drawn. */
        sync() {
          const key = dataKeyOf(latest.current);
          if (key === handle.dataKey) return;
          handle.dataKey = key;
          chart.updateData(latest.current);
        },
      };
      handle.sync();
      return handle;
    },
    chartRef,
  );
  useEffect(() => chartRef.current?.sync(), [dataKey]);

  const classes = `stVegaLiteChart${layout.useContainerWidth ? " wl-chart-stretch" : ""}`;
  return (
    <div
      class={classes}
      data-testid="stVegaLiteChart"
      ref={ref}
      style={chartBoxStyle(props.width, props.height)}
      role={props.alt ? "img" : undefined}
      aria-label={props.alt}
    />
  );
}

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

/** st.graphviz_chart: the SVG Graphviz lays out, sanitised, sized like Streamlit's. @param {{id: string, props: import("../generated/elements").GraphvizChartProps}} p */
function GraphvizChart({ props }) {
  const [svg, setSvg] = useState(/** @type {string | null} */ (null));
  useEffect(() => {
    let current = true;
    import("../charts/graphviz_view.js")
      .then(({ graphSvg }) => graphSvg(props.dot, props.engine))
      .then(
        (markup) => current && setSvg(markup),
        (error) => console.error("wasmlit: st.graphviz_chart could not be drawn:", error),
      );
    return () => {
      current = false;
    };
  }, [props.dot, props.engine]);
  const classes = `stGraphVizChart graphviz${props.width === "stretch" ? " wl-chart-stretch" : ""}${typeof props.height === "number" ? " wl-chart-fixed-height" : ""}`;
  return (
    <div
      class={classes}
      data-testid="stGraphVizChart"
      style={chartBoxStyle(props.width, props.height)}
      role={props.alt ? "img" : undefined}
      aria-label={props.alt}
      // The SVG went through DOMPurify (web/charts/graphviz_view.js).
      dangerouslySetInnerHTML={{ __html: svg ?? "" }}
    />
  );
}

/** st.plotly_chart, drawn by plotly.js. @param {{id: string, props: import("../generated/elements").PlotlyChartProps}} p */
function PlotlyChart({ props }) {
  /** @type {{current: HTMLDivElement | null}} */
  const ref = useRef(null);
  const chartRef = useRef(null);
  const key = JSON.stringify([props.spec, props.config, props.theme, props.width, props.height]);
  useLazyChart(
    ref,
    key,
    async (container, size) => {
      const { drawPlotly } = await import("../charts/plotly_view.js");
      return drawPlotly(container, props, size);
    },
    chartRef,
  );
  return (
    <div
      class="stPlotlyChart"
      data-testid="stPlotlyChart"
      ref={ref}
      style={chartBoxStyle(props.width, props.height)}
      role={props.alt ? "img" : undefined}
      aria-label={props.alt}
    />
  );
}

/** st.map: points on CARTO's light basemap, drawn by Leaflet. @param {{id: string, props: import("../generated/elements").MapProps}} p */
function MapChart({ props }) {
  /** @type {{current: HTMLDivElement | null}} */
  const ref = useRef(null);
  const chartRef = useRef(null);
  useLazyChart(
    ref,
    JSON.stringify([props.spec, props.width, props.height]),
    async (container) => {
      const { drawMap } = await import("../charts/map_view.js");
      return drawMap(container, props.spec);
    },
    chartRef,
  );
  return (
    <div
      class="stDeckGlJsonChart"
      data-testid="stDeckGlJsonChart"
      ref={ref}
      style={chartBoxStyle(props.width, props.height)}
      role="img"
      aria-label={props.alt ?? "Map"}
    />
  );
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const chartsElements = {
  vega_lite_chart: { component: VegaLiteChart, events: { "wl-chart-select": reportSelection } },
  graphviz_chart: { component: GraphvizChart },
  plotly_chart: { component: PlotlyChart },
  map: { component: MapChart },
};
