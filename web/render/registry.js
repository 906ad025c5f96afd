// Element type -> how to render it and which delegated events it handles.
// Every element module exports its kinds (`export const checkboxElements = {...}`);
// web/elements_index.js lists them, and the page (main.jsx) and the build's pre-renderer
// (prerender.jsx) register that list explicitly. The types come from the catalogue
// (py/wasmlit/catalogue/, generated into web/generated/elements.d.ts).

/**
 * @typedef {import("../session.js").SessionClient} SessionClient
 * @typedef {import("../generated/elements").ElementTypeName} ElementTypeName
 * @typedef {import("../generated/elements").ElementPropsByType} ElementPropsByType
 * @typedef {(event: Event, id: string, session: SessionClient) => void} EventHandler
 */

/**
 * What the component of element type T gets: the element id and its props as the
 * catalogue declares them.
 * @template {ElementTypeName} T
 * @typedef {{id: string, props: ElementPropsByType[T]}} ElementComponentProps
 */

/**
 * How one element type renders.
 * @template {ElementTypeName} T
 * @typedef {{
 *   component: import("preact").ComponentType<ElementComponentProps<T>>,
 *   events?: Partial<Record<string, EventHandler>>,
 *   layout?: boolean,
 * }} ElementKind
 */

/**
 * Some element types and their kinds, as one module exports them.
 * @typedef {{[T in ElementTypeName]?: ElementKind<T>}} ElementKinds
 */

/**
 * Any registered kind, as the renderer and the event router use it: its component takes
 * the props of any type. The registry files each kind under its own type's name, and the
 * renderer looks it up by the record's type, so a component only ever gets its own props.
 * @typedef {ElementKind<ElementTypeName>} AnyElementKind
 */

/** @type {Map<string, AnyElementKind>} */
export const elementKinds = new Map();

/**
 * Register element kinds; a type registered twice is a mistake.
 * @param {ElementKinds[]} groups
 */
export function registerElementKinds(groups) {
  for (const group of groups) {
    for (const [type, kind] of Object.entries(group)) {
      if (elementKinds.has(type) && elementKinds.get(type) !== kind) throw new Error(`element type ${type} is registered twice`);
      elementKinds.set(type, /** @type {AnyElementKind} */ (kind));
    }
  }
}

/** The DOM event types the app root listens to (one listener each). */
export const DELEGATED_EVENTS = ["click", "input", "change", "keydown", "focusout", "pointerup", "pointerdown", "pointermove"];
// Dragging files onto a file uploader.
DELEGATED_EVENTS.push("dragover", "dragleave", "drop");
// A chart's selection, dispatched by the chart's container (web/elements/charts.jsx).
DELEGATED_EVENTS.push("wl-chart-select");
// A custom component's value, posted by its frame (widgets/custom_component.jsx).
DELEGATED_EVENTS.push("wl-component");
// A grid's new editing state, dispatched by the grid (web/grid/data_grid.jsx).
DELEGATED_EVENTS.push("wl-grid-edit");
/** Events that do not bubble (a <details> opening or closing): delegated while capturing. */
export const CAPTURED_EVENTS = ["toggle"];
// A player's media events (st.audio, st.video: start and end times, loop).
CAPTURED_EVENTS.push("loadedmetadata", "timeupdate", "ended");
