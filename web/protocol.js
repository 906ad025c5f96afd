// The messages between the page (main thread), the worker and the Python runtime.
// Mirrors py/wasmlit/protocol.py: bump PROTOCOL_VERSION in both when a message changes.
// Every message crosses postMessage as a JSON string; unknown types throw.

export const PROTOCOL_VERSION = 1;

/**
 * @typedef {{values: Record<string, unknown>, trigger: string | null}} RerunRequest
 * @typedef {{type: "props", props: Record<string, unknown>}} ElementProps
 * @typedef {{type: string, props: Record<string, any>}} ElementRecord
 * @typedef {Record<string, string[]>} BlockLists
 *
 * @typedef {{
 *   entry: string, worker: string, pyodide: string, stdlib: string, bundle: string,
 *   pyodideVersion: string, lock: object, config: Record<string, unknown>,
 *   sizes: Record<string, number>, title: string,
 *   snapshot?: import("./snapshot_boot.js").SnapshotEntry | null
 * }} BootManifest
 *
 * Page -> worker
 * @typedef {{type: "boot", protocol: number, manifest: BootManifest, baseUrl: string, firstPaint?: string | null}} BootMessage
 * @typedef {{type: "rerun", requests: RerunRequest[]}} RerunMessage
 * @typedef {{type: "stop"}} StopMessage
 * @typedef {BootMessage | RerunMessage | StopMessage} ToWorker
 *
 * Worker -> page
 * @typedef {{type: "boot_progress", stage: string, loaded: number, total: number}} BootProgress
 * @typedef {{type: "ready", protocol: number, pythonVersion: string, bootMs: number}} Ready
 * @typedef {{type: "boot_failed", message: string, detail: string}} BootFailed
 * @typedef {{type: "patch", run: number, blocks: BlockLists, elements: Record<string, ElementRecord>}} Patch
 * @typedef {{type: "run_finished", run: number, status: string, durationMs: number, scriptRuns: number,
 *            blocks: BlockLists, elements: Record<string, ElementRecord>}} RunFinished
 * @typedef {{type: "log", level: "info" | "warn" | "error", text: string}} Log
 * @typedef {{type: "protocol_error", text: string}} ProtocolError
 * @typedef {{type: "runtime_error", message: string, detail: string}} RuntimeError
 * @typedef {BootProgress | Ready | BootFailed | Patch | RunFinished | Log | ProtocolError | RuntimeError} FromWorker
 */

const TO_WORKER_TYPES = new Set(["boot", "rerun", "stop"]);
const FROM_WORKER_TYPES = new Set([
  "boot_progress",
  "ready",
  "boot_failed",
  "patch",
  "run_finished",
  "log",
  "protocol_error",
  "runtime_error",
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
    throw new TypeError(`unknown ${direction} message type ${JSON.stringify(message && message.type)}`);
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

/** @param {RerunRequest[]} requests */
export function rerunMessage(requests) {
  return JSON.stringify({ type: "rerun", requests });
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
