// The build-time first run: boot Pyodide (from the build's snapshot when there is one,
// exactly as the page will), run the script twice as a new visitor's tab would, and
// render the final tree to HTML with the page's own components.
//
// Input on stdin: {"snapshot": path | null, "bundleZip": path, "entry": "/app/x.py",
//                  "config": {...}, "renderer": path of the bundled web/prerender.jsx,
//                  "packages": {"base": folder, "lock": {...}, "load": [name, ...]} | null}.
// Output on stdout: {"status": "ok", "message": run_finished JSON, "html": str}
//               or {"status": "skipped", "reason": str}.

import { readFileSync } from "node:fs";
import { bootPyodide, installPackages, readJsonFromStdin, runMain } from "./pyodide_node.mjs";

// The second run happens a day, an hour, a minute and a second later: output that shows
// the time differs, and the page falls back to its loading screen.
const SECOND_RUN_CLOCK_SHIFT_MS = 90061001;

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

runMain(async () => {
  const request = await readJsonFromStdin();
  const snapshot = request.snapshot ? new Uint8Array(readFileSync(request.snapshot)) : undefined;
  const pyodide = await bootPyodide({ snapshot, packages: request.packages });
  pyodide.unpackArchive(new Uint8Array(readFileSync(request.bundleZip)), "zip", { extractDir: "/" });
  await installPackages(pyodide, request.packages);
  // As in the worker after a snapshot: fresh randomness and fresh import caches.
  pyodide.runPython(
    "import random, sys\nfrom importlib.machinery import FileFinder\nrandom.seed()\n" +
      "for finder in list(sys.path_importer_cache.values()):\n" +
      "    if isinstance(finder, FileFinder): finder.invalidate_caches()\n" +
      "if '/runtime' not in sys.path: sys.path.insert(0, '/runtime')",
  );
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
      const { renderFirstPaint } = await import(request.renderer);
      result = { status: "ok", message: first.message, html: renderFirstPaint(first.message) };
    }
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    result = { status: "skipped", reason: `its first run failed at build time: ${text.slice(-2000)}` };
  }
  process.stdout.write(JSON.stringify(result));
});
