// Pyodide restores a memory snapshot into the heap its module starts with. A snapshot
// whose Python grew past that heap (an app that imports packages) does not fit, so the
// module's heap is grown to the snapshot's first (wasmlit_build/node/pyodide_node.mjs
// does the same in the build's bake). The module's fresh memory also supplies the
// snapshot's pages that the build left out of the file as the module's own.

import { fillModulePages } from "./snapshot_boot.js";

/**
 * Pyodide's module factory, wrapped so that the module's heap holds `snapshot` and the
 * snapshot holds the module's pages (before Pyodide copies it into the heap).
 * @param {Promise<import("./snapshot_boot.js").UnpackedSnapshot>} snapshot @param {string} moduleUrl pyodide.asm.mjs's address
 * @returns {(settings: unknown) => Promise<any>}
 */
export function moduleWithHeapFor(snapshot, moduleUrl) {
  const factory = import(/* @vite-ignore */ moduleUrl).then((module) => module.default);
  return async (settings) => {
    const [create, unpacked] = await Promise.all([factory, snapshot]);
    const module = await create(settings);
    fillModulePages(unpacked, module.HEAPU8);
    const heapBytes = unpacked.bytes.length - unpacked.heapOffset;
    if (module.HEAP8.length < heapBytes) module._emscripten_resize_heap(heapBytes);
    return module;
  };
}
