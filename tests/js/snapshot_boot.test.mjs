// The worker's checks on the memory snapshot before it hands it to Pyodide.

import { test } from "node:test";
import assert from "node:assert/strict";
import { gzipSync } from "node:zlib";
import { version as pyodideVersion } from "pyodide";
import { SnapshotRejected, checkSnapshotHeader, fetchSnapshot } from "../../web/worker/snapshot_boot.js";
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
  return bytes;
}

const entry = (snapshot) => ({ path: "s", bytes: 0, rawBytes: snapshot.length, buildId: BUILD_ID });
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

test("the gzip file is decompressed into exactly the recorded size", async () => {
  const snapshot = fakeSnapshot();
  const fetched = await fetchSnapshot(entry(snapshot), "s", pyodideVersion, serve(gzipSync(snapshot)));
  assert.deepEqual(fetched, snapshot);
});

test("a host that already decompressed the file is fine too", async () => {
  const snapshot = fakeSnapshot();
  const fetched = await fetchSnapshot(entry(snapshot), "s", pyodideVersion, serve(snapshot));
  assert.equal(fetched[64 + 5], 42);
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
