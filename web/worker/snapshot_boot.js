// Booting the worker's Python from the build's memory snapshot (wasmlit_build/snapshot.py).
//
// The snapshot is the WebAssembly heap of an interpreter that already imported the
// runtime. It is restored with Pyodide's private `_loadSnapshot` option, so it is
// checked first: same Pyodide version as this worker's loader, the expected size, the
// snapshot magic number and Pyodide build id in its header, and gzip's own checksum.
// Any failure is a SnapshotRejected and the worker boots Python normally instead.

import { version as loaderVersion } from "pyodide";

/** @typedef {{path: string, bytes: number, rawBytes: number, buildId: string}} SnapshotEntry */

// Pyodide's snapshot header: uint32 magic, heap offset, JSON length, 0, 8 words of build id.
const SNAPSHOT_MAGIC = 1886286592;
const HEADER_BYTES = 48;
const WASM_PAGE_BYTES = 65536;
const GZIP_MAGIC = [0x1f, 0x8b];

export class SnapshotRejected extends Error {}

/**
 * A stream of the response body that also says whether it is gzip. Static hosts serve
 * the file as it is; a host that adds Content-Encoding hands us the bytes already
 * decompressed, which must work too.
 * @param {ReadableStream<Uint8Array>} body
 * @returns {Promise<{stream: ReadableStream<Uint8Array>, gzip: boolean}>}
 */
async function peekGzip(body) {
  const reader = body.getReader();
  const first = await reader.read();
  const head = first.value || new Uint8Array(0);
  const gzip = head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
  const stream = new ReadableStream({
    start(controller) {
      if (first.done) controller.close();
      else controller.enqueue(head);
    },
    async pull(controller) {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return { stream, gzip };
}

/**
 * The browser's gzip decoder over a byte stream. (TypeScript's DOM types declare the
 * decoder's input as BufferSource, which a Uint8Array stream is.)
 * @param {ReadableStream<Uint8Array>} stream @returns {ReadableStream<Uint8Array>}
 */
function gunzip(stream) {
  const decoder = /** @type {TransformStream<Uint8Array, Uint8Array>} */ (
    /** @type {unknown} */ (new DecompressionStream("gzip"))
  );
  return stream.pipeThrough(decoder);
}

/**
 * Read a stream into one buffer of exactly `size` bytes (one allocation, no copies of 31 MB).
 * @param {ReadableStream<Uint8Array>} stream @param {number} size
 */
async function readExactly(stream, size) {
  const output = new Uint8Array(size);
  let offset = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (offset + value.length > size) {
      await reader.cancel();
      throw new SnapshotRejected(`it is larger than the ${size} bytes the build recorded`);
    }
    output.set(value, offset);
    offset += value.length;
  }
  if (offset !== size) throw new SnapshotRejected(`it has ${offset} bytes, not the ${size} the build recorded`);
  return output;
}

/** @param {Uint8Array} snapshot @param {SnapshotEntry} entry */
export function checkSnapshotHeader(snapshot, entry) {
  if (snapshot.length < HEADER_BYTES) throw new SnapshotRejected("it is too short to be a snapshot");
  const words = new Uint32Array(snapshot.buffer, snapshot.byteOffset, HEADER_BYTES / 4);
  if (words[0] !== SNAPSHOT_MAGIC) throw new SnapshotRejected("it is not a Pyodide memory snapshot");
  const buildId = Array.from(words.subarray(4, 12), (word) => word.toString(16).padStart(8, "0")).join("");
  if (buildId !== entry.buildId) {
    throw new SnapshotRejected(`it was made by another Pyodide build (${buildId.slice(0, 12)}…)`);
  }
  const heapOffset = words[1];
  if (heapOffset >= snapshot.length || (snapshot.length - heapOffset) % WASM_PAGE_BYTES !== 0) {
    throw new SnapshotRejected("its heap is not a whole number of WebAssembly pages");
  }
}

/**
 * Download, decompress and check the snapshot.
 * @param {SnapshotEntry} entry @param {string} url @param {string} expectedPyodideVersion
 * @param {(url: string, stage: string, expected: number) => Promise<Response>} fetchWithProgress
 * @returns {Promise<Uint8Array>}
 */
export async function fetchSnapshot(entry, url, expectedPyodideVersion, fetchWithProgress) {
  if (loaderVersion !== expectedPyodideVersion) {
    throw new SnapshotRejected(`it is for Pyodide ${expectedPyodideVersion}, this page loads ${loaderVersion}`);
  }
  const response = await fetchWithProgress(url, "Python, prepared at build time", entry.bytes);
  if (!response.body) throw new SnapshotRejected("its response has no body");
  const { stream, gzip } = await peekGzip(response.body);
  let snapshot;
  try {
    snapshot = await readExactly(gzip ? gunzip(stream) : stream, entry.rawBytes);
  } catch (error) {
    if (error instanceof SnapshotRejected) throw error;
    // DecompressionStream fails on a bad gzip checksum or a truncated file.
    throw new SnapshotRejected(`it is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
  checkSnapshotHeader(snapshot, entry);
  return snapshot;
}
