// A tiny observable for page state that lives outside the element tree (the page list,
// toasts, notices), and the Preact hook that re-renders a component when it changes.

import { useEffect, useReducer, useRef } from "preact/hooks";

export class Observable {
  constructor() {
    /** @type {Set<() => void>} */
    this.listeners = new Set();
  }

  /** @param {() => void} listener @returns {() => void} */
  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed() {
    for (const listener of [...this.listeners]) listener();
  }
}

/**
 * Re-render when `observable` changes (nothing to watch when it is null). Subscribes during
 * the first render (as useSubscription does) so a change before effects run is not missed.
 * @template {Observable | null} T @param {T} observable @returns {T}
 */
export function useObservable(observable) {
  const [, forceUpdate] = useReducer((count) => count + 1, 0);
  /** @type {{current: (() => void) | null}} */
  const unsubscribe = useRef(null);
  if (!unsubscribe.current && observable) unsubscribe.current = observable.subscribe(() => forceUpdate(0));
  useEffect(() => () => unsubscribe.current?.(), []);
  return observable;
}
