// Streamlit 1.67's look for plotly.js (light theme): the placeholder colours of the
// "streamlit" template Python installs (py/wasmlit/elements/other_charts.py) become the
// theme's, and theme="streamlit" merges Streamlit's layout under the figure's template.

import { mergeConfig } from "./vega_spec.js";
import { CATEGORICAL } from "./vega_theme.js";

const FONT = '"Source Sans", sans-serif';
const GRAY_30 = "#e6eaf1";
const GRAY_70 = "#808495";
const GRAY_90 = "#262730";
const SEQUENTIAL = ["#e4f5ff", "#c7ebff", "#a6dcff", "#83c9ff", "#60b4ff", "#3d9df3", "#1c83e1", "#0068c9", "#0054a3", "#004280"];
const DIVERGING = ["#7d353b", "#bd4043", "#ff4b4b", "#ff8c8c", "#ffc7c7", "#a6dcff", "#60b4ff", "#1c83e1", "#0054a3", "#004280"];
// theme=None: plotly's own colours for the same placeholders.
const PLOTLY_CATEGORICAL = [
  "#636efa",
  "#EF553B",
  "#00cc96",
  "#ab63fa",
  "#FFA15A",
  "#19d3f3",
  "#FF6692",
  "#B6E880",
  "#FF97FF",
  "#FECB52",
];
const PLOTLY_SEQUENTIAL = [
  "#0d0887",
  "#46039f",
  "#7201a8",
  "#9c179e",
  "#bd3786",
  "#d8576b",
  "#ed7953",
  "#fb9f3a",
  "#fdca26",
  "#f0f921",
];
const PLOTLY_DIVERGING = [
  "#8e0152",
  "#c51b7d",
  "#de77ae",
  "#f1b6da",
  "#fde0ef",
  "#e6f5d0",
  "#b8e186",
  "#7fbc41",
  "#4d9221",
  "#276419",
];

/** @param {number} number */
const placeholder = (number) => `#0000${String(number).padStart(2, "0")}`;

/**
 * The figure's JSON text with the template's placeholder colours replaced.
 * @param {string} text @param {boolean} streamlit
 */
export function replacePlaceholderColors(text, streamlit) {
  /** @type {[string, string][]} */
  const pairs = [];
  const palettes = streamlit ? [CATEGORICAL, SEQUENTIAL, DIVERGING] : [PLOTLY_CATEGORICAL, PLOTLY_SEQUENTIAL, PLOTLY_DIVERGING];
  palettes.forEach((palette, group) => {
    palette.forEach((color, position) => {
      pairs.push([placeholder(group * 10 + position + 1), color]);
    });
  });
  const special = streamlit
    ? ["#29b09d", "#ff2b2b", "#0068c9", GRAY_30, GRAY_70, GRAY_90, "#FFFFFF", "rgba(47, 45, 43, 0.1)", "#fcfcfb"]
    : ["#3D9970", "#FF4136", "#4499FF", "#B2B5BE", "#2a3f5f", "#2a3f5f", "#EBF0F8", "white", "#C8D4E3"];
  special.forEach((color, position) => {
    pairs.push([placeholder(32 + position), color]);
  });
  return pairs.reduce((result, [from, to]) => result.replaceAll(from, to), text);
}

/** Streamlit's layout, merged into the figure's template layout (the figure's own layout wins). */
function streamlitLayout() {
  const axisTitle = { font: { color: GRAY_70, size: 14 } };
  const ticks = { color: GRAY_70, size: 12 };
  return {
    font: { color: GRAY_70, family: FONT, size: 12 },
    title: { font: { family: FONT, size: 16, color: "#2F2D2B" }, pad: { l: 4 }, xanchor: "left", x: 0 },
    legend: {
      title: { font: { size: 12, color: GRAY_70 }, side: "top" },
      valign: "top",
      bordercolor: "transparent",
      borderwidth: 0,
      font: { size: 12, color: GRAY_90 },
    },
    paper_bgcolor: "#FFFFFF",
    plot_bgcolor: "#FFFFFF",
    yaxis: {
      ticklabelposition: "outside",
      zerolinecolor: GRAY_30,
      title: { ...axisTitle, standoff: 24 },
      tickcolor: GRAY_30,
      tickfont: ticks,
      gridcolor: GRAY_30,
      minor: { gridcolor: GRAY_30 },
      automargin: true,
    },
    xaxis: {
      zerolinecolor: GRAY_30,
      gridcolor: GRAY_30,
      showgrid: false,
      tickfont: ticks,
      tickcolor: GRAY_30,
      title: { ...axisTitle, standoff: 20 },
      minor: { gridcolor: GRAY_30 },
      zeroline: false,
      automargin: true,
      rangeselector: { bgcolor: "#FFFFFF", bordercolor: GRAY_30, borderwidth: 1, x: 0 },
    },
    margin: { pad: 8, r: 0, l: 0 },
    hoverlabel: { bgcolor: "#FFFFFF", bordercolor: "#DCD8D4", font: { color: GRAY_70, family: FONT, size: 12 } },
    coloraxis: {
      colorbar: {
        thickness: 16,
        xpad: 24,
        ticklabelposition: "outside",
        outlinecolor: "transparent",
        outlinewidth: 8,
        len: 0.75,
        y: 0.5745,
        title: axisTitle,
        tickfont: ticks,
      },
    },
  };
}

/**
 * The figure themed: Streamlit's layout in its template, its title in bold; or, with
 * theme=None, only Streamlit's fonts and backgrounds where the figure sets none.
 * @param {Record<string, any>} figure @param {boolean} streamlit
 */
export function themedFigure(figure, streamlit) {
  const layout = figure.layout && typeof figure.layout === "object" ? figure.layout : {};
  if (!streamlit) {
    figure.layout = {
      ...layout,
      font: { color: "#2F2D2B", family: FONT, ...layout.font },
      paper_bgcolor: layout.paper_bgcolor || "#FFFFFF",
      plot_bgcolor: layout.plot_bgcolor || "#F8F8F7",
    };
    return figure;
  }
  const template = layout.template && typeof layout.template === "object" ? layout.template : {};
  template.layout = mergeConfig(template.layout ?? {}, streamlitLayout());
  layout.template = template;
  if (layout.title && typeof layout.title === "object" && typeof layout.title.text === "string") {
    layout.title = { ...layout.title, text: `<b>${layout.title.text}</b>` };
  }
  figure.layout = layout;
  return figure;
}
