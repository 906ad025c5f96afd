// Installing the site's Python packages (requirements.txt and imports; wasmlit_build/packages.py).
//
// The files start downloading with the rest of the boot, since the manifest names them,
// and each is checked against the SHA-256 the build recorded: the site's own wheels
// against their hashes, the files from Pyodide's CDN (numpy, pandas, ...) against the
// pinned pyodide-lock.json, so the CDN can make a boot fail but never change what runs.
// Pyodide's own installer (pyodide.loadPackage, given the site's lock file) then puts
// them into site-packages and loads the shared libraries of WebAssembly wheels; it
// fetches each file through self.fetch, which hands it the bytes already checked
// (packageResponse). MEMFS is not part of the memory snapshot: the files are installed
// on every boot.

/**
 * @typedef {{path: string, bytes: number | null, sha256: string, package: string, cdn?: boolean}} PackageFile
 *   bytes is null for a CDN file: Pyodide's lock does not record sizes.
 * @typedef {{base: string, load: string[], names: string[], files: PackageFile[]}} PackagesEntry
 * @typedef {{loaded: number, total: number}} Tally
 * @typedef {(url: string, stage: string, expected: number, tally?: Tally, init?: RequestInit) => Promise<Response>} FetchWithProgress
 */

const STAGE = "Python packages";
const LOCK_FILE = "pyodide-lock.json";

/** @param {ArrayBuffer} bytes @returns {Promise<string | null>} hex, or null where Web Crypto is unavailable */
async function sha256Hex(bytes) {
  // crypto.subtle exists only in secure contexts (https, localhost); elsewhere the zip's
  // own checksums still catch most damage to the site's files, and the browser checks
  // CDN files itself (subresourceIntegrity).
  if (!globalThis.crypto?.subtle) return null;
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The fetch option that makes the browser check a file's SHA-256 (given in hex). @param {string} hex */
export function subresourceIntegrity(hex) {
  const bytes = hex.match(/../g) || [];
  return `sha256-${btoa(String.fromCharCode(...bytes.map((pair) => Number.parseInt(pair, 16))))}`;
}

/**
 * What is wrong with a downloaded file, or null when it is the one the build recorded.
 * @param {ArrayBuffer} bytes @param {PackageFile} file @param {string} url
 */
async function damage(bytes, file, url) {
  const actual = await sha256Hex(bytes);
  if (file.cdn) {
    if (actual === null || actual === file.sha256) return null;
    return (
      `The package ${file.package} was refused: the file from Pyodide's CDN (${url}) does not match` +
      ` its SHA-256 checksum in ${LOCK_FILE}; it was not installed.`
    );
  }
  if (file.bytes !== null && bytes.byteLength !== file.bytes) {
    return `${file.path} is damaged: it has ${bytes.byteLength} bytes, not the ${file.bytes} the build recorded`;
  }
  if (actual !== null && actual !== file.sha256) return `${file.path} is damaged: its SHA-256 is not the one the build recorded`;
  return null;
}

/**
 * Download one file and check it; a failure is recorded with a reason that names the package.
 * @param {PackageFile} file @param {string} url @param {FetchWithProgress} fetchWithProgress
 * @param {Tally} tally @param {(reason: string) => void} recordFailure
 * @returns {Promise<ArrayBuffer>}
 */
async function downloadChecked(file, url, fetchWithProgress, tally, recordFailure) {
  /** @param {string} reason @returns {never} */
  const fail = (reason) => {
    recordFailure(reason);
    throw new Error(reason);
  };
  // Without Web Crypto, the browser checks a CDN file itself (a mismatch is a failed fetch).
  const browserChecks = Boolean(file.cdn) && !globalThis.crypto?.subtle;
  const init = browserChecks ? { integrity: subresourceIntegrity(file.sha256) } : undefined;
  let response;
  try {
    response = await fetchWithProgress(url, STAGE, file.bytes ?? 0, tally, init);
  } catch (error) {
    const checked = browserChecks ? ` or does not match its SHA-256 checksum in ${LOCK_FILE}` : "";
    return fail(`The package ${file.package} could not be downloaded from ${url}${checked}: ${String(error)}`);
  }
  // A CDN file's size is known once its headers arrive: the progress bar grows by it.
  if (file.bytes === null) tally.total += Number(response.headers.get("Content-Length")) || 0;
  const bytes = await response.arrayBuffer();
  const problem = await damage(bytes, file, url);
  return problem ? fail(problem) : bytes;
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
  const tally = { loaded: 0, total: entry.files.reduce((sum, file) => sum + (file.bytes ?? 0), 0) };
  for (const file of entry.files) {
    const url = new URL(file.path, base).href;
    const download = downloadChecked(file, url, fetchWithProgress, tally, recordFailure);
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
 * @param {import("pyodide").PyodideAPI} pyodide @param {PackagesEntry | null | undefined} entry
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
