// One delegated listener per event type, on the app root (as Preact and React do),
// routed to the handler of the element type the event happened in.

import { DELEGATED_EVENTS, elementKinds } from "./render/registry.js";

/**
 * @param {HTMLElement} root
 * @param {import("./store.js").PageStore} store
 * @param {import("./session.js").SessionClient} session
 */
export function installDelegatedEvents(root, store, session) {
  for (const type of DELEGATED_EVENTS) {
    root.addEventListener(type, (event) => {
      const target = /** @type {HTMLElement | null} */ (event.target);
      if (!target || typeof target.closest !== "function") return;
      const action = target.closest("[data-wl-action]");
      if (action && type === "click" && action.getAttribute("data-wl-action") === "stop") {
        session.stop();
        return;
      }
      const host = target.closest("[data-widget-id]");
      if (!host || store.connectionState !== "CONNECTED") return;
      const id = /** @type {string} */ (host.getAttribute("data-widget-id"));
      const record = store.element(id);
      const handler = record && elementKinds.get(record.type)?.events?.[type];
      if (handler) handler(event, id, session);
    });
  }
}
