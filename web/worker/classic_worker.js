// Imported first by the worker (before Pyodide's loader evaluates). A one-file app's
// worker is a classic script (browsers refuse module workers from blob: addresses to
// file:// pages), and Pyodide's loader refuses to start in a classic worker because it
// would import its module with importScripts. The worker gives Pyodide its module
// itself (createPyodideModule, through import(), which classic workers have), so the
// loader is told this is not a classic worker: importScripts refuses, as in a module
// worker. Nothing in the worker uses importScripts.
Object.defineProperty(self, "importScripts", {
  configurable: true,
  value: () => {
    throw new TypeError("importScripts is not used in wasmlit's worker");
  },
});
