// The dev loop's page side (build.py --serve), in its own chunk: loaded only when the
// build marks the page as served by the dev loop, so other sites never download it.
// It listens to the dev server's event stream: saved Python files go to the worker,
// which swaps them in its file system, and the app reruns, keeping Session State (as
// `streamlit run` with "run on save"). A main script that does not compile shows
// Streamlit's "Script execution error" dialog until a run starts again.

import { sourceChangedMessage } from "../protocol.js";

/**
 * @typedef {{events: string, version: number}} DevEntry the manifest's "dev" entry
 * @typedef {{post: (text: string) => void, rerun: () => void, autoRerun: () => boolean}} DevHooks
 * @typedef {{kind: string, version: number, files?: Record<string, string>}} DevEvent
 */

/** Streamlit 1.67's dialog for a script that does not compile; null while none shows. */
/** @type {HTMLElement | null} */
let shownError = null;

function closeCompileError() {
  shownError?.remove();
  shownError = null;
}

/** @param {string} message the error as Streamlit words it (file, line, caret) */
function showCompileError(message) {
  closeCompileError();
  const overlay = document.createElement("div");
  overlay.className = "stDialog wl-dialog-overlay wl-dialog-center";
  overlay.dataset.testid = "stScriptCompileErrorDialog";
  const box = document.createElement("section");
  box.className = "wl-dialog wl-dialog-width-medium";
  box.setAttribute("role", "dialog");
  box.setAttribute("aria-modal", "true");
  box.setAttribute("aria-label", "Script execution error");
  const title = document.createElement("h2");
  title.className = "wl-dialog-title";
  title.textContent = "Script execution error";
  const body = document.createElement("div");
  body.className = "wl-dialog-body";
  const block = document.createElement("div");
  block.className = "stErrorCodeBlock stCode";
  block.dataset.testid = "stErrorCodeBlock";
  const pre = document.createElement("pre");
  const code = document.createElement("code");
  code.textContent = message || "No message";
  pre.append(code);
  block.append(pre);
  const close = document.createElement("button");
  close.type = "button";
  close.className = "stBaseButton secondary";
  close.dataset.testid = "stBaseButton-secondary";
  close.textContent = "Close";
  close.addEventListener("click", closeCompileError);
  const footer = document.createElement("div");
  footer.className = "wl-dialog-footer";
  footer.style.cssText = "display:flex;justify-content:flex-end;margin-top:1rem";
  footer.append(close);
  body.append(block, footer);
  box.append(title, body);
  overlay.append(box);
  document.body.append(overlay);
  shownError = overlay;
}

/**
 * Connect to the dev server. Returns the handler for the worker's messages the dev loop
 * cares about (compile errors, finished runs).
 * @param {DevEntry} dev @param {DevHooks} hooks
 * @returns {(message: import("../protocol.js").FromWorker) => void}
 */
export function startDevClient(dev, hooks) {
  let version = dev.version;
  /** Every file saved since the page loaded, for a replacement worker (after Stop). @type {Record<string, string>} */
  const saved = {};
  let workersReady = 0;
  const events = new EventSource(new URL(dev.events, document.baseURI));
  events.onmessage = (event) => {
    /** @type {DevEvent} */
    const data = JSON.parse(event.data);
    if (data.kind === "hello") {
      // The site was rebuilt since this page loaded (or while it was away): load it again.
      if (data.version > version) location.reload();
      else document.documentElement.dataset.wlDevVersion = String(version);
    } else if (data.kind === "reload") {
      location.reload();
    } else if (data.kind === "scripts" && data.files) {
      version = data.version;
      Object.assign(saved, data.files);
      hooks.post(sourceChangedMessage(data.files));
      // For tests and DevTools: the save the worker has (set on connecting, too).
      document.documentElement.dataset.wlDevVersion = String(version);
      if (hooks.autoRerun()) hooks.rerun();
    }
  };
  return (message) => {
    // A replacement worker booted from the page's first app zip: it needs the saves again.
    if (message.type === "ready" && workersReady++ > 0 && Object.keys(saved).length) {
      hooks.post(sourceChangedMessage(saved));
      hooks.rerun();
    }
    if (message.type === "compile_error") showCompileError(message.message);
    else if (message.type === "run_finished" && message.status !== "compile_error") closeCompileError();
  };
}
