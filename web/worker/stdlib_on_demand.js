// The standard-library modules the site's zip lacks (wasmlit_build/stdlib_split.py) are
// downloaded by Python the first time they are imported (stdlib_on_demand.py), with a
// synchronous request: imports are synchronous, and a worker may block.

import STDLIB_ON_DEMAND from "./stdlib_on_demand.py";

/**
 * A site file's bytes, synchronously; null when the site has no such file (HTTP 404).
 * @callback ReadSiteFileSync
 * @param {string} url
 * @returns {Uint8Array | null}
 */

// The finder's module. A memory snapshot holds it already (node/make_snapshot.mjs defines
// it the same way): compiling Python in a fresh WebAssembly instance costs about 85 ms here.
export const FINDER_MODULE = "wasmlit_stdlib_on_demand";

/**
 * @param {import("pyodide").PyodideAPI} pyodide
 * @param {URL} folder where the pieces are (the manifest's stdlibPieces)
 * @param {ReadSiteFileSync} readSiteFileSync
 * @param {string[]} downloaded names of the pieces downloaded, for tests and debugging
 */
export function installStdlibOnDemand(pyodide, folder, readSiteFileSync, downloaded) {
  const modules = pyodide.pyimport("sys").modules;
  let finderModule = modules.get(FINDER_MODULE);
  if (!finderModule) {
    finderModule = pyodide.pyimport("types").ModuleType(FINDER_MODULE);
    pyodide.runPython(STDLIB_ON_DEMAND, { globals: finderModule.__dict__ });
    modules.set(FINDER_MODULE, finderModule);
  }
  const finder = finderModule.install((/** @type {string} */ name) => {
    downloaded.push(name);
    return readSiteFileSync(new URL(`${encodeURIComponent(name)}.zip`, folder).href);
  });
  for (const proxy of [finder, finderModule, modules]) proxy.destroy();
}

/**
 * A synchronous GET of a site file. (A one-file app ships Pyodide's whole stdlib zip, so
 * it never asks.)
 * @param {string} url
 * @returns {Uint8Array | null}
 */
export function readFileSync(url) {
  const request = new XMLHttpRequest();
  request.open("GET", url, false);
  request.responseType = "arraybuffer";
  request.send();
  if (request.status === 404) return null;
  if (request.status !== 200) throw new Error(`${url}: HTTP ${request.status} ${request.statusText}`);
  return new Uint8Array(request.response);
}
