// What st.data_editor shows until the lazy grid chunk has loaded (render/lazy_kinds.jsx):
// the grid's room, the same in the build's first paint and in the hydrating page.

import { lazyElementKinds } from "../render/lazy_kinds.jsx";

/** The box the grid will fill (web/grid/grid_layout.js sizes the real one alike). @param {{props: import("../generated/elements").DataEditorProps}} p */
function GridRoom({ props }) {
  const rowHeight = props.rowHeight || 35;
  const rows = props.rows.length + 1;
  const height = typeof props.height === "number" ? props.height : Math.min(rows * rowHeight + 2, 400);
  return <div class="stDataFrame" data-testid="stDataFrame" style={{ height: `${height}px` }} aria-busy="true" />;
}

/** The grid kinds, drawn by the lazy chunk. @satisfies {import("../render/registry.js").ElementKinds} */
export const gridElements = lazyElementKinds(
  () => import("../grid_chunk.js").then((chunk) => chunk.kinds),
  { data_editor: { component: GridRoom } },
  ["wl-grid-edit"],
);
