// The page (UI thread): renders the app, starts the Python worker, and wires the two.

import { hydrate, render } from "preact";
import { PROTOCOL_VERSION, bootMessage, decodeFromWorker } from "./protocol.js";
import { PageStore } from "./store.js";
import { SessionClient } from "./session.js";
import { installDelegatedEvents } from "./events.js";
import { StoreContext } from "./render/context.js";
import { App } from "./render/app.jsx";
import { adoptFirstPaint, readFirstPaint } from "./first_paint.js";
import "./elements/markdown.jsx";
import "./elements/alert.jsx";
import "./elements/data.jsx";
import "./widgets/button.jsx";
import "./styles/app.css";

// Without a sign of progress for this long, the loading screen says so.
const BOOT_STALL_MS = 45000;

/** @returns {import("./protocol.js").BootManifest} */
function readManifest() {
  const script = document.getElementById("wasmlit-boot");
  if (!script || !script.textContent) throw new Error("index.html has no boot manifest");
  return JSON.parse(script.textContent);
}

/**
 * @param {PageStore} store
 * @param {SessionClient} session
 * @param {import("./protocol.js").FromWorker} message
 */
function handleWorkerMessage(store, session, message) {
  switch (message.type) {
    case "boot_progress":
      store.setBootProgress(message);
      break;
    case "ready":
      if (message.protocol !== PROTOCOL_VERSION) {
        store.setFatalError("The app's files do not match each other (protocol version).", "");
        return;
      }
      store.setConnectionState("CONNECTED");
      session.onReady();
      break;
    case "boot_failed":
      store.setConnectionState("DISCONNECTED_FOREVER");
      store.setFatalError(message.message, message.detail);
      console.error(`wasmlit: boot failed: ${message.message}`);
      break;
    case "patch":
      session.onPatch(message);
      break;
    case "run_finished":
      session.onRunFinished(message);
      break;
    case "log":
      (message.level === "error" ? console.error : message.level === "warn" ? console.warn : console.info)(message.text);
      break;
    case "protocol_error":
    case "runtime_error": {
      const text = message.type === "protocol_error" ? message.text : `${message.message} ${message.detail}`;
      console.error(`wasmlit: ${text}`);
      store.setFatalError("The app stopped responding because of an internal error.", text);
      break;
    }
  }
}

/**
 * Show the app: hydrate the pre-rendered first paint when the build inlined one (the
 * DOM is kept, nothing flickers), otherwise replace the loading shell.
 * @param {PageStore} store @param {HTMLElement} root
 * @returns {string | null} the hydrated run's message, for the worker
 */
function mountApp(store, root) {
  let firstPaint = null;
  try {
    firstPaint = readFirstPaint(document);
  } catch (error) {
    console.warn("wasmlit: the pre-rendered first paint is unreadable; rendering from scratch.", error);
  }
  const app = (
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  );
  if (firstPaint) {
    adoptFirstPaint(store, firstPaint.message);
    hydrate(app, root);
    return firstPaint.text;
  }
  root.textContent = "";
  render(app, root);
  return null;
}

/**
 * The worker index.html's inline script started while this script was downloading
 * (page.py), with the boot message already sent; or null.
 * @returns {{worker: Worker, messages: MessageEvent[], errors: ErrorEvent[]} | null}
 */
function takeEarlyWorker() {
  const early = /** @type {any} */ (window).__wasmlitEarlyWorker || null;
  delete (/** @type {any} */ (window).__wasmlitEarlyWorker);
  return early;
}

function start() {
  const store = new PageStore();
  const root = /** @type {HTMLElement} */ (document.getElementById("root"));
  let manifest;
  try {
    manifest = readManifest();
  } catch (error) {
    store.setFatalError("This page is missing its app description.", String(error));
    render(
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>,
      root,
    );
    return;
  }
  const early = takeEarlyWorker();
  const worker = early ? early.worker : new Worker(new URL(manifest.worker, document.baseURI), { type: "module" });
  const session = new SessionClient(store, (text) => worker.postMessage(text));
  // Exposed for the benchmark and for debugging from the console.
  // `timing.lastMessageAt`: when the last worker message arrived (the bench's patch time).
  const timing = { lastMessageAt: 0 };
  Object.assign(window, { __wasmlit: { store, session, timing } });

  const firstPaint = mountApp(store, root);
  installDelegatedEvents(root, store, session);

  let lastProgressAt = performance.now();
  const stallTimer = setInterval(() => {
    if (store.connectionState === "CONNECTED" || store.fatalError) {
      clearInterval(stallTimer);
    } else if (performance.now() - lastProgressAt > BOOT_STALL_MS) {
      clearInterval(stallTimer);
      store.setFatalError("Loading stopped making progress.", "No data arrived for 45 seconds; the connection may be down.");
    }
  }, 1000);

  worker.onmessage = (event) => {
    lastProgressAt = timing.lastMessageAt = performance.now();
    let message;
    try {
      message = decodeFromWorker(event.data);
    } catch (error) {
      console.error(error);
      store.setFatalError("The app stopped responding because of an internal error.", String(error));
      return;
    }
    handleWorkerMessage(store, session, message);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    store.setConnectionState("DISCONNECTED_FOREVER");
    store.setFatalError("The app's Python worker could not be started.", event.message || "The worker script failed to load.");
    console.error("wasmlit: worker error", event.message);
  };
  store.setConnectionState("CONNECTING");
  if (early) {
    // Already booting: replay what it said before this script was listening.
    for (const event of early.messages.splice(0)) worker.onmessage(event);
    for (const event of early.errors.splice(0)) worker.onerror(event);
  } else {
    worker.postMessage(bootMessage(manifest, document.baseURI, firstPaint));
  }
  session.rerun();
}

// Not at build time: web/prerender.jsx imports this module to register the elements.
if (typeof document !== "undefined") {
  // A pre-rendered app is painted first, then hydrated: this script must not hold up
  // the first paint (it would, by ~30 ms, when it is loaded before parsing ends).
  if (document.getElementById("wasmlit-first-paint")) requestAnimationFrame(() => setTimeout(start));
  else start();
}
