// Shared by the build's Node scripts: boot the pinned Pyodide from node_modules with the
// same minimal lock file the site uses, optionally with clocks and entropy made
// deterministic so that a memory snapshot is the same bytes on every build.

import crypto from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
export const PYODIDE_DIR = path.dirname(require.resolve("pyodide/package.json"));
// Taken now: the sandbox's lockdown (sandbox.mjs) removes the global `process` before app code runs.
const standardError = process.stderr;
const exitProcess = process.exit.bind(process);

/** Read a JSON request from standard input. @returns {Promise<any>} */
export async function readJsonFromStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

/**
 * Replace the sources of non-determinism that end up in the WebAssembly heap: wall
 * clock (MEMFS timestamps, stat results), monotonic clock, and entropy (mimalloc's
 * and `random`'s seeds). Returns a function that puts the real ones back.
 * @returns {() => void}
 */
export function makeProcessDeterministic() {
  const realDateNow = Date.now;
  const realPerformanceNow = performance.now;
  const realRandomFillSync = crypto.randomFillSync;
  const realGetRandomValues = globalThis.crypto.getRandomValues;
  // 2000-01-01T00:00:00Z; every read advances one millisecond so time still moves forward.
  let fakeWallClock = 946684800000;
  let fakeMonotonicClock = 0;
  let generatorState = 0x5eed5eed;
  /** @template {ArrayBufferView} T @param {T} view @returns {T} */
  const deterministicFill = (view) => {
    const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    for (let index = 0; index < bytes.length; index++) {
      generatorState = (Math.imul(generatorState, 1103515245) + 12345) >>> 0;
      bytes[index] = generatorState >>> 24;
    }
    return view;
  };
  Date.now = () => (fakeWallClock += 1);
  performance.now = () => (fakeMonotonicClock += 0.001);
  crypto.randomFillSync = /** @type {any} */ (deterministicFill);
  globalThis.crypto.getRandomValues = /** @type {any} */ (deterministicFill);
  return () => {
    Date.now = realDateNow;
    performance.now = realPerformanceNow;
    crypto.randomFillSync = realRandomFillSync;
    globalThis.crypto.getRandomValues = realGetRandomValues;
  };
}

/**
 * The site's Python packages, laid out on disk by the build (wasmlit_build/packages.py).
 * @typedef {{base: string, lock: Record<string, {name: string, file_name: string}>, load: string[]}} SitePackages
 */

/**
 * Boot Pyodide as the site does: a lock file holding only the site's packages.
 * @param {{makeSnapshot?: boolean, snapshot?: Uint8Array, packages?: SitePackages | null}} options
 */
export async function bootPyodide(options = {}) {
  const { loadPyodide } = await import("pyodide");
  const lock = JSON.parse(readFileSync(path.join(PYODIDE_DIR, "pyodide-lock.json"), "utf8"));
  /** @type {Record<string, unknown>} */
  const config = {
    indexURL: PYODIDE_DIR + path.sep,
    lockFileContents: { info: lock.info, packages: options.packages ? options.packages.lock : {} },
    // A fixed hash seed: set and dict-of-str layouts in the snapshot do not vary.
    env: { PYTHONHASHSEED: "0" },
    stdout: (/** @type {string} */ text) => standardError.write(`${text}\n`),
    stderr: (/** @type {string} */ text) => standardError.write(`${text}\n`),
  };
  if (options.packages) config.packageBaseUrl = options.packages.base;
  if (options.makeSnapshot) config._makeSnapshot = true;
  if (options.snapshot) {
    config._loadSnapshot = options.snapshot;
    const factory = (await import(pathToFileURL(path.join(PYODIDE_DIR, "pyodide.asm.mjs")).href)).default;
    config.createPyodideModule = withHeapFor(options.snapshot, factory);
  }
  return loadPyodide(/** @type {any} */ (config));
}

/**
 * Pyodide restores a snapshot into the heap the module starts with, which is smaller than
 * the heap of a snapshot whose Python grew past it (an app importing packages): grow the
 * heap to the snapshot's first, as the worker does (web/worker/snapshot_heap.js).
 * @param {Uint8Array} snapshot @param {(settings: any) => Promise<any>} factory
 */
function withHeapFor(snapshot, factory) {
  const heapOffset = new Uint32Array(snapshot.buffer, snapshot.byteOffset, 2)[1];
  return async (/** @type {any} */ settings) => {
    const module = await factory(settings);
    if (module.HEAP8.length < snapshot.length - heapOffset) module._emscripten_resize_heap(snapshot.length - heapOffset);
    return module;
  };
}

/**
 * Install the site's packages with Pyodide's loader, as the worker does, and fail
 * with Pyodide's own messages when one does not install.
 * @param {any} pyodide @param {SitePackages | null | undefined} packages
 */
export async function installPackages(pyodide, packages) {
  if (!packages?.load.length) return;
  /** @type {string[]} */
  const errors = [];
  await pyodide.loadPackage(packages.load, {
    messageCallback: () => {},
    errorCallback: (/** @type {string} */ text) => errors.push(text),
  });
  const missing = packages.load.filter((key) => !(packages.lock[key].name in pyodide.loadedPackages));
  if (missing.length) throw new Error(`Python packages did not install: ${missing.join(", ")}. ${errors.join(" ")}`);
}

/**
 * Unpack the site's pure-Python wheels into site-packages, for a memory snapshot: the
 * files are what loadPackage installs in the worker, but loadPackage also records the
 * packages in JavaScript state that a snapshot refuses to hold ("Unexpected hiwire
 * entry"), and the worker installs them again after the restore anyway.
 * @param {any} pyodide @param {SitePackages | null | undefined} packages
 */
export function unpackPureWheels(pyodide, packages) {
  if (!packages?.load.length) return;
  const sitePackages = pyodide.runPython("import site\nsite.getsitepackages()[0]");
  for (const key of packages.load) {
    const wheel = readFileSync(path.join(packages.base, packages.lock[key].file_name));
    pyodide.unpackArchive(new Uint8Array(wheel), "wheel", { extractDir: sitePackages });
  }
}

/**
 * A function defined in one of the build's Python files (`node/python/<file>`), run in
 * a namespace of its own so that nothing is left in `__main__` (or in a snapshot).
 * @param {any} pyodide @param {string | URL} file a name under node/python/, or a file URL
 * @param {string} name
 */
export function pythonFunction(pyodide, file, name) {
  const url = file instanceof URL ? file : new URL(`./python/${file}`, import.meta.url);
  const namespace = pyodide.toPy({});
  pyodide.runPython(readFileSync(url, "utf8"), { globals: namespace });
  return namespace.get(name);
}

/**
 * Zero the heap's free memory before a snapshot is taken. Memory malloc freed still holds
 * what was there (the import machinery's temporary objects, source text, zip
 * directories): a quarter of the snapshot's gzip bytes for the bare interpreter. Every
 * free chunk malloc hands out is zeroed, then all are freed again, so the interpreter's
 * state is untouched; chunks that would grow the memory are not taken (the snapshot
 * would be that much larger to restore). malloc keeps its own headers in the chunks.
 * Uses Pyodide's private module (the version is pinned; the worker checks the snapshot).
 * @param {any} pyodide @returns {number} bytes zeroed
 */
export function zeroFreeMemory(pyodide) {
  const module = pyodide._module;
  const memoryBytes = module.HEAPU8.length;
  const taken = [];
  let zeroed = 0;
  // Below dlmalloc's mmap threshold (256 KB): chunks come from the heap itself.
  for (let size = 1 << 17; size >= 16; size >>= 1) {
    for (;;) {
      // Room for malloc to extend its top chunk without growing the memory.
      if (module._sbrk(0) + 2 * size + 65536 > memoryBytes) break;
      const top = module._sbrk(0);
      const chunk = module._malloc(size);
      if (!chunk) break;
      module.HEAPU8.fill(0, chunk, chunk + size);
      taken.push(chunk);
      zeroed += size;
      // The free chunks of this size are used up once malloc extends its top.
      if (module._sbrk(0) !== top) break;
    }
  }
  for (const chunk of taken) module._free(chunk);
  if (module.HEAPU8.length !== memoryBytes) throw new Error("zeroing the free memory grew the heap");
  return zeroed;
}

/** The Pyodide build id a snapshot header carries (hex), as the worker checks it. @param {Uint8Array} snapshot */
export function snapshotBuildId(snapshot) {
  const words = new Uint32Array(snapshot.buffer, snapshot.byteOffset, 12);
  return Array.from(words.subarray(4, 12), (word) => word.toString(16).padStart(8, "0")).join("");
}

/**
 * Run a script's main function; on failure print the error itself (Node would print the
 * minified line of Pyodide it came from, a megabyte long) and exit non-zero.
 * @param {() => Promise<void>} main
 */
export function runMain(main) {
  main().catch((error) => {
    const text = error instanceof Error ? `${error.message}\n${error.stack || ""}` : String(error);
    standardError.write(`${text.slice(0, 8000)}\n`);
    exitProcess(1);
  });
}
