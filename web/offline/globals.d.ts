// sw.js starts with `const WASMLIT_OFFLINE = {...};`, written by wasmlit_build/offline.py:
// the site's version and its files (null for a --no-offline build).
declare const WASMLIT_OFFLINE: unknown;
