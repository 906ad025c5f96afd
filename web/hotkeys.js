// Streamlit's "r" hotkey: rerun the app. Ignored while a run is in progress and while
// the user types in a field (docs/semantics.md 11).

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
    if (event.key !== "r" && event.key !== "R") return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    if (isTyping(event.target)) return;
    if (store.connectionState !== "CONNECTED" || store.scriptState === "running") return;
    event.preventDefault();
    session.rerun();
  });
}
