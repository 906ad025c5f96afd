// What st.data_editor shows until the lazy grid chunk has loaded (render/lazy_kinds.jsx):
// the grid's room, the same in the build's first paint and in the hydrating page.

import { Fragment, h } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { useWidgetValue } from "../render/context.js";
import { lazyElementKinds } from "../render/lazy_kinds.jsx";
import { formatMicros, formatNumber } from "../widgets/formatting.js";

// What the chunk draws with: the page's own copies (web/grid/grid_deps.js says why).
const GRID_DEPS = { h, Fragment, useState, useEffect, useRef, useWidgetValue, formatMicros, formatNumber };

/** The box the grid will fill (web/grid/grid_layout.js sizes the real one alike). @param {{props: import("../generated/elements").DataEditorProps | import("../generated/elements").DataGridProps}} p */
function GridRoom({ props }) {
  const rowHeight = props.rowHeight || 35;
  const rows = props.rows.length + 1;
  const height = typeof props.height === "number" ? props.height : Math.min(rows * rowHeight + 2, 400);
  return <div class="stDataFrame" data-testid="stDataFrame" style={{ height: `${height}px` }} aria-busy="true" />;
}

/** The grid kinds, drawn by the lazy chunk. @satisfies {import("../render/registry.js").ElementKinds} */
export const gridElements = lazyElementKinds(
  () => import("../grid_chunk.js").then((chunk) => chunk.gridKinds(GRID_DEPS)),
  { data_editor: { component: GridRoom }, data_grid: { component: GridRoom } },
  ["wl-grid-edit"],
);
