// Types the JavaScript checker (tsc over JSDoc) needs beyond the modules themselves.

// The worker index.html's inline script starts before the page script runs
// (web/inline/early_worker.js); main.jsx takes it over. `__wasmlit` is the page's debug
// handle (main.jsx), set once the page script runs.
interface Window {
  __wasmlitSiteFiles?: { files: Map<string, Blob>; urls: Map<string, string> };
  __wasmlitEarlyWorker?: { worker: Worker; messages: MessageEvent[]; errors: ErrorEvent[] };
  // Input on the pre-rendered page before the page script ran (web/inline/early_input.js).
  __wasmlitEarlyInput?: { events: import("./events.js").RecordedEvent[]; stop: () => void };
  __wasmlit?: object;
}

// esbuild bundles stylesheets and fonts; a side-effect import has no value.
declare module "*.css";
// esbuild's text loader: the Python source as a string (web/worker/prepare_python.py).
declare module "*.py" {
  const source: string;
  export default source;
}

// Prism's core as a module (the package ships no types); web/prism_global.js.
declare module "prismjs/components/prism-core.js" {
  const Prism: {
    highlight(text: string, grammar: unknown, language: string): string;
    tokenize(text: string, grammar: unknown): import("./highlight.js").TokenStream;
    languages: Record<string, unknown>;
  };
  export default Prism;
}

// Prism's language files extend a global Prism: its flags first (web/prism_flags.js), then
// the core itself (web/prism_global.js).
declare var Prism: unknown;
// Chart libraries without type declarations, loaded on first use (web/charts/).
declare module "plotly.js-dist-min";
declare module "leaflet/dist/leaflet-src.esm.js";
