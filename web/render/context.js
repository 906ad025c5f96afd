// Hooks that connect components to the page store: each subscribes to one key.

import { createContext } from "preact";
import { useContext, useEffect, useReducer, useRef } from "preact/hooks";

/** @type {import("preact").Context<import("../store.js").PageStore | null>} */
export const StoreContext = createContext(/** @type {import("../store.js").PageStore | null} */ (null));

export function useStore() {
  const store = useContext(StoreContext);
  if (!store) throw new Error("components must render inside a StoreContext provider");
  return store;
}

/**
 * Re-render when the store notifies `key`. The subscription starts during the first
 * render, not in an effect: a patch can arrive before effects run, and must not be missed.
 * @param {string} key
 */
export function useSubscription(key) {
  const store = useStore();
  const [, forceUpdate] = useReducer((count) => count + 1, 0);
  /** @type {{current: {key: string, unsubscribe: () => void} | null}} */
  const subscription = useRef(null);
  if (!subscription.current || subscription.current.key !== key) {
    if (subscription.current) subscription.current.unsubscribe();
    subscription.current = { key, unsubscribe: store.subscribe(key, () => forceUpdate(0)) };
  }
  useEffect(() => () => subscription.current?.unsubscribe(), []);
  return store;
}

/** The value a widget shows: the browser's, or the script's when it set one. @param {string} id */
export function useWidgetValue(id) {
  const store = useSubscription(`value:${id}`);
  return store.widgetValue(id);
}
