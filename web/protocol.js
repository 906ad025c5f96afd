// The messages between the page (main thread), the worker and the Python runtime.
// Mirrors py/wasmlit/runtime/protocol.py: bump PROTOCOL_VERSION in both when a message changes.
// Every message crosses postMessage as a JSON string; unknown types throw.

export const PROTOCOL_VERSION = 8;

/**
 * @typedef {{hash?: string, urlPath?: string}} PageRequest
 * A request names `fragments` when it reruns only them (their widgets changed, run_every);
 * without it the whole app reruns.
 * @typedef {{values: Record<string, unknown>, trigger: string | null, page?: PageRequest, fragments?: string[]}} RerunRequest
 * One element as the runtime sends it: its type and the props the catalogue declares for
 * that type (py/wasmlit/catalogue/, generated into web/generated/elements.d.ts).
 * @typedef {import("./generated/elements").ElementRecord} ElementRecord
 * @typedef {Record<string, string[]>} BlockLists
 *
 * @typedef {{
 *   entry: string, worker: string, pyodide: string, stdlib: string, stdlibPieces?: string | null, bundle: string,
 *   pyodideVersion: string, lock: object, config: Record<string, unknown>,
 *   sizes: Record<string, number>, title: string,
 *   snapshot?: import("./worker/snapshot_boot.js").SnapshotEntry | null,
 *   packages?: import("./worker/packages_boot.js").PackagesEntry | null,
 *   offline?: import("./offline/offline_support.js").OfflineEntry | null,
 *   icons?: import("./material_icons.js").IconFonts,
 *   math?: {stylesheet: string},
 *   dev?: import("./dev/client.js").DevEntry
 * }} BootManifest
 *
 * Page -> worker
 * @typedef {{type: "boot", protocol: number, manifest: BootManifest, baseUrl: string, firstPaint?: string | null}} BootMessage
 * What st.context reads (web/context_info.js); sent when it changed since the last message.
 * @typedef {{timezone?: string, timezoneOffset?: number, locale?: string, url?: string, isEmbedded?: boolean,
 *            colorScheme?: string, cookies?: Record<string, string>}} BrowserContext
 * @typedef {{type: "rerun", requests: RerunRequest[], queryString?: string, context?: BrowserContext}} RerunMessage
 * @typedef {{type: "stop"}} StopMessage
 * @typedef {{type: "restore_state", data: string}} RestoreStateMessage
 * The main menu's Clear cache (and the "c" key): st.cache_data and st.cache_resource empty.
 * @typedef {{type: "clear_cache"}} ClearCacheMessage
 * The dev loop (build.py --serve): app files saved since (path relative to the app folder -> text).
 * @typedef {{type: "source_changed", files: Record<string, string>}} SourceChangedMessage
 * @typedef {BootMessage | RerunMessage | StopMessage | RestoreStateMessage | ClearCacheMessage | SourceChangedMessage} ToWorker
 * Messages that are not JSON, for the worker itself (Python never sees them): the shared
 * memory for Stop and fast reruns (a SharedArrayBuffer cannot be written as text), sent
 * before "boot"; a one-file app's files (web/site_files.js), also before "boot"; and the
 * page's request to save the home folder now (the tab is being hidden: web/saved_data.js).
 * @typedef {{type: "attach_control", buffer: SharedArrayBuffer}} AttachControlMessage
 * @typedef {{type: "attach_files", files: Map<string, Blob>}} AttachFilesMessage
 * @typedef {{type: "save_home"}} SaveHomeMessage
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
 * The main script does not compile (dev loop only): Streamlit's "Script execution error" dialog.
 * @typedef {{type: "compile_error", message: string}} CompileError
 * @typedef {{type: "runtime_error", message: string, detail: string}} RuntimeError
 * Python ended for good (os._exit, a WebAssembly trap): the page replaces the worker.
 * @typedef {{type: "interpreter_died", reason: string, detail: string}} InterpreterDied
 * @typedef {{hash: string, title: string, icon: string, urlPath: string, section: string, default: boolean,
 *            hidden: boolean, external: string | null, help: string}} NavPage
 * @typedef {{type: "navigation", pages: NavPage[], sections: string[], position: string,
 *            expanded: boolean | number, currentPageHash: string}} Navigation
 * @typedef {{type: "page_not_found", pageName: string}} PageNotFound
 * @typedef {{type: "page_info", queryString: string}} PageInfo
 * @typedef {{type: "toast", id: number, body: string, icon: string, duration: number}} Toast
 * @typedef {{type: "logo", image: string, imageKind: string, iconImage: string | null, iconImageKind: string | null,
 *            link: string | null, size: string}} Logo
 * @typedef {{type: "state_snapshot", data: string | null, keys: string[], skipped: string[], reason: string,
 *            costMs: number}} StateSnapshot
 * @typedef {{type: "state_restored", restored: string[], failed: string[]}} StateRestored
 * @typedef {Navigation | PageNotFound | PageInfo | Toast | Logo | StateSnapshot | StateRestored | CompileError} FeatureMessage
 * @typedef {BootProgress | Ready | BootFailed | Patch | RunFinished | Log | ProtocolError | RuntimeError
 *           | InterpreterDied | PageConfigMessage | FeatureMessage} FromWorker
 */

/**
 * Every message's fields, as the decoders check them: a JSON type ("string", "number",
 * "boolean", "object", "array"), alternatives joined by "|" ("null" among them), and a
 * leading "?" for a field that may be absent. A message with a missing, extra or
 * mistyped field is rejected, as is an unknown type. py/wasmlit/runtime/protocol.py
 * defines the same messages; tests/contract/ holds examples both sides must accept.
 * @type {Record<string, Record<string, string>>}
 */
const TO_WORKER_FIELDS = {
  boot: { protocol: "number", manifest: "object", baseUrl: "string", firstPaint: "?string|null" },
  rerun: { requests: "array", queryString: "?string", context: "?object" },
  stop: {},
  restore_state: { data: "string" },
  clear_cache: {},
  source_changed: { files: "object" },
};

/** @type {Record<string, Record<string, string>>} */
const FROM_WORKER_FIELDS = {
  boot_progress: { stage: "string", loaded: "number", total: "number" },
  ready: { protocol: "number", pythonVersion: "string", bootMs: "number" },
  boot_failed: { message: "string", detail: "string" },
  patch: { run: "number", blocks: "object", elements: "object" },
  run_finished: {
    run: "number",
    status: "string",
    durationMs: "number",
    scriptRuns: "number",
    blocks: "object",
    elements: "object",
  },
  log: { level: "string", text: "string" },
  page_config: { config: "object" },
  protocol_error: { text: "string" },
  compile_error: { message: "string" },
  runtime_error: { message: "string", detail: "string" },
  interpreter_died: { reason: "string", detail: "string" },
  navigation: {
    pages: "array",
    sections: "array",
    position: "string",
    expanded: "boolean|number",
    currentPageHash: "string",
  },
  page_not_found: { pageName: "string" },
  page_info: { queryString: "string" },
  toast: { id: "number", body: "string", icon: "string", duration: "number" },
  logo: {
    image: "string",
    imageKind: "string",
    iconImage: "string|null",
    iconImageKind: "string|null",
    link: "string|null",
    size: "string",
  },
  state_snapshot: { data: "string|null", keys: "array", skipped: "array", reason: "string", costMs: "number" },
  state_restored: { restored: "array", failed: "array" },
};

/** The JSON type of a value, as the field specs name it. @param {unknown} value */
function jsonType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/**
 * Why a message does not fit its fields, or null.
 * @param {Record<string, unknown>} message @param {Record<string, string>} fields
 */
function fieldProblem(message, fields) {
  for (const name of Object.keys(message)) {
    if (name !== "type" && !(name in fields)) return `has an unknown field ${name}`;
  }
  for (const [name, spec] of Object.entries(fields)) {
    const optional = spec.startsWith("?");
    if (!(name in message)) {
      if (optional) continue;
      return `has no ${name}`;
    }
    const allowed = (optional ? spec.slice(1) : spec).split("|");
    if (!allowed.includes(jsonType(message[name]))) return `field ${name} must be ${allowed.join(" or ")}`;
  }
  return null;
}

/**
 * @param {unknown} text
 * @param {Record<string, Record<string, string>>} schema
 * @param {string} direction
 * @returns {Record<string, unknown>}
 */
function decode(text, schema, direction) {
  if (typeof text !== "string") {
    throw new TypeError(`${direction} message must be a JSON string, got ${typeof text}`);
  }
  /** @type {unknown} */
  const parsed = JSON.parse(text);
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new TypeError(`${direction} message must be a JSON object`);
  }
  const message = /** @type {Record<string, unknown>} */ (parsed);
  const type = message.type;
  if (typeof type !== "string" || !Object.hasOwn(schema, type)) {
    throw new TypeError(`unknown ${direction} message type ${JSON.stringify(type)}`);
  }
  const problem = fieldProblem(message, schema[type]);
  if (problem) throw new TypeError(`${direction} message ${type} ${problem}`);
  return message;
}

/**
 * The console line for a message that could not be decoded: why, and the message itself.
 * @param {unknown} data @param {unknown} error
 */
export function describeRejectedMessage(data, error) {
  const reason = error instanceof Error ? error.message : String(error);
  const text = typeof data === "string" ? data : String(data);
  const shown = text.length > 200 ? `${text.slice(0, 200)}…` : text;
  return `wasmlit: rejected a malformed message from the worker (${reason}): ${shown}`;
}

/** @param {unknown} text @returns {ToWorker} */
export function decodeToWorker(text) {
  return /** @type {ToWorker} */ (/** @type {unknown} */ (decode(text, TO_WORKER_FIELDS, "page->worker")));
}

/** @param {unknown} text @returns {FromWorker} */
export function decodeFromWorker(text) {
  return /** @type {FromWorker} */ (/** @type {unknown} */ (decode(text, FROM_WORKER_FIELDS, "worker->page")));
}

/**
 * @param {BootManifest} manifest @param {string} baseUrl
 * @param {string | null} [firstPaint] the pre-rendered run_finished message the page hydrated
 */
export function bootMessage(manifest, baseUrl, firstPaint = null) {
  return JSON.stringify({ type: "boot", protocol: PROTOCOL_VERSION, manifest, baseUrl, firstPaint });
}

/**
 * @param {RerunRequest[]} requests @param {string} [queryString] the address bar's, without "?"
 * @param {BrowserContext} [context] st.context's values, when they changed
 */
export function rerunMessage(requests, queryString, context) {
  /** @type {RerunMessage} */
  const message = { type: "rerun", requests };
  if (queryString !== undefined) message.queryString = queryString;
  if (context !== undefined) message.context = context;
  return JSON.stringify(message);
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
  return typeof data === "object" && data !== null && "type" in data && data.type === "attach_control";
}

/** A one-file app's files, by path in the site. @param {Map<string, Blob>} files @returns {AttachFilesMessage} */
export function attachFilesMessage(files) {
  return { type: "attach_files", files };
}

/** @param {unknown} data @returns {data is AttachFilesMessage} */
export function isAttachFilesMessage(data) {
  return typeof data === "object" && data !== null && "type" in data && data.type === "attach_files";
}

/** @returns {SaveHomeMessage} */
export function saveHomeMessage() {
  return { type: "save_home" };
}

/** @param {unknown} data @returns {data is SaveHomeMessage} */
export function isSaveHomeMessage(data) {
  return typeof data === "object" && data !== null && "type" in data && data.type === "save_home";
}

export function clearCacheMessage() {
  return JSON.stringify({ type: "clear_cache" });
}

/** @param {Record<string, string>} files path relative to the app folder -> its new text */
export function sourceChangedMessage(files) {
  return JSON.stringify({ type: "source_changed", files });
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

/** @param {string} reason what ended Python, for the page's notice @param {string} detail the error */
export function interpreterDiedMessage(reason, detail) {
  return JSON.stringify({ type: "interpreter_died", reason, detail });
}
