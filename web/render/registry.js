// Element type -> how to render it and which delegated events it handles.
// Each element module registers itself; main.jsx imports them all.

/**
 * @typedef {import("../session.js").SessionClient} SessionClient
 * @typedef {(event: Event, id: string, session: SessionClient) => void} EventHandler
 * @typedef {{
 *   component: import("preact").ComponentType<{id: string, props: Record<string, any>}>,
 *   events?: Partial<Record<string, EventHandler>>,
 *   testId?: string,
 *   layout?: boolean,
 * }} ElementKind
 */

/** @type {Map<string, ElementKind>} */
export const elementKinds = new Map();

/** @param {string} type @param {ElementKind} kind */
export function registerElement(type, kind) {
  elementKinds.set(type, kind);
}

/** The DOM event types the app root listens to (one listener each). */
export const DELEGATED_EVENTS = ["click", "input", "change", "keydown", "focusout", "pointerup", "pointerdown", "pointermove"];
// Dragging files onto a file uploader.
DELEGATED_EVENTS.push("dragover", "dragleave", "drop");
/** Events that do not bubble (a <details> opening or closing): delegated while capturing. */
export const CAPTURED_EVENTS = ["toggle"];
