// st.metric: label, big value, a coloured delta chip with an arrow, an optional sparkline.

import { HelpIcon } from "./help_icon.jsx";
import { MarkdownContainer } from "./markdown.jsx";
import "../styles/display.css";
import { DynamicIcon } from "./dynamic_icon.jsx";

/** The chip's colours, by Streamlit's colour name. @param {string} color */
function chipStyle(color) {
  return { color: `var(--wl-text-${color})`, background: `var(--wl-bg-${color})` };
}

/** @param {{direction: string}} props */
function Arrow({ direction }) {
  const path = direction === "up" ? "M12 19V5m0 0-6 6m6-6 6 6" : "M12 5v14m0 0-6-6m6 6 6-6";
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <path d={path} fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}

/**
 * A sparkline drawn as SVG in a 100 x 30 box (stretched to the element's width).
 * @param {{points: number[], type: import("../generated/elements").MetricProps["chartType"], color: string}} props
 */
function Sparkline({ points, type, color }) {
  if (points.length < 1) return null;
  const low = Math.min(...points, type === "line" ? Infinity : 0);
  const high = Math.max(...points);
  const span = high - low || 1;
  const x = (/** @type {number} */ index) => (points.length === 1 ? 50 : (index / (points.length - 1)) * 100);
  const y = (/** @type {number} */ value) => 29 - ((value - low) / span) * 28;
  const stroke = `var(--wl-text-${color})`;
  let shape;
  if (type === "bar") {
    const width = 100 / points.length;
    shape = points.map((value, index) => (
      <rect
        key={index}
        x={index * width + width * 0.1}
        y={y(value)}
        width={width * 0.8}
        height={29 - y(value) + 1}
        fill={stroke}
      />
    ));
  } else {
    const line = points.map((value, index) => `${x(index).toFixed(2)},${y(value).toFixed(2)}`).join(" ");
    shape = (
      <>
        {type === "area" ? <polygon points={`0,30 ${line} 100,30`} fill={`var(--wl-bg-${color})`} /> : null}
        <polyline points={line} fill="none" stroke={stroke} stroke-width="1.5" vector-effect="non-scaling-stroke" />
      </>
    );
  }
  return (
    <svg class="wl-metric-chart" viewBox="0 0 100 30" preserveAspectRatio="none" aria-hidden="true">
      {shape}
    </svg>
  );
}

/** @param {{props: import("../generated/elements").MetricProps}} p */
function Metric({ props }) {
  const visibility = props.labelVisibility || "visible";
  /** @type {Record<string, string>} */
  const style = {};
  if (typeof props.width === "number") Object.assign(style, { width: `${props.width}px`, maxWidth: "100%" });
  else if (props.width === "content") style.width = "fit-content";
  if (typeof props.height === "number") style.height = `${props.height}px`;
  const classes = `stMetric${props.border ? " wl-border" : ""}${typeof props.height === "number" ? " wl-scroll" : ""}`;
  return (
    <div class={classes} data-testid="stMetric" style={style}>
      {/* Collapsed: the label stays in the page, not shown (display: none), as in Streamlit. */}
      <label class={`stMetricLabel${visibility === "visible" ? "" : ` wl-${visibility}`}`} data-testid="stMetricLabel">
        {props.icon ? (
          <span class="wl-metric-icon" aria-hidden="true">
            <DynamicIcon icon={props.icon} />
          </span>
        ) : null}
        <MarkdownContainer source={props.label} />
        {props.help ? <HelpIcon text={props.help} /> : null}
      </label>
      <div class="stMetricValue" data-testid="stMetricValue">
        <MarkdownContainer source={props.body} />
      </div>
      {props.delta ? (
        <div>
          <div
            class={`stMetricDelta${props.direction !== "none" ? " wl-arrow" : ""}`}
            data-testid="stMetricDelta"
            style={chipStyle(props.color)}
          >
            {props.direction !== "none" ? <Arrow direction={props.direction} /> : null}
            <MarkdownContainer source={props.delta} />
          </div>
          {props.deltaDescription ? <span class="wl-metric-description">{props.deltaDescription}</span> : null}
        </div>
      ) : null}
      {props.chart ? <Sparkline points={props.chart} type={props.chartType} color={props.delta ? props.color : "gray"} /> : null}
    </div>
  );
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const metricElements = {
  metric: { component: Metric },
};
