// The worker's checks on the memory snapshot before it hands it to Pyodide.

import { test } from "node:test";
import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { version as pyodideVersion } from "pyodide";
import { crc32 as zlibCrc32 } from "node:zlib";
import {
  PAGE_BYTES,
  SnapshotRejected,
  checkSnapshotHeader,
  crc32,
  fetchSnapshot,
  fillModulePages,
} from "../../web/worker/snapshot_boot.js";
import { plainBootReason } from "../../web/worker/link_speed.js";
import { PageStore } from "../../web/store.js";
import { adoptFirstPaint } from "../../web/first_paint.js";

const BUILD_ID = "990c3b51a9722d62434de2bbc9643732658d488c1b6d467f22c1b6beba80d497";

/** A snapshot-shaped buffer: Pyodide's header, then two WebAssembly pages. */
function fakeSnapshot(buildId = BUILD_ID) {
  const heapOffset = 64;
  const bytes = new Uint8Array(heapOffset + 2 * 65536);
  const words = new Uint32Array(bytes.buffer, 0, 12);
  words[0] = 1886286592;
  words[1] = heapOffset;
  for (let index = 0; index < 8; index++) words[4 + index] = parseInt(buildId.slice(index * 8, index * 8 + 8), 16);
  bytes[heapOffset + 5] = 42;
  bytes.fill(7, heapOffset + PAGE_BYTES, heapOffset + 2 * PAGE_BYTES);
  return bytes;
}

// The module's memory as instantiated: its data at 4096..8192 (page 1 of the heap).
const MODULE_MEMORY = new Uint8Array(2 * 65536);
MODULE_MEMORY.fill(7, PAGE_BYTES, 2 * PAGE_BYTES);

/**
 * The packed file (wasmlit_build/snapshot_pages.py's layout) of a snapshot whose page 1
 * is the module's and page 0 holds the byte 42: header, page map, stored pages.
 */
function packed(snapshot) {
  const heapOffset = 64;
  const pages = (snapshot.length - heapOffset) / PAGE_BYTES;
  const map = new Uint8Array(pages);
  const stored = [];
  for (let page = 0; page < pages; page++) {
    const content = snapshot.subarray(heapOffset + page * PAGE_BYTES, heapOffset + (page + 1) * PAGE_BYTES);
    const module = MODULE_MEMORY.subarray(page * PAGE_BYTES, (page + 1) * PAGE_BYTES);
    if (content.every((byte) => byte === 0)) map[page] = 0;
    else if (content.every((byte, index) => byte === module[index])) map[page] = 1;
    else {
      map[page] = 2;
      stored.push(content);
    }
  }
  return Buffer.concat([snapshot.subarray(0, heapOffset), map, ...stored]);
}

const entry = (snapshot) => ({
  path: "s",
  bytes: 0,
  rawBytes: snapshot.length,
  packedBytes: packed(snapshot).length,
  moduleCrc: zlibCrc32(MODULE_MEMORY.subarray(PAGE_BYTES, 2 * PAGE_BYTES)),
  buildId: BUILD_ID,
});
const serve = (body) => async () => new Response(body);

test("a well-formed snapshot passes the header checks", () => {
  const snapshot = fakeSnapshot();
  assert.doesNotThrow(() => checkSnapshotHeader(snapshot, entry(snapshot)));
});

test("another Pyodide build's snapshot is rejected", () => {
  const snapshot = fakeSnapshot("00000000".repeat(8));
  assert.throws(() => checkSnapshotHeader(snapshot, entry(snapshot)), SnapshotRejected);
});

test("a file that is not a snapshot is rejected", () => {
  const snapshot = new Uint8Array(4096);
  assert.throws(() => checkSnapshotHeader(snapshot, entry(snapshot)), /not a Pyodide memory snapshot/);
});

test("the packed gzip file becomes the snapshot again, the module's pages from its memory", async () => {
  const snapshot = fakeSnapshot();
  const file = gzipSync(packed(snapshot));
  assert.ok(file.length < 1000, "zero pages and the module's pages do not travel");
  const fetched = await fetchSnapshot(entry(snapshot), "s", pyodideVersion, serve(file));
  assert.deepEqual(fetched.modulePages, [1]);
  assert.notDeepEqual(fetched.bytes, snapshot);
  fillModulePages(fetched, MODULE_MEMORY);
  assert.deepEqual(fetched.bytes, snapshot);
});

test("a module whose fresh memory is not what the build saw rejects the snapshot", async () => {
  const snapshot = fakeSnapshot();
  const fetched = await fetchSnapshot(entry(snapshot), "s", pyodideVersion, serve(gzipSync(packed(snapshot))));
  const otherMemory = MODULE_MEMORY.slice();
  otherMemory[PAGE_BYTES + 100] = 8;
  assert.throws(() => fillModulePages(fetched, otherMemory), SnapshotRejected);
});

test("a page map that does not match the stored pages is rejected", async () => {
  const snapshot = fakeSnapshot();
  const file = packed(snapshot);
  file[64 + 3] = 2; // one more stored page than the file holds
  const wrong = { ...entry(snapshot), packedBytes: file.length };
  await assert.rejects(fetchSnapshot(wrong, "s", pyodideVersion, serve(gzipSync(file))), /fewer pages/);
});

test("crc32 is zlib's", () => {
  const bytes = new TextEncoder().encode("wasmlit snapshot pages");
  assert.equal(crc32(bytes), zlibCrc32(bytes));
  assert.equal(crc32(bytes.subarray(5), crc32(bytes.subarray(0, 5))), zlibCrc32(bytes));
});

test("a host that already decompressed the file is fine too", async () => {
  const snapshot = fakeSnapshot();
  const fetched = await fetchSnapshot(entry(snapshot), "s", pyodideVersion, serve(packed(snapshot)));
  assert.equal(fetched.bytes[64 + 5], 42);
});

test("a damaged or truncated file is rejected, never handed to Pyodide", async () => {
  const snapshot = fakeSnapshot();
  const damaged = gzipSync(snapshot);
  damaged[damaged.length - 6] ^= 0xff; // the gzip checksum
  await assert.rejects(fetchSnapshot(entry(snapshot), "s", pyodideVersion, serve(damaged)), SnapshotRejected);
  const truncated = gzipSync(snapshot.subarray(0, 1000));
  await assert.rejects(fetchSnapshot(entry(snapshot), "s", pyodideVersion, serve(truncated)), /not the/);
});

test("a snapshot for another Pyodide version is not even downloaded", async () => {
  const snapshot = fakeSnapshot();
  let fetched = false;
  const fetcher = async () => {
    fetched = true;
    return new Response(snapshot);
  };
  await assert.rejects(fetchSnapshot(entry(snapshot), "s", "0.0.1", fetcher), SnapshotRejected);
  assert.equal(fetched, false);
});

test("the first paint fills a fresh store as the build's first run left it", () => {
  const store = new PageStore();
  adoptFirstPaint(store, {
    type: "run_finished",
    run: 0,
    status: "completed",
    durationMs: 0,
    scriptRuns: 1,
    blocks: { main: ["main/markdown0"], sidebar: [], bottom: [] },
    elements: { "main/markdown0": { type: "markdown", props: { body: "hi" } } },
  });
  assert.equal(store.prerendered, true);
  assert.deepEqual(store.children("main"), [{ id: "main/markdown0", stale: false }]);
  assert.equal(store.scriptState, "initial");
  assert.equal(store.connectionState, "INITIAL");
});

test("a link the browser rates slower than 4G, or a wish to save data, boots without the snapshot", () => {
  assert.match(plainBootReason({ effectiveType: "3g", saveData: false }), /3g/);
  assert.match(plainBootReason({ effectiveType: "slow-2g" }), /slow-2g/);
  assert.match(plainBootReason({ effectiveType: "4g", saveData: true }), /save data/);
  assert.equal(plainBootReason({ effectiveType: "4g", saveData: false }), null);
  // Without the Network Information API (Firefox, Safari) the snapshot is used.
  assert.equal(plainBootReason(undefined), null);
});
