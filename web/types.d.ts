// Types the JavaScript checker (tsc over JSDoc) needs beyond the modules themselves.

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
    languages: Record<string, unknown>;
  };
  export default Prism;
}

// Chart libraries without type declarations, loaded on first use (web/charts/).
declare module "plotly.js-dist-min";
declare module "leaflet/dist/leaflet-src.esm.js";
