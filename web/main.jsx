// The page (UI thread): renders the app, starts the Python worker, and wires the two.

import { render } from "preact";
import { PROTOCOL_VERSION, bootMessage, decodeFromWorker } from "./protocol.js";
import { PageStore } from "./store.js";
import { SessionClient } from "./session.js";
import { installDelegatedEvents } from "./events.js";
import { installRerunHotkey } from "./hotkeys.js";
import { StoreContext } from "./render/context.js";
import { App } from "./render/app.jsx";
import { RuntimeFeatures } from "./features.js";
import { WorkerHost } from "./worker_host.js";
import "./elements/markdown.jsx";
import "./elements/alert.jsx";
import "./elements/data.jsx";
import "./widgets/button.jsx";
import "./widgets/checkbox.jsx";
import "./widgets/radio.jsx";
import "./widgets/selectbox.jsx";
import "./widgets/multiselect.jsx";
import "./widgets/slider.jsx";
import "./widgets/color_picker.jsx";
import "./widgets/form.jsx";
import "./elements/layout.jsx";
import "./elements/collapsibles.jsx";
import { receivePageConfig } from "./page_config.js";
import "./widgets/number_input.jsx";
import "./widgets/text_input.jsx";
import "./widgets/text_area.jsx";
import "./widgets/date_input.jsx";
import "./widgets/time_input.jsx";
import "./widgets/file_uploader.jsx";
import "./widgets/download_button.jsx";
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
 * @param {RuntimeFeatures} features
 * @param {import("./protocol.js").FromWorker} message
 */
function handleWorkerMessage(store, session, features, message) {
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
      features.onRunFinished();
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
  const features = new RuntimeFeatures(manifest);
  const host = new WorkerHost({
    workerUrl: new URL(manifest.worker, document.baseURI),
    bootMessage: () => bootMessage(manifest, document.baseURI),
    controlBuffer: features.runControl.buffer,
    onMessage: (data) => onWorkerMessage(data),
    onError: (event) => onWorkerError(event),
  });
  const session = new SessionClient(store, (text) => host.post(text), features.sessionOptions());
  features.connect({ root, session, host });
  // Exposed for the benchmark and for debugging from the console.
  Object.assign(window, { __wasmlit: { store, session, features } });

  root.textContent = "";
  render(
    <StoreContext.Provider value={store}>
      <App features={features} />
    </StoreContext.Provider>,
    root,
  );
  installDelegatedEvents(root, store, session);
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

  /** @param {string} data */
  function onWorkerMessage(data) {
    lastProgressAt = performance.now();
    let message;
    try {
      message = decodeFromWorker(data);
    } catch (error) {
      console.error(error);
      store.setFatalError("The app stopped responding because of an internal error.", String(error));
      return;
    }
    handleWorkerMessage(store, session, features, message);
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
  host.start();
  session.rerun(features.initialPage());
}

start();
