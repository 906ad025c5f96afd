// The build-time first run: boot Pyodide (from the build's snapshot when there is one,
// exactly as the page will), run the script twice as a new visitor's tab would, and
// render the final tree to HTML with the page's own components.
//
// The script is app code: it runs in the build's sandbox (sandbox.mjs), locked down
// after Pyodide has booted and the packages are installed, before the script runs.
//
// Input on stdin: {"snapshot": path | null, "bundleZip": path, "entry": "/app/x.py",
//                  "config": {...}, "renderer": path of the bundled web/prerender.jsx,
//                  "packages": {"base": folder, "lock": {...}, "load": [name, ...]} | null,
//                  "sandboxed": bool}.
// Output on stdout: {"status": "ok", "message": run_finished JSON, "html": str}
//               or {"status": "skipped", "reason": str}, and either way "stdlibFiles": the
//               paths inside the stdlib zip of every module imported by then (or null).

import { readFileSync } from "node:fs";
import { bootPyodide, installPackages, pythonFunction, readJsonFromStdin, runMain } from "./pyodide_node.mjs";
import { assertSandboxInForce, captureOutputStreams, lockDown, preparePyodideForPermissionModel } from "./sandbox.mjs";

// The second run happens a day, an hour, a minute and a second later: output that shows
// the time differs, and the page falls back to its loading screen.
const SECOND_RUN_CLOCK_SHIFT_MS = 90061001;
// What the worker runs after either kind of start (fresh randomness, finders that see the
// unpacked files): the same file, so the first paint is made the way the page starts.
const PREPARE_PYTHON = new URL("../../web/worker/prepare_python.py", import.meta.url);

/** @param {any} pyodide @param {any} request @returns {{status: string, message: string, browserDependencies: string[]}} */
function runOnce(pyodide, request) {
  const prerender = pyodide.pyimport("wasmlit.runtime.prerender");
  try {
    return JSON.parse(prerender.first_run_json(request.entry, JSON.stringify(request.config)));
  } finally {
    prerender.destroy();
  }
}

/** @param {{status: string, message: string, browserDependencies: string[]}} first @param {typeof first} second */
function reasonNotToPrerender(first, second) {
  if (first.browserDependencies.length) return `its first run reads browser state (${first.browserDependencies.join(", ")})`;
  if (first.status !== "completed") return `its first run did not complete (${first.status})`;
  if (first.message !== second.message) return "its first run shows something different each time (time or randomness)";
  return null;
}

/**
 * The stdlib files the page needs at boot: what the runs imported, with the worker's bridge
 * (the page imports it; the build's first run does not). Null when it cannot be told.
 * @param {any} pyodide @returns {string[] | null}
 */
function stdlibFilesInUse(pyodide) {
  try {
    pyodide.pyimport("wasmlit.bridge");
    return JSON.parse(pythonFunction(pyodide, "stdlib_in_use.py", "stdlib_files_in_use")());
  } catch {
    return null;
  }
}

runMain(async () => {
  const request = await readJsonFromStdin();
  assertSandboxInForce(request);
  preparePyodideForPermissionModel();
  const { writeStdout } = captureOutputStreams();
  const snapshot = request.snapshot ? new Uint8Array(readFileSync(request.snapshot)) : undefined;
  // Read before the lockdown: it closes module loading.
  const { renderFirstPaint } = await import(request.renderer);
  const pyodide = await bootPyodide({ snapshot, packages: request.packages });
  pyodide.unpackArchive(new Uint8Array(readFileSync(request.bundleZip)), "zip", { extractDir: "/" });
  await installPackages(pyodide, request.packages);
  // As in the worker after a snapshot: fresh randomness and fresh import caches.
  pyodide.runPython(readFileSync(PREPARE_PYTHON, "utf8"));
  lockDown(pyodide);
  let result;
  try {
    const first = runOnce(pyodide, request);
    const realDateNow = Date.now;
    Date.now = () => realDateNow() + SECOND_RUN_CLOCK_SHIFT_MS;
    pyodide.runPython("import random; random.seed()");
    const second = runOnce(pyodide, request);
    Date.now = realDateNow;
    const reason = reasonNotToPrerender(first, second);
    if (reason) {
      result = { status: "skipped", reason };
    } else {
      result = { status: "ok", message: first.message, html: renderFirstPaint(first.message) };
    }
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    result = { status: "skipped", reason: `its first run failed at build time: ${text.slice(-2000)}` };
  }
  writeStdout(JSON.stringify({ ...result, stdlibFiles: stdlibFilesInUse(pyodide) }));
});
