// st.plotly_chart, loaded on first use: plotly.js draws the figure Python sent, themed as
// Streamlit themes it, sized from the element's layout.

import Plotly from "plotly.js-dist-min";
import { replacePlaceholderColors, themedFigure } from "./plotly_theme.js";

/** @typedef {import("../generated/elements").PlotlyChartProps} PlotlyChartProps */

/**
 * The figure's layout size: the container's width when stretched, else the element's.
 * @param {PlotlyChartProps} props @param {{width: number, height: number}} size
 */
export function plotlySize(props, size) {
  /** @type {{width?: number, height?: number}} */
  const layout = {};
  if (props.width === "stretch") layout.width = size.width;
  else if (typeof props.width === "number") layout.width = props.width;
  if (props.height === "stretch") layout.height = size.height;
  else if (typeof props.height === "number") layout.height = props.height;
  return layout;
}

/**
 * Draw the figure into `container`.
 * @param {HTMLElement} container @param {PlotlyChartProps} props @param {{width: number, height: number}} size
 */
export async function drawPlotly(container, props, size) {
  const streamlit = props.theme === "streamlit";
  const figure = themedFigure(JSON.parse(replacePlaceholderColors(props.spec, streamlit)), streamlit);
  const layout = { ...figure.layout, ...plotlySize(props, size) };
  const config = { displaylogo: false, ...JSON.parse(props.config) };
  await Plotly.react(container, figure.data ?? [], layout, config);
  return {
    /** @param {number} width @param {number} height */
    async resize(width, height) {
      const next = plotlySize(props, { width, height });
      if (next.width !== layout.width || next.height !== layout.height) {
        Object.assign(layout, next);
        await Plotly.relayout(container, next);
      }
    },
    finalize() {
      Plotly.purge(container);
    },
  };
}
