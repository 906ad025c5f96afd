// The page-only state of input widgets, keyed by widget id: text being typed but not yet
// committed (drafts), validation errors, open calendars, drag-over highlights.
//
// Events are delegated from the app root, so handlers cannot reach a component's hooks;
// they write here instead, and the component re-renders from it (useInputState).

import { useEffect, useReducer } from "preact/hooks";
import { entryFor } from "../maps.js";

/** @typedef {Record<string, any>} InputUiState */

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
    const next = { ...this.get(id) };
    for (const [name, value] of Object.entries(patch)) {
      if (value === undefined) delete next[name];
      else next[name] = value;
    }
    this.states.set(id, next);
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

/** The props the runtime sent for a widget (handlers read them through the session's store).
 * @param {import("../session.js").SessionClient} session @param {string} id @returns {Record<string, any>} */
export function widgetProps(session, id) {
  const record = session.store.element(id);
  return record ? record.props : {};
}

/** Commit a value: the widget shows it at once and the script sees it in the next run.
 * `ignoreRerun` widgets keep it for the next run another widget causes.
 * @param {import("../session.js").SessionClient} session @param {string} id @param {unknown} value */
export function commitValue(session, id, value) {
  const props = widgetProps(session, id);
  session.setValue(id, value, { rerun: !props.ignoreRerun });
}
