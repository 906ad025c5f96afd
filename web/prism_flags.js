// Read by prism-core when it loads: tokenize on demand only.
const scope = /** @type {any} */ (globalThis);
scope.Prism = { manual: true, disableWorkerMessageHandler: true };
