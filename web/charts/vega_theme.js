// Streamlit 1.67's Vega-Lite look in its light theme: the config it merges under a chart's
// own config (theme="streamlit"), the lighter defaults it merges otherwise (theme=None),
// and its named colours. Values are the light theme's (web/styles/app.css uses the same
// palette); sizes are its rem sizes at a 16 px root.

const FONT = '"Source Sans", sans-serif';
const TEXT = "#2F2D2B";
const GRAY_30 = "#e6eaf1";
const GRAY_70 = "#808495";

/** Streamlit's categorical, sequential and diverging chart colours (light background). */
export const CATEGORICAL = [
  "#0068c9",
  "#83c9ff",
  "#ff2b2b",
  "#ffabab",
  "#29b09d",
  "#7defa1",
  "#ff8700",
  "#ffd16a",
  "#6d3fc0",
  "#d5dae5",
];
const SEQUENTIAL = ["#e4f5ff", "#c7ebff", "#a6dcff", "#83c9ff", "#60b4ff", "#3d9df3", "#1c83e1", "#0068c9", "#0054a3", "#004280"];
const DIVERGING = ["#7d353b", "#bd4043", "#ff4b4b", "#ff8c8c", "#ffc7c7", "#a6dcff", "#60b4ff", "#1c83e1", "#0054a3", "#004280"];

/** Colour names a chart may use for a colour (`color="red"`), resolved to the theme's. */
export const NAMED_COLORS = new Map([
  ["red", "#D94A57"],
  ["orange", "#E0682B"],
  ["yellow", "#BB8300"],
  ["green", "#079464"],
  ["blue", "#3B82F6"],
  ["violet", "#9B5DE5"],
  ["gray", "#6B7280"],
  ["grey", "#6B7280"],
  ["primary", "#C53948"],
]);

/** The config of theme="streamlit". */
export function streamlitConfig() {
  return {
    font: FONT,
    background: "#FFFFFF",
    fieldTitle: "verbal",
    autosize: { type: "fit", contains: "padding" },
    title: {
      align: "left",
      anchor: "start",
      color: TEXT,
      titleFontStyle: "normal",
      fontWeight: 600,
      fontSize: 16,
      orient: "top",
      offset: 26,
    },
    header: {
      titleFontWeight: 400,
      titleFontSize: 16,
      titleColor: GRAY_70,
      titleFontStyle: "normal",
      labelFontSize: 12,
      labelFontWeight: 400,
      labelColor: GRAY_70,
      labelFontStyle: "normal",
    },
    axis: {
      labelFontSize: 12,
      labelFontWeight: 400,
      labelColor: GRAY_70,
      labelFontStyle: "normal",
      titleFontWeight: 400,
      titleFontSize: 14,
      titleColor: GRAY_70,
      titleFontStyle: "normal",
      ticks: false,
      gridColor: GRAY_30,
      domain: false,
      domainWidth: 1,
      domainColor: GRAY_30,
      labelFlush: true,
      labelFlushOffset: 1,
      labelBound: false,
      labelLimit: 100,
      titlePadding: 16,
      labelPadding: 16,
      labelSeparation: 4,
      labelOverlap: true,
    },
    legend: {
      labelFontSize: 14,
      labelFontWeight: 400,
      labelColor: GRAY_70,
      titleFontSize: 14,
      titleFontWeight: 400,
      titleFontStyle: "normal",
      titleColor: GRAY_70,
      titlePadding: 8,
      labelPadding: 16,
      columnPadding: 8,
      rowPadding: 4,
      padding: 8,
      symbolStrokeWidth: 4,
    },
    range: { category: CATEGORICAL, diverging: DIVERGING, ramp: SEQUENTIAL, heatmap: SEQUENTIAL },
    view: { columns: 1, strokeWidth: 0, stroke: "transparent", continuousHeight: 350, continuousWidth: 400 },
    concat: { columns: 1 },
    facet: { columns: 1 },
    mark: { tooltip: { content: "encoding" }, color: CATEGORICAL[0] },
    bar: { binSpacing: 4, discreteBandSize: { band: 0.85 } },
    axisDiscrete: { grid: false },
    axisXPoint: { grid: false },
    axisTemporal: { grid: false },
    axisXBand: { grid: false },
  };
}

/** The lighter defaults of theme=None: Streamlit's fonts and colours, Vega-Lite's layout. */
export function defaultConfig() {
  const fonts = { labelFont: FONT, titleFont: FONT, labelFontSize: 12, titleFontSize: 12 };
  return {
    background: "#FFFFFF",
    axis: { labelColor: TEXT, titleColor: TEXT, gridColor: GRAY_30, ...fonts },
    legend: { labelColor: TEXT, titleColor: TEXT, ...fonts },
    title: { color: TEXT, subtitleColor: TEXT, ...fonts },
    header: { labelColor: TEXT, titleColor: TEXT, ...fonts },
    view: { stroke: GRAY_30, continuousHeight: 350, continuousWidth: 400 },
    mark: { tooltip: true },
  };
}
