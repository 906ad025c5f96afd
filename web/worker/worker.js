// The Web Worker: boots Pyodide, unpacks the runtime and the app, and forwards messages
// between the page and the Python session. Python runs here, never on the UI thread.
// Boot phases are marked (performance.mark "wasmlit:*") for the benchmark and DevTools.

import "./classic_worker.js";
import { loadPyodide } from "pyodide";
import { moduleWithHeapFor } from "./snapshot_heap.js";
import { installPackages, packageResponse, startPackageDownloads } from "./packages_boot.js";
import { SnapshotRejected, fetchSnapshot, gunzip, peekGzip } from "./snapshot_boot.js";
import { plainBootReason } from "./link_speed.js";
import {
  PROTOCOL_VERSION,
  bootFailedMessage,
  bootProgressMessage,
  decodeToWorker,
  interpreterDiedMessage,
  isAttachControlMessage,
  isAttachFilesMessage,
  isSaveHomeMessage,
  readyMessage,
  runtimeErrorMessage,
} from "../protocol.js";
import { attachRunControl, rememberControlBuffer } from "./run_control.js";
import { interpreterDeath, pythonStillRuns } from "./interpreter_death.js";
import PREPARE_PYTHON from "./prepare_python.py";
import { installStdlibOnDemand, readFileSync } from "./stdlib_on_demand.js";
import { HomeFolder } from "./home_folder.js";

/** @typedef {import("../protocol.js").BootManifest} BootManifest */

const networkFetch = self.fetch.bind(self);
/** A one-file app's files (the page sends them before "boot"), by path in the site. @type {Map<string, Blob> | null} */
let siteFiles = null;
/** The site's address (the folder of a one-file app's page), set by "boot". */
let siteBase = "";

/** A one-file app's file, by its address in the site, or null. @param {string} url */
function siteFile(url) {
  if (!siteFiles || !url.startsWith(siteBase)) return null;
  return siteFiles.get(decodeURIComponent(url.slice(siteBase.length))) || null;
}

/**
 * fetch, but a one-file app's files come from memory (its page is a file:// one: there is
 * nothing to fetch them from).
 * @param {RequestInfo | URL} input @param {RequestInit} [init] @returns {Promise<Response>}
 */
function originalFetch(input, init) {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  const file = siteFiles ? siteFile(new URL(url, siteBase).href) : null;
  return file ? Promise.resolve(new Response(file)) : networkFetch(input, init);
}

/** The address to import a script of the site from (a one-file app's: a blob: address). @param {string} url */
function scriptUrl(url) {
  const file = siteFile(url);
  return file ? URL.createObjectURL(file) : url;
}
/** The first file that failed to download: the likeliest reason a boot fails. @type {string | null} */
let firstFetchFailure = null;
/** @type {((text: string) => void) | null} */
let handleInPython = null;
/** @type {string[]} */
const waitingForBoot = [];
/** Set once Python has ended for good: the page replaces this worker. */
let interpreterDied = false;
/** The script's home folder, kept in this browser between visits (home_folder.js). @type {HomeFolder | null} */
let homeFolder = null;
/** Pyodide's file system, once Python started. @type {import("./home_folder.js").FileSystem | null} */
let fileSystem = null;
/**
 * self.__wasmlit, for the benchmark, tests and debugging; stdlibDownloads: the stdlib
 * pieces downloaded on first import (stdlib_on_demand.js).
 * @type {{pyodide: unknown, bootMode: string, lastHandleMs: number, stdlibDownloads: string[]} | null}
 */
let debugState = null;

/** @param {string} text */
function post(text) {
  self.postMessage(text);
}

/** @param {string} reason */
function recordFetchFailure(reason) {
  firstFetchFailure = firstFetchFailure || reason;
}

/**
 * Fetch a file, reporting bytes as they arrive. Sizes come from the build manifest
 * because a compressed response has no usable Content-Length. Files downloaded as one
 * stage (the Python packages) share a tally.
 * @param {string} url @param {string} stage @param {number} expected
 * @param {{loaded: number, total: number}} [tally]
 * @param {RequestInit} [init] e.g. the integrity a file must have
 * @returns {Promise<Response>}
 */
async function fetchWithProgress(url, stage, expected, tally = { loaded: 0, total: expected }, init = undefined) {
  const response = await originalFetch(url, init);
  if (!response.ok) {
    const reason = `${url} could not be loaded (HTTP ${response.status} ${response.statusText})`;
    recordFetchFailure(reason);
    throw new Error(reason);
  }
  if (!response.body) return response;
  let lastReport = 0;
  const counter = new TransformStream({
    transform(chunk, controller) {
      tally.loaded += chunk.byteLength;
      const now = performance.now();
      if (now - lastReport > 50) {
        lastReport = now;
        post(bootProgressMessage(stage, tally.loaded, tally.total));
      }
      controller.enqueue(chunk);
    },
    flush() {
      post(bootProgressMessage(stage, tally.loaded, tally.total));
    },
  });
  return new Response(response.body.pipeThrough(counter), { headers: response.headers });
}

/**
 * Pyodide fetches its own files; wrap fetch so the page can show download progress
 * for them, so a missing file fails loudly instead of hanging the boot, and so the
 * package loader gets the wheels already being downloaded.
 * @param {BootManifest} manifest @param {URL} base the site's address @param {URL} pyodideUrl
 * @param {Map<string, Promise<ArrayBuffer>>} packageDownloads
 */
function installFetchProgress(manifest, base, pyodideUrl, packageDownloads) {
  const interpreterUrl = new URL("pyodide.asm.wasm", pyodideUrl).href;
  // The stdlib zip Pyodide mounts (the one beside the snapshot, or the plain boot's); the
  // ones the build cut (stdlib_split.py) travel as gzip streams.
  const stdlibSizes = new Map([[new URL(manifest.stdlib, base).href, manifest.sizes["python_stdlib.zip"] || 0]]);
  if (manifest.snapshot?.stdlib)
    stdlibSizes.set(new URL(manifest.snapshot.stdlib, base).href, manifest.snapshot.stdlibBytes || 0);
  self.fetch = async (input, init) => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url, self.location.href);
    const prefetched = packageResponse(packageDownloads, url.href);
    if (prefetched) return prefetched;
    const stdlibSize = stdlibSizes.get(url.href);
    if (stdlibSize !== undefined) {
      return ungzipped(await fetchWithProgress(url.href, "Python standard library", stdlibSize));
    }
    if (url.href === interpreterUrl) {
      return fetchWithProgress(url.href, "Python interpreter", manifest.sizes["pyodide.asm.wasm"] || 0);
    }
    return originalFetch(input, init);
  };
}

/**
 * Pyodide only logs "wasm instantiation failed!" and never settles its promise;
 * turn that log line into a rejection so the page can show the reason.
 * @returns {Promise<never>}
 */
function wasmFailureWatch() {
  return new Promise((_, reject) => {
    const originalWarn = console.warn.bind(console);
    let sawFailure = false;
    console.warn = (...args) => {
      if (sawFailure) {
        reject(new Error(`The Python interpreter (WebAssembly) failed to start: ${args.map(String).join(" ")}`));
        console.warn = originalWarn;
        return;
      }
      if (args[0] === "wasm instantiation failed!") {
        sawFailure = true;
        return;
      }
      originalWarn(...args);
    };
  });
}

/**
 * Start Python: from the build's memory snapshot when there is one and it checks out,
 * otherwise (no snapshot, or any failure with it) from scratch, with a console warning.
 * On a slow link (link_speed.js) it starts from scratch too, which costs fewer bytes.
 * @param {BootManifest} manifest @param {URL} base @param {Record<string, unknown>} options loadPyodide options
 * @returns {Promise<{pyodide: import("pyodide").PyodideAPI, bootMode: "snapshot" | "normal" | "fallback" | "slow-link"}>}
 */
async function startPython(manifest, base, options) {
  const slowLink = manifest.snapshot ? plainBootReason(/** @type {any} */ (navigator).connection) : null;
  if (slowLink) console.info(`wasmlit: starting Python without its memory snapshot: ${slowLink}.`);
  if (manifest.snapshot && !slowLink) {
    const url = new URL(manifest.snapshot.path, base).href;
    const snapshot = fetchSnapshot(manifest.snapshot, url, manifest.pyodideVersion, fetchWithProgress);
    // Handled below; keeps an early rejection from being reported as unhandled.
    snapshot.then(() => performance.mark("wasmlit:snapshot-fetched")).catch(() => {});
    try {
      // A promise: Pyodide starts fetching its wasm while the snapshot downloads.
      const createPyodideModule = moduleWithHeapFor(snapshot, scriptUrl(`${options.indexURL}pyodide.asm.mjs`));
      // The stdlib without the modules the snapshot holds (a plain boot needs them all).
      const stdLibURL = manifest.snapshot.stdlib ? new URL(manifest.snapshot.stdlib, base).href : options.stdLibURL;
      const _loadSnapshot = snapshot.then((unpacked) => unpacked.bytes);
      const pyodide = await Promise.race([
        loadPyodide(/** @type {any} */ ({ ...options, stdLibURL, _loadSnapshot, createPyodideModule })),
        wasmFailureWatch(),
      ]);
      if (!pyodide.runPython("import sys\n'wasmlit.runtime.session' in sys.modules")) {
        throw new SnapshotRejected("the restored interpreter does not hold the runtime");
      }
      return { pyodide, bootMode: "snapshot" };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.warn(`wasmlit: the Python memory snapshot could not be used (${reason}); starting Python from scratch.`);
    }
  }
  const pyodide = await Promise.race([loadPyodide(options), wasmFailureWatch()]);
  return { pyodide, bootMode: slowLink ? "slow-link" : manifest.snapshot ? "fallback" : "normal" };
}

/**
 * The app zip's bytes. The site ships it gzip-compressed as one stream
 * (wasmlit_build/archive.py); a host that adds Content-Encoding hands it over decompressed.
 * The same holds for the stdlib zips the build cut.
 * @param {Response} response @returns {Promise<ArrayBuffer>}
 */
async function unzipBundle(response) {
  return (await ungzipped(response)).arrayBuffer();
}

/** A response's body, gunzipped if it is gzip (a file the build compressed). @param {Response} response */
async function ungzipped(response) {
  if (!response.body) return response;
  const { stream, gzip } = await peekGzip(response.body);
  return new Response(gzip ? gunzip(stream) : stream);
}

/** Fresh randomness and finders that see the unpacked files (prepare_python.py). @param {import("pyodide").PyodideAPI} pyodide */
function preparePython(pyodide) {
  pyodide.runPython(PREPARE_PYTHON);
}

/** @param {import("../protocol.js").BootMessage} message */
async function boot(message) {
  const started = performance.now();
  if (message.protocol !== PROTOCOL_VERSION) {
    throw new Error(`protocol mismatch: page speaks ${message.protocol}, worker speaks ${PROTOCOL_VERSION}`);
  }
  const manifest = message.manifest;
  const base = new URL(message.baseUrl);
  siteBase = new URL(".", base).href;
  const pyodideUrl = new URL(manifest.pyodide, base);
  // Read while Python downloads: the saved files go back before the first run.
  homeFolder = new HomeFolder(message.baseUrl);
  const packageDownloads = startPackageDownloads(manifest.packages, base, fetchWithProgress, recordFetchFailure);
  installFetchProgress(manifest, base, pyodideUrl, packageDownloads);

  const bundlePromise = fetchWithProgress(new URL(manifest.bundle, base).href, "App files", manifest.sizes.bundle || 0).then(
    unzipBundle,
  );
  /** @type {Record<string, unknown>} */
  const options = {
    indexURL: pyodideUrl.href,
    stdLibURL: new URL(manifest.stdlib, base).href,
    lockFileContents: manifest.lock,
    stdout: (/** @type {string} */ text) => console.log(text),
    stderr: (/** @type {string} */ text) => console.warn(text),
  };
  if (siteFiles) {
    // Pyodide would import its module from the (missing) file beside the page.
    const moduleUrl = scriptUrl(`${pyodideUrl.href}pyodide.asm.mjs`);
    options.createPyodideModule = async (/** @type {unknown} */ settings) =>
      (await import(/* @vite-ignore */ moduleUrl)).default(settings);
  }
  // The lock's file names are relative to the site's package folder.
  if (manifest.packages) options.packageBaseUrl = new URL(manifest.packages.base, base).href;
  const { pyodide, bootMode } = await startPython(manifest, base, options);
  // A file that failed to download leaves the site incomplete even when Python could
  // start without it (a snapshot holds what the runtime imported): say so now, not later.
  if (firstFetchFailure) throw new Error(firstFetchFailure);
  // For the benchmark and for debugging (Playwright can evaluate in the worker).
  debugState = { pyodide, bootMode, lastHandleMs: 0, stdlibDownloads: [] };
  Object.assign(self, { __wasmlit: debugState });
  performance.mark("wasmlit:python-started");
  if (manifest.stdlibPieces) {
    const folder = new URL(manifest.stdlibPieces, base);
    installStdlibOnDemand(pyodide, folder, readFileSync, debugState.stdlibDownloads);
  }

  const bundle = await bundlePromise;
  pyodide.unpackArchive(bundle, "zip", { extractDir: "/" });
  if (manifest.packages) post(bootProgressMessage("Installing Python packages", 1, 1));
  await installPackages(pyodide, manifest.packages);
  if (manifest.packages) performance.mark("wasmlit:packages-installed");
  self.fetch = originalFetch;
  post(bootProgressMessage("Starting the app", 1, 1));
  preparePython(pyodide);
  fileSystem = /** @type {any} */ (pyodide).FS;
  await homeFolder.restore(
    /** @type {import("./home_folder.js").FileSystem} */ (fileSystem),
    pyodide.runPython("import pathlib; str(pathlib.Path.home())"),
  );
  performance.mark("wasmlit:app-unpacked");
  const bridge = pyodide.pyimport("wasmlit.bridge");
  // The page hydrated the pre-rendered first run: Python then sends only what differs.
  // (undefined, not null, when there is none: Pyodide passes null as JsNull, not None).
  const firstPaint = message.firstPaint ?? undefined;
  handleInPython = bridge.start(`/app/${manifest.entry}`, JSON.stringify(manifest.config), post, firstPaint);
  // The bridge proxy stays alive: the run-control buffer may still arrive and need it.
  attachRunControl(pyodide, bridge);
  const pythonVersion = pyodide.runPython("import sys; sys.version.split()[0]");
  performance.mark("wasmlit:ready");
  post(readyMessage(pythonVersion, performance.now() - started));
  for (const text of waitingForBoot.splice(0)) forwardToPython(text);
  saveHome();
}

/** Keep what the runs wrote in the home folder (nothing runs now: Python runs synchronously here). */
function saveHome() {
  if (homeFolder && fileSystem && !interpreterDied) homeFolder.save(fileSystem);
}

/** Errors from Pyodide are not always Error objects. @param {unknown} error */
function describeError(error) {
  if (error instanceof Error)
    return error.stack && !error.stack.startsWith(error.message)
      ? `${error.message}\n${error.stack}`
      : error.stack || error.message;
  if (error && typeof error === "object") {
    const record = /** @type {Record<string, unknown>} */ (error);
    if (typeof record.message === "string") return record.message;
    try {
      return JSON.stringify(error);
    } catch {
      return Object.prototype.toString.call(error);
    }
  }
  return String(error);
}

/** @param {string} text */
function forwardToPython(text) {
  if (interpreterDied) return;
  if (!handleInPython) {
    waitingForBoot.push(text);
    return;
  }
  try {
    const started = performance.now();
    handleInPython(text);
    if (debugState) debugState.lastHandleMs = performance.now() - started;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const pyodide = debugState?.pyodide;
    const death = interpreterDeath(error, () => pythonStillRuns(pyodide));
    if (death) {
      interpreterDied = true;
      post(interpreterDiedMessage(death, detail));
      return;
    }
    post(runtimeErrorMessage("The Python runtime failed while handling an event.", detail));
  }
}

self.onmessage = (event) => {
  if (isAttachControlMessage(event.data)) {
    rememberControlBuffer(event.data.buffer);
    return;
  }
  if (isAttachFilesMessage(event.data)) {
    siteFiles = event.data.files;
    return;
  }
  if (isSaveHomeMessage(event.data)) {
    saveHome();
    return;
  }
  let message;
  try {
    message = decodeToWorker(event.data);
  } catch (error) {
    console.error(error);
    post(runtimeErrorMessage("The worker received a message it does not understand.", String(error)));
    return;
  }
  if (message.type === "boot") {
    boot(message).catch((error) => {
      const detail = describeError(error);
      post(bootFailedMessage(firstFetchFailure || detail, firstFetchFailure ? detail : ""));
    });
    return;
  }
  forwardToPython(event.data);
  // After each message: the runs it started have finished.
  saveHome();
};
