// The page-only state of input widgets, keyed by widget id: text being typed but not yet
// committed (drafts), validation errors, open calendars, drag-over highlights.
//
// Events are delegated from the app root, so handlers cannot reach a component's hooks;
// they write here instead, and the component re-renders from it (useInputState).

import { useEffect, useReducer } from "preact/hooks";
import { entryFor } from "../maps.js";

/**
 * One widget's page-only state; each widget type keeps the fields it needs. `draft`: text
 * typed, not committed yet (text, number and chat inputs), `error`: why it was refused,
 * `revealed`: a password shown; `rejected` and `dragging`: the file uploader's refused
 * files and a drag over its drop zone; `editing` and `typed`: the segments of a time being
 * typed (`editingGroups`: of each date of a date input); `open`, `pending`, `focusDay`:
 * the date input's calendar, the range picked so far and the focused day; `recording`: the
 * microphone is recording (audio and chat inputs); `attachments`: files chosen in a chat
 * input, not sent yet; `busy`: a chat input's submission is running ("submitted" until
 * its run starts, then "running"), for submit_mode.
 * @typedef {{
 *   draft?: string,
 *   error?: string,
 *   revealed?: boolean,
 *   rejected?: import("./file_uploader.jsx").FileRecord[],
 *   dragging?: boolean,
 *   editing?: import("./segments.js").Parts,
 *   editingGroups?: Record<string, import("./segments.js").Parts>,
 *   typed?: {segment: string, buffer: string},
 *   open?: boolean,
 *   pending?: string[],
 *   focusDay?: string,
 *   recording?: boolean,
 *   attachments?: import("./recorder.js").FileRecord[],
 *   busy?: "submitted" | "running",
 * }} InputUiState
 */

/** @type {InputUiState} */
const EMPTY = Object.freeze({});

class InputStateStore {
  constructor() {
    /** @type {Map<string, InputUiState>} */
    this.states = new Map();
    /** @type {Map<string, Set<() => void>>} */
    this.listeners = new Map();
  }

  /** @param {string} id @returns {InputUiState} */
  get(id) {
    return this.states.get(id) || EMPTY;
  }

  /** Merge `patch` into a widget's state (undefined values delete keys). @param {string} id @param {InputUiState} patch */
  update(id, patch) {
    /** @type {Record<string, unknown>} */
    const next = { ...this.get(id) };
    for (const [name, value] of Object.entries(patch)) {
      if (value === undefined) delete next[name];
      else next[name] = value;
    }
    this.states.set(id, /** @type {InputUiState} */ (next));
    const listeners = this.listeners.get(id);
    if (listeners) for (const listener of [...listeners]) listener();
  }

  /** Forget a widget that left the page (a draft must not come back with it). @param {string} id */
  clear(id) {
    this.states.delete(id);
  }

  /** @param {string} id @param {() => void} listener @returns {() => void} */
  subscribe(id, listener) {
    const set = entryFor(this.listeners, id, () => new Set());
    set.add(listener);
    return () => {
      set.delete(listener);
      if (!set.size) this.listeners.delete(id);
    };
  }
}

export const inputState = new InputStateStore();

/** The page-only state of one widget; re-renders when a handler changes it. @param {string} id */
export function useInputState(id) {
  const [, forceUpdate] = useReducer((count) => count + 1, 0);
  useEffect(() => {
    const unsubscribe = inputState.subscribe(id, () => forceUpdate(0));
    return () => {
      unsubscribe();
      inputState.clear(id);
    };
  }, [id]);
  return inputState.get(id);
}
