// st.graphviz_chart, loaded on first use: Graphviz compiled to WebAssembly (@viz-js/viz)
// lays the DOT source out as SVG. The SVG goes through DOMPurify before it enters the
// page: a DOT file may carry links and labels, and nothing from a script is raw markup.

import DOMPurify from "dompurify";
import { instance } from "@viz-js/viz";
import { addChartStyles } from "./chart_styles.js";

/** @type {Promise<import("@viz-js/viz").Viz> | null} */
let vizLoading = null;

/**
 * The graph as a sanitised SVG string.
 * @param {string} dot @param {string} engine
 */
export async function graphSvg(dot, engine) {
  addChartStyles();
  vizLoading ??= instance();
  const viz = await vizLoading;
  const result = viz.render(dot, { format: "svg", engine });
  if (result.status !== "success") {
    const errors = result.errors.map((error) => error.message).join("\n");
    throw new Error(`Graphviz could not lay out the graph: ${errors}`);
  }
  return DOMPurify.sanitize(result.output, { USE_PROFILES: { svg: true, svgFilters: true } });
}

/**
 * Draw the element's graph into `container`, sized as Streamlit sizes it: its own size at
 * most the element's width; stretched, or in a fixed height, scaled to fit.
 * @param {HTMLElement} container @param {import("../generated/elements").GraphvizChartProps} props
 */
export async function drawGraph(container, props) {
  container.innerHTML = await graphSvg(props.dot, props.engine);
  container.classList.add("graphviz");
  container.classList.toggle("wl-chart-stretch", props.width === "stretch");
  container.classList.toggle("wl-chart-fixed-height", typeof props.height === "number");
  return {
    async resize() {},
    finalize() {
      container.textContent = "";
    },
  };
}
