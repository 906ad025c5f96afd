// Booting the worker's Python from the build's memory snapshot (wasmlit_build/snapshot.py).
//
// The snapshot is the WebAssembly heap of an interpreter that already imported the
// runtime. It is restored with Pyodide's private `_loadSnapshot` option, so it is
// checked first: same Pyodide version as this worker's loader, the expected size, the
// snapshot magic number and Pyodide build id in its header, and gzip's own checksum.
// Any failure is a SnapshotRejected and the worker boots Python normally instead.
//
// The file is packed (wasmlit_build/snapshot_pages.py): Pyodide's header, one byte per
// 4 KB page of memory (zero, the module's own, stored), then the stored pages. Zero
// pages cost nothing here; the module's pages are copied from the instantiated module's
// memory (snapshot_heap.js), checked against the build's CRC-32.

import { version as loaderVersion } from "pyodide";

/**
 * bytes: the file's; rawBytes: the snapshot's; packedBytes: the file's, decompressed;
 * moduleCrc: CRC-32 of the pages taken from the module's memory; stdlib: the stdlib zip a
 * page restored from it boots with (without the modules it holds), and its size.
 * @typedef {{path: string, bytes: number, rawBytes: number, packedBytes: number, moduleCrc: number, buildId: string,
 *            stdlib?: string, stdlibBytes?: number}} SnapshotEntry
 */
/**
 * The snapshot, rebuilt but for the pages the module's memory supplies (by index).
 * @typedef {{bytes: Uint8Array, heapOffset: number, modulePages: number[], moduleCrc: number}} UnpackedSnapshot
 */

// Pyodide's snapshot header: uint32 magic, heap offset, JSON length, 0, 8 words of build id.
const SNAPSHOT_MAGIC = 1886286592;
const HEADER_BYTES = 48;
const WASM_PAGE_BYTES = 65536;
const GZIP_MAGIC = [0x1f, 0x8b];
export const PAGE_BYTES = 4096;
const ZERO_PAGE = 0;
const MODULE_PAGE = 1;
const STORED_PAGE = 2;

export class SnapshotRejected extends Error {}

/**
 * A stream of the response body that also says whether it is gzip. Static hosts serve
 * the file as it is; a host that adds Content-Encoding hands us the bytes already
 * decompressed, which must work too.
 * @param {ReadableStream<Uint8Array>} body
 * @returns {Promise<{stream: ReadableStream<Uint8Array>, gzip: boolean}>}
 */
export async function peekGzip(body) {
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
export function gunzip(stream) {
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
  if (heapOffset >= entry.rawBytes || (entry.rawBytes - heapOffset) % WASM_PAGE_BYTES !== 0) {
    throw new SnapshotRejected("its heap is not a whole number of WebAssembly pages");
  }
  return heapOffset;
}

/**
 * Rebuild the snapshot from its packed file: the header, the stored pages in place,
 * zeros elsewhere; the module's pages are filled in later (fillModulePages).
 * @param {Uint8Array} packed @param {SnapshotEntry} entry @returns {UnpackedSnapshot}
 */
export function unpackSnapshot(packed, entry) {
  const heapOffset = checkSnapshotHeader(packed, entry);
  const pages = (entry.rawBytes - heapOffset) / PAGE_BYTES;
  if (packed.length < heapOffset + pages) throw new SnapshotRejected("its page map is cut short");
  const map = packed.subarray(heapOffset, heapOffset + pages);
  const bytes = new Uint8Array(entry.rawBytes);
  bytes.set(packed.subarray(0, heapOffset));
  /** @type {number[]} */
  const modulePages = [];
  let source = heapOffset + pages;
  for (let page = 0; page < pages; page++) {
    const kind = map[page];
    if (kind === STORED_PAGE) {
      if (source + PAGE_BYTES > packed.length) throw new SnapshotRejected("it holds fewer pages than its page map lists");
      bytes.set(packed.subarray(source, source + PAGE_BYTES), heapOffset + page * PAGE_BYTES);
      source += PAGE_BYTES;
    } else if (kind === MODULE_PAGE) {
      modulePages.push(page);
    } else if (kind !== ZERO_PAGE) {
      throw new SnapshotRejected(`its page map has an unknown page kind (${kind})`);
    }
  }
  if (source !== packed.length) throw new SnapshotRejected("it holds more pages than its page map lists");
  return { bytes, heapOffset, modulePages, moduleCrc: entry.moduleCrc };
}

/**
 * Download, decompress, check and unpack the snapshot.
 * @param {SnapshotEntry} entry @param {string} url @param {string} expectedPyodideVersion
 * @param {(url: string, stage: string, expected: number) => Promise<Response>} fetchWithProgress
 * @returns {Promise<UnpackedSnapshot>}
 */
export async function fetchSnapshot(entry, url, expectedPyodideVersion, fetchWithProgress) {
  if (loaderVersion !== expectedPyodideVersion) {
    throw new SnapshotRejected(`it is for Pyodide ${expectedPyodideVersion}, this page loads ${loaderVersion}`);
  }
  const response = await fetchWithProgress(url, "Python, prepared at build time", entry.bytes);
  if (!response.body) throw new SnapshotRejected("its response has no body");
  const { stream, gzip } = await peekGzip(response.body);
  let packed;
  try {
    packed = await readExactly(gzip ? gunzip(stream) : stream, entry.packedBytes);
  } catch (error) {
    if (error instanceof SnapshotRejected) throw error;
    // DecompressionStream fails on a bad gzip checksum or a truncated file.
    throw new SnapshotRejected(`it is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
  return unpackSnapshot(packed, entry);
}

/** @type {Uint32Array | null} */
let crcTable = null;

/** CRC-32 (zlib's), continued from `crc`. @param {Uint8Array} bytes @param {number} crc @returns {number} */
export function crc32(bytes, crc = 0) {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let byte = 0; byte < 256; byte++) {
      let value = byte;
      for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
      crcTable[byte] = value;
    }
  }
  let value = ~crc >>> 0;
  for (let index = 0; index < bytes.length; index++) value = crcTable[(value ^ bytes[index]) & 0xff] ^ (value >>> 8);
  return ~value >>> 0;
}

/**
 * Copy the module's own pages from its fresh memory into the snapshot; they must be
 * exactly what the build saw (same CRC-32), or the snapshot is not used.
 * @param {UnpackedSnapshot} snapshot @param {Uint8Array} memory the instantiated module's
 */
export function fillModulePages(snapshot, memory) {
  let crc = 0;
  for (const page of snapshot.modulePages) {
    const content = memory.subarray(page * PAGE_BYTES, (page + 1) * PAGE_BYTES);
    crc = crc32(content, crc);
    snapshot.bytes.set(content, snapshot.heapOffset + page * PAGE_BYTES);
  }
  if (crc !== snapshot.moduleCrc) {
    throw new SnapshotRejected("the interpreter's initial memory differs from the one it was made with");
  }
}
