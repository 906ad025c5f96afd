// The pre-rendered first paint. The build ran the script once and inlined its final
// tree twice in index.html: as HTML inside #root (shown before any script runs) and as
// a run_finished message (#wasmlit-first-paint). The page puts that message in its
// store so its first render matches the HTML, hydrates instead of re-creating the DOM,
// and the live first run then finds the same element ids and changes nothing visible.

/** @typedef {import("./protocol.js").RunFinished} RunFinished */

export const FIRST_PAINT_SCRIPT_ID = "wasmlit-first-paint";

/**
 * The inlined run, parsed, and its text (passed on to the worker as it is).
 * @param {Document} document @returns {{message: RunFinished, text: string} | null}
 */
export function readFirstPaint(document) {
  const script = document.getElementById(FIRST_PAINT_SCRIPT_ID);
  if (!script?.textContent) return null;
  return { message: JSON.parse(script.textContent), text: script.textContent };
}

/**
 * Fill a fresh store with the build's first run. Script and connection states stay
 * "initial"/"INITIAL": widgets look inert until the worker is ready.
 * @param {import("./store.js").PageStore} store @param {RunFinished} message
 */
export function adoptFirstPaint(store, message) {
  store.prerendered = true;
  store.applyPatch(message);
  store.commitRun();
}
