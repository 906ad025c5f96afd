// Pyodide restores a memory snapshot into the heap its module starts with. A snapshot
// whose Python grew past that heap (an app that imports packages) does not fit, so the
// module's heap is grown to the snapshot's first (wasmlit_build/node/pyodide_node.mjs
// does the same in the build's bake).

/**
 * Pyodide's module factory, wrapped so that the module's heap holds `snapshot`.
 * @param {Promise<Uint8Array>} snapshot @param {string} moduleUrl pyodide.asm.mjs's address
 * @returns {(settings: unknown) => Promise<any>}
 */
export function moduleWithHeapFor(snapshot, moduleUrl) {
  const factory = import(/* @vite-ignore */ moduleUrl).then((module) => module.default);
  return async (settings) => {
    const [create, bytes] = await Promise.all([factory, snapshot]);
    const module = await create(settings);
    const heapBytes = bytes.length - new Uint32Array(bytes.buffer, bytes.byteOffset, 2)[1];
    if (module.HEAP8.length < heapBytes) module._emscripten_resize_heap(heapBytes);
    return module;
  };
}
