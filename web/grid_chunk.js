// The lazy grid chunk: st.data_editor's editable grid (and st.dataframe's, with
// selections). Only a page that shows one downloads it (elements/grid_placeholders.jsx).
// Its styles come with it as text: esbuild would put a stylesheet imported here into every
// page's stylesheet.

import styles from "./grid/grid.css" with { type: "text" };
import { DataGrid } from "./grid/data_grid.jsx";
import { installGridDeps } from "./grid/grid_deps.js";
import { ViewGrid } from "./grid/view_grid.jsx";

const style = document.createElement("style");
style.dataset.wlStyles = "grid";
style.textContent = /** @type {string} */ (styles);
document.head.appendChild(style);

/**
 * The grid's new editing state: the page shows it at once, the script sees it on the next
 * run (unless on_change="ignore"); a disabled editor sends nothing.
 * @type {import("./render/registry.js").EventHandler}
 */
function sendEditingState(event, id, session) {
  const record = session.store.element(id);
  const props = /** @type {{disabled?: boolean, ignoreRerun?: boolean} | undefined} */ (record?.props);
  if (!props || props.disabled) return;
  session.setValue(id, /** @type {CustomEvent} */ (event).detail, { rerun: !props.ignoreRerun });
}

/**
 * The chunk's kinds, drawn with the page's Preact and helpers (grid/grid_deps.js).
 * @param {import("./grid/grid_deps.js").GridDeps} deps
 * @returns {import("./render/registry.js").ElementKinds}
 */
export function gridKinds(deps) {
  installGridDeps(deps);
  return kinds;
}

/** @satisfies {import("./render/registry.js").ElementKinds} */
const kinds = {
  data_editor: { component: DataGrid, events: { "wl-grid-edit": sendEditingState } },
  data_grid: { component: ViewGrid, events: { "wl-grid-edit": sendEditingState } },
};
