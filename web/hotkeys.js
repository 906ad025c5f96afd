// Streamlit's hotkeys: "r" reruns the app, "c" opens the Clear caches dialog (for
// developers only, as the menu's entry). Ignored while the user types in a field, and
// "r" while a run is in progress (docs/semantics.md 11).

import { menuState } from "./menu/state.js";

/** @param {EventTarget | null} target */
function isTyping(target) {
  const element = /** @type {HTMLElement | null} */ (target);
  if (!element || typeof element.closest !== "function") return false;
  return Boolean(element.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']"));
}

/**
 * @param {Document} doc
 * @param {import("./store.js").PageStore} store
 * @param {import("./session.js").SessionClient} session
 */
export function installRerunHotkey(doc, store, session) {
  doc.addEventListener("keydown", (event) => {
    const key = event.key.toLowerCase();
    if (key !== "r" && key !== "c") return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    if (isTyping(event.target)) return;
    if (store.connectionState !== "CONNECTED") return;
    if (key === "c") {
      if (!menuState.developer) return;
      event.preventDefault();
      menuState.showDialog("clearCache");
      return;
    }
    if (store.scriptState === "running") return;
    event.preventDefault();
    session.rerun();
  });
}
