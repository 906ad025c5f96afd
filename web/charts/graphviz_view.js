// st.graphviz_chart, loaded on first use: Graphviz compiled to WebAssembly (@viz-js/viz)
// lays the DOT source out as SVG. The SVG goes through DOMPurify before it enters the
// page: a DOT file may carry links and labels, and nothing from a script is raw markup.

import DOMPurify from "dompurify";
import { instance } from "@viz-js/viz";

/** @type {Promise<import("@viz-js/viz").Viz> | null} */
let vizLoading = null;

/**
 * The graph as a sanitised SVG string.
 * @param {string} dot @param {string} engine
 */
export async function graphSvg(dot, engine) {
  vizLoading ??= instance();
  const viz = await vizLoading;
  const result = viz.render(dot, { format: "svg", engine });
  if (result.status !== "success") {
    const errors = result.errors.map((error) => error.message).join("\n");
    throw new Error(`Graphviz could not lay out the graph: ${errors}`);
  }
  return DOMPurify.sanitize(result.output, { USE_PROFILES: { svg: true, svgFilters: true } });
}
