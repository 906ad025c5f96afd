// Inlined into index.html by the build (an IIFE, after the first paint's markup): starts
// the Python worker right after the first frame, not after the page script has downloaded
// and run, so the interpreter's downloads begin ~100 ms earlier. Not during parsing:
// creating a worker then delays first paint by ~50 ms. The page script (main.jsx,
// takeEarlyWorker) takes over the worker and the messages it sent.

import { bootMessage } from "../protocol.js";

requestAnimationFrame(() =>
  setTimeout(() => {
    if (window.__wasmlit) return; // the page script was faster and started its own
    try {
      const manifest = JSON.parse(/** @type {HTMLElement} */ (document.getElementById("wasmlit-boot")).textContent || "");
      const paint = document.getElementById("wasmlit-first-paint");
      const firstPaint = paint ? paint.textContent : null;
      if (firstPaint) JSON.parse(firstPaint);
      const worker = new Worker(new URL(manifest.worker, document.baseURI), { type: "module" });
      /** @type {{worker: Worker, messages: MessageEvent[], errors: ErrorEvent[]}} */
      const early = { worker, messages: [], errors: [] };
      worker.onmessage = (event) => early.messages.push(event);
      worker.onerror = (event) => {
        event.preventDefault();
        early.errors.push(event);
      };
      worker.postMessage(bootMessage(manifest, document.baseURI, firstPaint));
      window.__wasmlitEarlyWorker = early;
    } catch {
      // The page script starts the worker itself and reports what is wrong.
    }
  }),
);
