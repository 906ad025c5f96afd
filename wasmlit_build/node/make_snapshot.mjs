// Boot Pyodide, import the wasmlit runtime (and the modules the app imports at top level:
// standard library, and the site's pure-Python packages when "packages" is given, whose
// wheels are unpacked first into the site-packages the worker installs them into), and
// write a memory snapshot of the interpreter. The app's script does not run here, but
// importing its packages runs their code: like the first run, this runs in the build's
// sandbox (sandbox.mjs), locked down before the imports.
//
// Input on stdin: {"runtimeZip": path, "imports": [module, ...], "output": path,
//                  "stdlibFinder": the source of web/worker/stdlib_on_demand.py,
//                  "packages": {"base": folder, "lock": {...}, "load": [name, ...]} | null,
//                  "sandboxed": bool}.
// Output on stdout: {"bytes": n, "buildId": hex, "imported": [...], "skipped": [...],
//                    "stdlibFiles": [paths inside the stdlib zip of the modules it holds]}.

import { readFileSync, writeFileSync } from "node:fs";
import {
  bootPyodide,
  makeProcessDeterministic,
  readJsonFromStdin,
  runMain,
  snapshotBuildId,
  pythonFunction,
  unpackPureWheels,
  zeroFreeMemory,
} from "./pyodide_node.mjs";
import { assertSandboxInForce, captureOutputStreams, lockDown, preparePyodideForPermissionModel } from "./sandbox.mjs";

// The worker's finder for stdlib modules its zip lacks (web/worker/stdlib_on_demand.js):
// defined, not installed, so the page does not compile it at boot.
const STDLIB_FINDER_MODULE = "wasmlit_stdlib_on_demand";

/** @param {any} pyodide @param {string} source */
function defineStdlibFinderModule(pyodide, source) {
  const finderModule = pyodide.pyimport("types").ModuleType(STDLIB_FINDER_MODULE);
  pyodide.runPython(source, { globals: finderModule.__dict__ });
  pyodide.pyimport("sys").modules.set(STDLIB_FINDER_MODULE, finderModule);
}

runMain(async () => {
  const request = await readJsonFromStdin();
  assertSandboxInForce(request);
  preparePyodideForPermissionModel();
  const { writeStdout } = captureOutputStreams();
  const restoreProcess = makeProcessDeterministic();
  const pyodide = await bootPyodide({ makeSnapshot: true });
  pyodide.unpackArchive(new Uint8Array(readFileSync(request.runtimeZip)), "zip", { extractDir: "/" });
  unpackPureWheels(pyodide, request.packages);
  lockDown(pyodide);
  const importForSnapshot = pythonFunction(pyodide, "snapshot_imports.py", "import_for_snapshot");
  const outcome = importForSnapshot(request.imports);
  importForSnapshot.destroy();
  const stdlibFiles = JSON.parse(pythonFunction(pyodide, "stdlib_in_use.py", "stdlib_files_in_use")());
  // The page's stdlib zip is smaller than this one: the snapshot must not remember its directory.
  pythonFunction(pyodide, "stdlib_in_use.py", "forget_stdlib_directory")();
  defineStdlibFinderModule(pyodide, request.stdlibFinder);
  pyodide.runPython("import gc; gc.collect()");
  zeroFreeMemory(pyodide);
  const snapshot = pyodide.makeMemorySnapshot();
  restoreProcess();
  writeFileSync(request.output, snapshot);
  writeStdout(
    JSON.stringify({ bytes: snapshot.length, buildId: snapshotBuildId(snapshot), ...JSON.parse(outcome), stdlibFiles }),
  );
});
