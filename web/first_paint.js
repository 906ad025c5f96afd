// The pre-rendered first paint. The build ran the script once and inlined its final
// tree twice in index.html: as HTML inside #root (shown before any script runs) and as
// a run_finished message (#wasmlit-first-paint). The page puts that message in its
// store so its first render matches the HTML, hydrates instead of re-creating the DOM,
// and the live first run then finds the same element ids and changes nothing visible.

import { decodeFromWorker } from "./protocol.js";

/** @typedef {import("./protocol.js").RunFinished} RunFinished */

export const FIRST_PAINT_SCRIPT_ID = "wasmlit-first-paint";

/** The build's run_finished message, decoded as the worker's messages are. @param {string} text @returns {RunFinished} */
export function decodeFirstPaint(text) {
  const message = decodeFromWorker(text);
  if (message.type !== "run_finished") throw new TypeError(`the first paint is a ${message.type} message, not run_finished`);
  return message;
}

/**
 * The inlined run, parsed, and its text (passed on to the worker as it is).
 * @param {Document} document @returns {{message: RunFinished, text: string} | null}
 */
export function readFirstPaint(document) {
  const script = document.getElementById(FIRST_PAINT_SCRIPT_ID);
  if (!script?.textContent) return null;
  return { message: decodeFirstPaint(script.textContent), text: script.textContent };
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
