// The page's own modules the grid chunk uses (Preact and its hooks, the widget-value hook,
// the date and number formats), handed over by the page when it loads the chunk
// (elements/grid_placeholders.jsx). Importing them from here instead would make esbuild
// move them out of the page script into extra shared chunks that every page preloads.
// The chunk's JSX compiles to calls of this `h` (a classic-runtime pragma in each file).

/** @type {typeof import("preact").h} */
export let h = /** @type {any} */ (null);
/** @type {typeof import("preact").Fragment} */
export let Fragment = /** @type {any} */ (null);
/** @type {typeof import("preact/hooks").useState} */
export let useState = /** @type {any} */ (null);
/** @type {typeof import("preact/hooks").useEffect} */
export let useEffect = /** @type {any} */ (null);
/** @type {typeof import("preact/hooks").useRef} */
export let useRef = /** @type {any} */ (null);
/** @type {typeof import("../render/context.js").useWidgetValue} */
export let useWidgetValue = /** @type {any} */ (null);
/** @type {typeof import("../widgets/formatting.js").formatMicros} */
export let formatMicros = /** @type {any} */ (null);
/** @type {typeof import("../widgets/formatting.js").formatNumber} */
export let formatNumber = /** @type {any} */ (null);

/**
 * @typedef {{
 *   h: typeof h, Fragment: typeof Fragment, useState: typeof useState, useEffect: typeof useEffect,
 *   useRef: typeof useRef, useWidgetValue: typeof useWidgetValue, formatMicros: typeof formatMicros,
 *   formatNumber: typeof formatNumber,
 * }} GridDeps
 */

/** @param {Partial<GridDeps>} deps */
export function installGridDeps(deps) {
  h = deps.h ?? h;
  Fragment = deps.Fragment ?? Fragment;
  useState = deps.useState ?? useState;
  useEffect = deps.useEffect ?? useEffect;
  useRef = deps.useRef ?? useRef;
  useWidgetValue = deps.useWidgetValue ?? useWidgetValue;
  formatMicros = deps.formatMicros ?? formatMicros;
  formatNumber = deps.formatNumber ?? formatNumber;
}
