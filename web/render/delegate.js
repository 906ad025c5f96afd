// Handlers for the page's own controls (tabs, expanders, popovers, toasts, the sidebar),
// run by the app root's one listener per event type, like widget events (events.js).
// A component marks its element with the attributes this hook returns; the root finds the
// nearest marked element with a handler for the event's type.
//
// Keys are names the caller derives from stable facts (an element id and a role), never
// counters: the pre-rendered page is hydrated, and hydration keeps the attributes the
// build wrote, so the browser must arrive at the same key.

import { useEffect } from "preact/hooks";

/** @typedef {(event: Event, element: HTMLElement) => void} ElementHandler */

/** @type {Map<string, Partial<Record<string, ElementHandler>>>} */
const handlersById = new Map();

/**
 * Register this render's handlers (fresh closures each render) for the element the
 * returned attributes are spread on. `key` must be unique on the page and the same in
 * every render, e.g. `${elementId}:tabs`.
 * @param {string} key @param {Partial<Record<string, ElementHandler>>} handlers
 * @returns {{"data-wl-on": string}}
 */
export function useDelegatedEvents(key, handlers) {
  handlersById.set(key, handlers);
  useEffect(() => () => void handlersById.delete(key), [key]);
  return { "data-wl-on": key };
}

/**
 * Run the handler of the nearest marked element (walking outwards) for this event.
 * @param {Event} event
 * @returns {boolean} whether a handler ran
 */
export function dispatchToElementHandlers(event) {
  let element = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (event.target).closest("[data-wl-on]"));
  while (element) {
    const handler = handlersById.get(element.getAttribute("data-wl-on") || "")?.[event.type];
    if (handler) {
      handler(event, element);
      return true;
    }
    element = element.parentElement ? element.parentElement.closest("[data-wl-on]") : null;
  }
  return false;
}
