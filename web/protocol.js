// The messages between the page (main thread), the worker and the Python runtime.
// Mirrors py/wasmlit/runtime/protocol.py: bump PROTOCOL_VERSION in both when a message changes.
// Every message crosses postMessage as a JSON string; unknown types throw.

export const PROTOCOL_VERSION = 4;

/**
 * @typedef {{hash?: string, urlPath?: string}} PageRequest
 * A request names `fragments` when it reruns only them (their widgets changed, run_every);
 * without it the whole app reruns.
 * @typedef {{values: Record<string, unknown>, trigger: string | null, page?: PageRequest, fragments?: string[]}} RerunRequest
 * @typedef {{type: string, props: Record<string, any>}} ElementRecord
 * @typedef {Record<string, string[]>} BlockLists
 *
 * @typedef {{
 *   entry: string, worker: string, pyodide: string, stdlib: string, bundle: string,
 *   pyodideVersion: string, lock: object, config: Record<string, unknown>,
 *   sizes: Record<string, number>, title: string,
 *   snapshot?: import("./worker/snapshot_boot.js").SnapshotEntry | null,
 *   packages?: import("./worker/packages_boot.js").PackagesEntry | null
 * }} BootManifest
 *
 * Page -> worker
 * @typedef {{type: "boot", protocol: number, manifest: BootManifest, baseUrl: string, firstPaint?: string | null}} BootMessage
 * @typedef {{type: "rerun", requests: RerunRequest[], queryString?: string}} RerunMessage
 * @typedef {{type: "stop"}} StopMessage
 * @typedef {{type: "restore_state", data: string}} RestoreStateMessage
 * @typedef {BootMessage | RerunMessage | StopMessage | RestoreStateMessage} ToWorker
 * The one message that is not JSON: the shared memory for Stop and fast reruns
 * (a SharedArrayBuffer cannot be written as text). Sent before "boot".
 * @typedef {{type: "attach_control", buffer: SharedArrayBuffer}} AttachControlMessage
 *
 * Worker -> page
 * @typedef {{type: "boot_progress", stage: string, loaded: number, total: number}} BootProgress
 * @typedef {{type: "ready", protocol: number, pythonVersion: string, bootMs: number}} Ready
 * @typedef {{type: "boot_failed", message: string, detail: string}} BootFailed
 * @typedef {{type: "patch", run: number, blocks: BlockLists, elements: Record<string, ElementRecord>}} Patch
 * @typedef {{type: "run_finished", run: number, status: string, durationMs: number, scriptRuns: number,
 *            blocks: BlockLists, elements: Record<string, ElementRecord>}} RunFinished
 * @typedef {{type: "log", level: "info" | "warn" | "error", text: string}} Log
 * @typedef {{type: "page_config", config: import("./page_config.js").PageConfig}} PageConfigMessage
 * @typedef {{type: "protocol_error", text: string}} ProtocolError
 * @typedef {{type: "runtime_error", message: string, detail: string}} RuntimeError
 * @typedef {{hash: string, title: string, icon: string, urlPath: string, section: string, default: boolean,
 *            hidden: boolean, external: string | null, help: string}} NavPage
 * @typedef {{type: "navigation", pages: NavPage[], sections: string[], position: string,
 *            expanded: boolean | number, currentPageHash: string}} Navigation
 * @typedef {{type: "page_not_found", pageName: string}} PageNotFound
 * @typedef {{type: "page_info", queryString: string}} PageInfo
 * @typedef {{type: "toast", id: number, body: string, icon: string, duration: number}} Toast
 * @typedef {{type: "state_snapshot", data: string | null, keys: string[], skipped: string[], reason: string,
 *            costMs: number}} StateSnapshot
 * @typedef {{type: "state_restored", restored: string[], failed: string[]}} StateRestored
 * @typedef {Navigation | PageNotFound | PageInfo | Toast | StateSnapshot | StateRestored} FeatureMessage
 * @typedef {BootProgress | Ready | BootFailed | Patch | RunFinished | Log | ProtocolError | RuntimeError
 *           | PageConfigMessage | FeatureMessage} FromWorker
 */

const TO_WORKER_TYPES = new Set(["boot", "rerun", "stop", "restore_state"]);
const FROM_WORKER_TYPES = new Set([
  "boot_progress",
  "ready",
  "boot_failed",
  "patch",
  "run_finished",
  "log",
  "page_config",
  "protocol_error",
  "runtime_error",
  "navigation",
  "page_not_found",
  "page_info",
  "toast",
  "state_snapshot",
  "state_restored",
]);

/**
 * @param {string} text
 * @param {Set<string>} allowed
 * @param {string} direction
 */
function decode(text, allowed, direction) {
  if (typeof text !== "string") {
    throw new TypeError(`${direction} message must be a JSON string, got ${typeof text}`);
  }
  const message = JSON.parse(text);
  if (message === null || typeof message !== "object" || !allowed.has(message.type)) {
    throw new TypeError(`unknown ${direction} message type ${JSON.stringify(message?.type)}`);
  }
  return message;
}

/** @param {string} text @returns {ToWorker} */
export function decodeToWorker(text) {
  return decode(text, TO_WORKER_TYPES, "page->worker");
}

/** @param {string} text @returns {FromWorker} */
export function decodeFromWorker(text) {
  return decode(text, FROM_WORKER_TYPES, "worker->page");
}

/**
 * @param {BootManifest} manifest @param {string} baseUrl
 * @param {string | null} [firstPaint] the pre-rendered run_finished message the page hydrated
 */
export function bootMessage(manifest, baseUrl, firstPaint = null) {
  return JSON.stringify({ type: "boot", protocol: PROTOCOL_VERSION, manifest, baseUrl, firstPaint });
}

/** @param {RerunRequest[]} requests @param {string} [queryString] the address bar's, without "?" */
export function rerunMessage(requests, queryString) {
  return JSON.stringify(queryString === undefined ? { type: "rerun", requests } : { type: "rerun", requests, queryString });
}

/** @param {string} data a Session State snapshot (base64) from a replaced worker */
export function restoreStateMessage(data) {
  return JSON.stringify({ type: "restore_state", data });
}

/** @param {SharedArrayBuffer} buffer @returns {AttachControlMessage} */
export function attachControlMessage(buffer) {
  return { type: "attach_control", buffer };
}

/** @param {unknown} data @returns {data is AttachControlMessage} */
export function isAttachControlMessage(data) {
  return typeof data === "object" && data !== null && /** @type {any} */ (data).type === "attach_control";
}

export function stopMessage() {
  return JSON.stringify({ type: "stop" });
}

/** @param {string} stage @param {number} loaded @param {number} total */
export function bootProgressMessage(stage, loaded, total) {
  return JSON.stringify({ type: "boot_progress", stage, loaded, total });
}

/** @param {string} pythonVersion @param {number} bootMs */
export function readyMessage(pythonVersion, bootMs) {
  return JSON.stringify({ type: "ready", protocol: PROTOCOL_VERSION, pythonVersion, bootMs });
}

/** @param {string} message @param {string} detail */
export function bootFailedMessage(message, detail) {
  return JSON.stringify({ type: "boot_failed", message, detail });
}

/** @param {string} message @param {string} detail */
export function runtimeErrorMessage(message, detail) {
  return JSON.stringify({ type: "runtime_error", message, detail });
}
