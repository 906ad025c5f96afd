// Read by prism-core when it loads: tokenize on demand only.
globalThis.Prism = { manual: true, disableWorkerMessageHandler: true };
