// Page-only widget state that never reaches Python: an open dropdown, the text typed
// to filter it, the highlighted option, a slider thumb being dragged, a colour being
// picked. Delegated event handlers write it; components subscribe to their widget's entry.

import { useEffect, useReducer } from "preact/hooks";
import { entryFor } from "../maps.js";

/**
 * One widget's transient state; each widget type keeps the fields it needs. `open`,
 * `query`, `highlight`: a dropdown, the text typed to filter it (null: none) and its
 * highlighted row; `draft`, `hsv`, `hexText`: the colour being picked and the hex text
 * typed for it; `dragging`: a slider's values while a thumb moves; `dismissed`: a
 * dialog's `openCount` when the user closed it (it stays closed until the script opens
 * it again).
 * @typedef {{
 *   open?: boolean,
 *   query?: string | null,
 *   highlight?: number,
 *   draft?: string,
 *   hsv?: {h: number, s: number, v: number},
 *   hexText?: string,
 *   dragging?: number[],
 *   dismissed?: number,
 * }} TransientUiState
 */

/** @type {Map<string, TransientUiState>} */
const states = new Map();
/** @type {Map<string, Set<() => void>>} */
const listeners = new Map();

/** The transient state of one widget (an empty object if it has none). @param {string} id @returns {TransientUiState} */
export function transientState(id) {
  return states.get(id) || {};
}

/**
 * Merge `patch` into a widget's transient state and re-render its component.
 * @param {string} id @param {TransientUiState} patch
 */
export function updateTransientState(id, patch) {
  states.set(id, { ...transientState(id), ...patch });
  const subscribed = listeners.get(id);
  if (subscribed) for (const listener of [...subscribed]) listener();
}

/** Forget a widget's transient state (a dropdown closed, a drag ended). @param {string} id */
export function clearTransientState(id) {
  if (!states.has(id)) return;
  states.delete(id);
  const subscribed = listeners.get(id);
  if (subscribed) for (const listener of [...subscribed]) listener();
}

/** Subscribe a component to its widget's transient state. @param {string} id */
export function useTransientState(id) {
  const [, forceUpdate] = useReducer((count) => count + 1, 0);
  useEffect(() => {
    const subscribed = entryFor(listeners, id, () => new Set());
    const listener = () => forceUpdate(0);
    subscribed.add(listener);
    return () => {
      subscribed.delete(listener);
      if (!subscribed.size) {
        // The widget left the page: a list it had open must not reopen when it returns.
        listeners.delete(id);
        states.delete(id);
      }
    };
  }, [id]);
  return transientState(id);
}
