// Handlers for the page's own controls (tabs, expanders, popovers, toasts, the sidebar),
// run by the app root's one listener per event type, like widget events (events.js).
// A component marks its element with the attributes this hook returns; the root finds the
// nearest marked element with a handler for the event's type.

import { useEffect, useRef } from "preact/hooks";

/** @typedef {(event: Event, element: HTMLElement) => void} ElementHandler */

/** @type {Map<string, Partial<Record<string, ElementHandler>>>} */
const handlersById = new Map();
let nextId = 0;

/**
 * Register this render's handlers (fresh closures each render) for the element the
 * returned attributes are spread on.
 * @param {Partial<Record<string, ElementHandler>>} handlers
 * @returns {{"data-wl-on": string}}
 */
export function useDelegatedEvents(handlers) {
  const id = useRef("");
  if (!id.current) id.current = `h${nextId++}`;
  handlersById.set(id.current, handlers);
  useEffect(() => () => void handlersById.delete(id.current), []);
  return { "data-wl-on": id.current };
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
