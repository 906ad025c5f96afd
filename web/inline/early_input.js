// Inlined into index.html right after a pre-rendered first paint (page.py): the visitor
// can use that page before the page script has run. Until then this records every event
// the app root's delegated listeners would have routed, with the field's value at that
// moment (hydration may reset a <textarea>); main.jsx takes the record over
// (takeEarlyInput) and replays it through those listeners (events.js), in order.

import { CAPTURED_EVENTS, DELEGATED_EVENTS } from "../render/registry.js";

// A visitor who waits long on a slow link still leaves a bounded record.
const MAX_RECORDED = 2000;

const root = document.getElementById("root");
if (root) {
  /** @type {import("../events.js").RecordedEvent[]} */
  const events = [];
  /** @param {Event} event */
  const record = (event) => {
    // Hovering moves nothing; a drag (a slider's thumb) does.
    if (event.type === "pointermove" && !(/** @type {PointerEvent} */ (event).buttons)) return;
    if (events.length >= MAX_RECORDED) return;
    const target = /** @type {HTMLInputElement} */ (event.target);
    events.push({ event, value: target.value, checked: target.checked });
  };
  for (const type of DELEGATED_EVENTS) root.addEventListener(type, record);
  for (const type of CAPTURED_EVENTS) root.addEventListener(type, record, true);
  window.__wasmlitEarlyInput = {
    events,
    stop() {
      for (const type of DELEGATED_EVENTS) root.removeEventListener(type, record);
      for (const type of CAPTURED_EVENTS) root.removeEventListener(type, record, true);
    },
  };
}
