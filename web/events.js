// One delegated listener per event type, on the app root (as Preact and React do).
// A widget's events go to its element type's handlers (registry.js); the page's own
// controls register theirs with useDelegatedEvents (render/delegate.js).
//
// Widgets take input before Python is ready (a pre-rendered page): the session queues
// what they send until the worker is ready. Input made before this script ran was
// recorded by web/inline/early_input.js and is replayed here, in order.

import { CAPTURED_EVENTS, DELEGATED_EVENTS, elementKinds } from "./render/registry.js";
import { dispatchToElementHandlers } from "./render/delegate.js";
import { untrustedMarkupAround } from "./untrusted_html.js";

/**
 * An event the early recorder heard, with its target's value and checked state then.
 * @typedef {{event: Event, value: unknown, checked: unknown}} RecordedEvent
 */

/**
 * @param {HTMLElement} root
 * @param {import("./store.js").PageStore} store
 * @param {import("./session.js").SessionClient} session
 */
export function installDelegatedEvents(root, store, session) {
  /** @param {Event} event */
  function route(event) {
    const target = /** @type {HTMLElement | null} */ (event.target);
    if (!target || typeof target.closest !== "function") return;
    // Markup from the script (st.html, unsafe_allow_html) can look like any control (a
    // summary in an expander, a role="tab" in tabs): none of its events are routed.
    if (untrustedMarkupAround(target)) return;
    const action = target.closest("[data-wl-action]");
    if (action && event.type === "click" && action.getAttribute("data-wl-action") === "stop") {
      session.stop();
      return;
    }
    dispatchToElementHandlers(event);
    const host = target.closest("[data-widget-id]");
    // Until the worker is ready the session queues what handlers send; after a failed
    // boot nothing will ever answer.
    if (!host || store.connectionState === "DISCONNECTED_FOREVER") return;
    const id = /** @type {string} */ (host.getAttribute("data-widget-id"));
    const record = store.element(id);
    const handler = record && elementKinds.get(record.type)?.events?.[event.type];
    if (handler) handler(event, id, session);
  }
  for (const type of DELEGATED_EVENTS) root.addEventListener(type, route);
  // These do not bubble; the root hears them on their way down instead.
  for (const type of CAPTURED_EVENTS) root.addEventListener(type, route, true);
  return route;
}

/**
 * Route what the visitor did before the page script ran, as if it happened now: each
 * field gets back the value it had at that event first (hydration resets a <textarea>,
 * and a later event must not see a later value).
 * @param {RecordedEvent[]} recorded @param {(event: Event) => void} route
 */
export function replayRecordedEvents(recorded, route) {
  for (const { event, value, checked } of recorded) {
    const field = /** @type {HTMLInputElement} */ (event.target);
    if (isField(field) && field.type !== "file") {
      if (field.value !== value) field.value = /** @type {string} */ (value);
      if (typeof checked === "boolean" && field.checked !== checked) field.checked = checked;
    }
    route(event);
  }
}

/** @param {EventTarget | null} target */
function isField(target) {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}
