// st.container and st.columns: blocks whose children render as Streamlit's vertical and
// horizontal blocks. Layout kinds render their own wrapper (stLayoutWrapper) instead of
// stElementContainer, as Streamlit's page does.

import { BlockChildren, keyClass } from "../render/block.jsx";
import { useRunEvery } from "../fragments.js";
import "../styles/layout.css";

/**
 * @template {import("../generated/elements").ElementTypeName} T
 * @typedef {import("../render/registry.js").ElementComponentProps<T>} LayoutProps
 */

/**
 * A block's children laid out as a flex column (stVerticalBlock) or row (stHorizontalBlock).
 * @param {{id: string, horizontal?: boolean, className?: string, style?: Record<string, string | undefined>}} props
 */
export function FlexBlock({ id, horizontal = false, className = "", style }) {
  const testId = horizontal ? "stHorizontalBlock" : "stVerticalBlock";
  return (
    <div class={`${testId}${className}`} data-testid={testId} style={style}>
      <BlockChildren id={id} />
    </div>
  );
}

/** CSS size for a width or height prop: pixels, "stretch" or "content". @param {unknown} size */
function cssSize(size) {
  if (typeof size === "number") return `${size}px`;
  return size === "content" ? "fit-content" : undefined;
}

/** @param {LayoutProps<"container">} p */
function Container({ id, props }) {
  // The container of an st.fragment(run_every=...) keeps its timer while it is shown.
  useRunEvery(props.fragmentId, props.runEvery);
  const fixedHeight = typeof props.height === "number";
  /** @type {Record<string, string | undefined>} */
  const style = { gap: `${props.gap}px`, justifyContent: props.justify, alignItems: props.align };
  if (fixedHeight) style.height = `${props.height}px`;
  const width = cssSize(props.width);
  if (width) style.width = width;
  const classes = [
    props.border ? " wl-bordered" : "",
    fixedHeight ? " wl-scroll" : "",
    props.horizontal ? (props.wrap ? " wl-wrap" : " wl-nowrap") : "",
    props.height === "stretch" ? " wl-stretch" : "",
    keyClass(props.key),
  ].join("");
  return (
    <div class="stLayoutWrapper" data-testid="stLayoutWrapper">
      <FlexBlock id={id} horizontal={Boolean(props.horizontal)} className={classes} style={style} />
    </div>
  );
}

/** @param {LayoutProps<"columns">} p */
function Columns({ id, props }) {
  /** @type {Record<string, string>} */
  const style = { gap: `${props.gap}px`, flexWrap: props.wrap === false ? "nowrap" : "wrap" };
  const width = cssSize(props.width);
  if (width) style.width = width;
  return (
    <div class="stLayoutWrapper" data-testid="stLayoutWrapper">
      <FlexBlock id={id} horizontal className=" wl-columns" style={style} />
    </div>
  );
}

const COLUMN_ALIGNMENT = { top: "flex-start", center: "center", bottom: "flex-end" };

/** A column's share of its row, less the gap, as Streamlit sizes it. @param {LayoutProps<"column">} p */
function Column({ id, props }) {
  const percent = `${(props.weight * 100).toFixed(4)}%`;
  const basis = props.gap ? `calc(${percent} - ${props.gap}px)` : percent;
  const alignment = COLUMN_ALIGNMENT[/** @type {keyof typeof COLUMN_ALIGNMENT} */ (props.verticalAlignment)] || "flex-start";
  return (
    <div class={`stColumn${props.border ? " wl-bordered" : ""}`} data-testid="stColumn" style={{ flex: `1 1 ${basis}` }}>
      <FlexBlock id={id} style={{ justifyContent: alignment }} />
    </div>
  );
}

/**
 * A fragment's writes into a container created outside it: laid out as that container's
 * own children (no wrapper element, as Streamlit's transparent block).
 * @param {LayoutProps<"transparent">} p
 */
function Transparent({ id }) {
  return <BlockChildren id={id} />;
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const layoutElements = {
  container: { component: Container, layout: true },
  transparent: { component: Transparent, layout: true },
  columns: { component: Columns, layout: true },
  column: { component: Column, layout: true },
};
