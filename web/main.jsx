// The page (UI thread): renders the app, starts the Python worker, and wires the two.

import { hydrate, render } from "preact";
import { bootMessage, clearCacheMessage, decodeFromWorker, describeRejectedMessage } from "./protocol.js";
import { PageStore } from "./store.js";
import { SessionClient } from "./session.js";
import { installDelegatedEvents, replayRecordedEvents } from "./events.js";
import { installRerunHotkey } from "./hotkeys.js";
import { StoreContext } from "./render/context.js";
import { App } from "./render/app.jsx";
import { RuntimeFeatures } from "./features.js";
import { WorkerHost } from "./worker/host.js";
import { adoptFirstPaint, readFirstPaint } from "./first_paint.js";
import { ALL_ELEMENT_KINDS } from "./elements_index.js";
import { registerElementKinds } from "./render/registry.js";
import { receivePageConfig } from "./page_config.js";
import { connectFragments } from "./fragments.js";
import { configureMaterialIcons } from "./material_icons.js";
import { configureMath } from "./markdown_math.js";
import { oneFileApp, siteUrl } from "./site_files.js";
import { menuState, themeSwitchable } from "./menu/state.js";
import "./styles/app.css";

// Without a sign of progress for this long, the loading screen says so.
const BOOT_STALL_MS = 45000;

/** @returns {import("./protocol.js").BootManifest} */
function readManifest() {
  const script = document.getElementById("wasmlit-boot");
  if (!script?.textContent) throw new Error("index.html has no boot manifest");
  return JSON.parse(script.textContent);
}

/**
 * @param {PageStore} store
 * @param {SessionClient} session
 * @param {RuntimeFeatures} features
 * @param {import("./protocol.js").FromWorker} message
 */
function handleWorkerMessage(store, session, features, message) {
  switch (message.type) {
    case "boot_progress":
      store.setBootProgress(message);
      break;
    case "ready":
      store.setConnectionState("CONNECTED");
      features.onWorkerReady();
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
      features.onRunFinished(message);
      break;
    case "page_config":
      receivePageConfig(message.config);
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
    default:
      features.handleMessage(message);
  }
}

/**
 * Show the app: hydrate the pre-rendered first paint when the build inlined one (the
 * DOM is kept, nothing flickers), otherwise replace the loading shell.
 * @param {PageStore} store @param {HTMLElement} root @param {RuntimeFeatures} features
 * @returns {string | null} the hydrated run's message, for the worker
 */
function mountApp(store, root, features) {
  let firstPaint = null;
  try {
    firstPaint = readFirstPaint(document);
  } catch (error) {
    console.warn("wasmlit: the pre-rendered first paint is unreadable; rendering from scratch.", error);
  }
  const app = (
    <StoreContext.Provider value={store}>
      <App features={features} />
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
  const early = window.__wasmlitEarlyWorker || null;
  delete window.__wasmlitEarlyWorker;
  return early;
}

/**
 * What the visitor did on the pre-rendered page before this script ran (recorded by
 * web/inline/early_input.js); the recorder stops here.
 * @returns {import("./events.js").RecordedEvent[]}
 */
function takeEarlyInput() {
  const early = window.__wasmlitEarlyInput;
  delete window.__wasmlitEarlyInput;
  if (!early) return [];
  early.stop();
  return early.events;
}

/**
 * The dev loop's client (build.py --serve), a chunk only such pages load. Messages that
 * arrive before it wait for it.
 * @param {import("./dev/client.js").DevEntry} dev @param {(text: string) => void} post @param {SessionClient} session
 * @returns {(message: import("./protocol.js").FromWorker) => void}
 */
function loadDevClient(dev, post, session) {
  /** @type {import("./protocol.js").FromWorker[]} */
  const early = [];
  /** @type {((message: import("./protocol.js").FromWorker) => void) | null} */
  let handle = null;
  import("./dev/client.js")
    .then(({ startDevClient }) => {
      handle = startDevClient(dev, { post, rerun: () => session.rerun(), autoRerun: () => menuState.autoRerun });
      for (const message of early.splice(0)) handle(message);
    })
    .catch((error) => console.warn("wasmlit: the dev loop's client did not load; saves need a reload.", error));
  return (message) => (handle ? handle(message) : early.push(message));
}

function start() {
  registerElementKinds(ALL_ELEMENT_KINDS);
  const store = new PageStore();
  const root = /** @type {HTMLElement} */ (document.getElementById("root"));
  /** @type {import("./protocol.js").BootManifest} */
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
  configureMaterialIcons(manifest.icons);
  configureMath(manifest.math);
  const features = new RuntimeFeatures(manifest);
  /** The hydrated first paint, for the first worker only (a replacement starts fresh). @type {string | null} */
  let firstPaint = null;
  const host = new WorkerHost({
    workerUrl: new URL(siteUrl(manifest.worker)),
    siteFiles: oneFileApp()?.files || null,
    bootMessage: () => bootMessage(manifest, document.baseURI, host.generation === 1 ? firstPaint : null),
    controlBuffer: features.runControl.buffer,
    onMessage: (data) => onWorkerMessage(data),
    onError: (event) => onWorkerError(event),
  });
  const session = new SessionClient(store, (text) => host.post(text), features.sessionOptions());
  features.connect({ root, session, host });
  const devMessage = manifest.dev ? loadDevClient(manifest.dev, (text) => host.post(text), session) : null;
  menuState.configure({
    toolbarMode: manifest.config["client.toolbarMode"],
    hostname: window.location.hostname,
    devLoop: Boolean(manifest.dev),
    themeSwitcher: themeSwitchable(manifest.config),
    actions: {
      rerun: () => session.rerun(),
      clearCache: () => host.post(clearCacheMessage()),
      clearSavedData: () => features.savedData?.clear(),
      hasSavedData: async () => (features.savedData ? features.savedData.hasFiles() : false),
    },
  });
  // Exposed for the benchmark and for debugging from the console.
  // `timing.lastMessageAt`: when the last worker message arrived (the bench's patch time).
  const timing = { lastMessageAt: 0 };
  Object.assign(window, { __wasmlit: { store, session, features, timing } });

  connectFragments(session);
  firstPaint = mountApp(store, root, features);
  const route = installDelegatedEvents(root, store, session);
  installRerunHotkey(document, store, session);

  let lastProgressAt = performance.now();
  const stallTimer = setInterval(() => {
    if (store.connectionState === "CONNECTED" || store.fatalError) {
      clearInterval(stallTimer);
    } else if (performance.now() - lastProgressAt > BOOT_STALL_MS) {
      clearInterval(stallTimer);
      store.setFatalError("Loading stopped making progress.", "No data arrived for 45 seconds; the connection may be down.");
    }
  }, 1000);

  /** @param {unknown} data */
  function onWorkerMessage(data) {
    lastProgressAt = timing.lastMessageAt = performance.now();
    let message;
    try {
      message = decodeFromWorker(data);
    } catch (error) {
      // One bad message says nothing about the app, which may well keep working: name it
      // in the console and drop it (a banner would claim the app could not start).
      console.error(describeRejectedMessage(data, error));
      return;
    }
    handleWorkerMessage(store, session, features, message);
    if (devMessage && ["compile_error", "run_finished", "ready"].includes(message.type)) devMessage(message);
  }
  /** @param {ErrorEvent} event */
  function onWorkerError(event) {
    event.preventDefault();
    store.setConnectionState("DISCONNECTED_FOREVER");
    const reason = event.message || `The worker script (${manifest.worker}) failed to load or crashed.`;
    store.setFatalError("The app's Python worker could not be started.", reason);
    console.error(`wasmlit: worker error: ${reason}`);
  }
  store.setConnectionState("CONNECTING");
  host.start(takeEarlyWorker());
  session.rerun(features.initialPage());
  // After the first run's request: that run comes first, as Streamlit's would have.
  replayRecordedEvents(takeEarlyInput(), route);
}

// Not at build time: web/prerender.jsx imports this module to register the elements.
if (typeof document !== "undefined") {
  // A pre-rendered app is painted first, then hydrated: this script must not hold up
  // the first paint (it would, by ~30 ms, when it is loaded before parsing ends).
  if (document.getElementById("wasmlit-first-paint")) requestAnimationFrame(() => setTimeout(start));
  else start();
}
