// One delegated listener per event type, on the app root (as Preact and React do).
// A widget's events go to its element type's handlers (registry.js); the page's own
// controls register theirs with useDelegatedEvents (render/delegate.js).

import { CAPTURED_EVENTS, DELEGATED_EVENTS, elementKinds } from "./render/registry.js";
import { dispatchToElementHandlers } from "./render/delegate.js";
import { untrustedMarkupAround } from "./untrusted_html.js";

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
    if (!host || store.connectionState !== "CONNECTED") return;
    const id = /** @type {string} */ (host.getAttribute("data-widget-id"));
    const record = store.element(id);
    const handler = record && elementKinds.get(record.type)?.events?.[event.type];
    if (handler) handler(event, id, session);
  }
  for (const type of DELEGATED_EVENTS) root.addEventListener(type, route);
  // These do not bubble; the root hears them on their way down instead.
  for (const type of CAPTURED_EVENTS) root.addEventListener(type, route, true);
}
