// Installing the site's Python packages (requirements.txt; wasmlit_build/packages.py).
//
// The wheels start downloading with the rest of the boot, since the manifest names them,
// and each is checked against the SHA-256 the build recorded. Pyodide's own installer
// (pyodide.loadPackage, given the site's lock file) then puts them into site-packages and
// loads the shared libraries of WebAssembly wheels; it fetches each wheel through
// self.fetch, which hands it the bytes already downloaded (packageResponse).
// MEMFS is not part of the memory snapshot: the files are installed on every boot.

/**
 * @typedef {{path: string, bytes: number, sha256: string}} PackageFile
 * @typedef {{base: string, load: string[], names: string[], files: PackageFile[]}} PackagesEntry
 * @typedef {(url: string, stage: string, expected: number, tally?: {loaded: number, total: number}) => Promise<Response>} FetchWithProgress
 */

const STAGE = "Python packages";

/** @param {ArrayBuffer} bytes @returns {Promise<string | null>} hex, or null where Web Crypto is unavailable */
async function sha256Hex(bytes) {
  // crypto.subtle exists only in secure contexts (https, localhost); elsewhere the zip's
  // own checksums still catch most damage when Python unpacks the wheel.
  if (!globalThis.crypto?.subtle) return null;
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * What is wrong with a downloaded file, or null when it is the one the build made.
 * @param {ArrayBuffer} bytes @param {PackageFile} file
 */
async function damage(bytes, file) {
  if (bytes.byteLength !== file.bytes) return `it has ${bytes.byteLength} bytes, not the ${file.bytes} the build recorded`;
  const actual = await sha256Hex(bytes);
  if (actual !== null && actual !== file.sha256) return "its SHA-256 is not the one the build recorded";
  return null;
}

/**
 * Start downloading every package file; one progress bar for all of them.
 * @param {PackagesEntry | null | undefined} entry @param {URL} base
 * @param {FetchWithProgress} fetchWithProgress @param {(reason: string) => void} recordFailure
 * @returns {Map<string, Promise<ArrayBuffer>>} by absolute URL
 */
export function startPackageDownloads(entry, base, fetchWithProgress, recordFailure) {
  /** @type {Map<string, Promise<ArrayBuffer>>} */
  const downloads = new Map();
  if (!entry) return downloads;
  const tally = { loaded: 0, total: entry.files.reduce((sum, file) => sum + file.bytes, 0) };
  for (const file of entry.files) {
    const url = new URL(file.path, base).href;
    const download = (async () => {
      const bytes = await (await fetchWithProgress(url, STAGE, file.bytes, tally)).arrayBuffer();
      const problem = await damage(bytes, file);
      if (problem) {
        const reason = `${file.path} is damaged: ${problem}`;
        recordFailure(reason);
        throw new Error(reason);
      }
      return bytes;
    })();
    // Awaited by loadPackage later; keeps an early failure from being reported as unhandled.
    download.catch(() => {});
    downloads.set(url, download);
  }
  return downloads;
}

/**
 * The response for a package file Pyodide fetches, from the download already under way.
 * @param {Map<string, Promise<ArrayBuffer>>} downloads @param {string} url
 * @returns {Promise<Response> | null} null for any other URL
 */
export function packageResponse(downloads, url) {
  const download = downloads.get(url);
  return download ? download.then((bytes) => new Response(bytes)) : null;
}

/**
 * Install every package with Pyodide's loader and check that each one is there: the
 * loader reports a failed package on its error callback instead of rejecting.
 * @param {any} pyodide @param {PackagesEntry | null | undefined} entry
 */
export async function installPackages(pyodide, entry) {
  if (!entry) return;
  /** @type {string[]} */
  const errors = [];
  await pyodide.loadPackage(entry.load, {
    messageCallback: () => {},
    errorCallback: (/** @type {string} */ text) => errors.push(text),
  });
  const missing = entry.names.filter((name) => !(name in pyodide.loadedPackages));
  if (missing.length) {
    throw new Error(`The Python packages ${missing.join(", ")} could not be installed. ${errors.join(" ")}`.trim());
  }
}
