// The worker's checks on package files before Pyodide installs them: the site's own
// wheels against the build's record, files from Pyodide's CDN against the pinned lock.

import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { startPackageDownloads, subresourceIntegrity } from "../../web/worker/packages_boot.js";

const BASE = new URL("https://site.example/app/");
const CDN = "https://cdn.example/pyodide/v1/full/numpy-2.4.6-cp314-cp314-pyemscripten_2026_0_wasm32.whl";
const WHEEL = new TextEncoder().encode("the wheel's bytes");
const sha256 = (/** @type {Uint8Array} */ bytes) => createHash("sha256").update(bytes).digest("hex");

/** A CDN file entry as the build writes it: no size, the lock's SHA-256. */
const cdnFile = (hex = sha256(WHEEL)) => ({ path: CDN, bytes: null, sha256: hex, package: "numpy", cdn: true });

/**
 * Download one file with a fake fetchWithProgress; returns the outcome and what was asked and recorded.
 * @param {object} file @param {(init: RequestInit | undefined) => Promise<Response>} [respond]
 */
async function download(file, respond = async () => new Response(WHEEL, { headers: { "Content-Length": "17" } })) {
  /** @type {string[]} */
  const failures = [];
  /** @type {{url: string, expected: number, tally: {loaded: number, total: number}, init?: RequestInit}[]} */
  const calls = [];
  const entry = { base: "assets/packages/", load: ["numpy"], names: ["numpy"], files: [file] };
  /** @param {string} url @param {string} _stage @param {number} expected @param {any} tally @param {RequestInit} [init] */
  const fetchWithProgress = (url, _stage, expected, tally, init) => {
    calls.push({ url, expected, tally, init });
    return respond(init);
  };
  const downloads = startPackageDownloads(entry, BASE, fetchWithProgress, (reason) => failures.push(reason));
  const outcome = await downloads.get(new URL(file.path, BASE).href)?.then(
    (bytes) => ({ bytes: new Uint8Array(bytes) }),
    (error) => ({ error: String(error.message) }),
  );
  return { outcome, failures, calls };
}

/** Run `body` as in a page that is not a secure context: no Web Crypto. @param {() => Promise<void>} body */
async function withoutWebCrypto(body) {
  const descriptor = /** @type {PropertyDescriptor} */ (Object.getOwnPropertyDescriptor(globalThis, "crypto"));
  Object.defineProperty(globalThis, "crypto", { value: undefined, configurable: true });
  try {
    await body();
  } finally {
    Object.defineProperty(globalThis, "crypto", descriptor);
  }
}

test("a CDN file that matches the lock is handed over; its size joins the progress total", async () => {
  const { outcome, failures, calls } = await download(cdnFile());
  assert.deepEqual(outcome, { bytes: WHEEL });
  assert.deepEqual(failures, []);
  assert.equal(calls[0].url, CDN);
  assert.equal(calls[0].expected, 0);
  assert.equal(calls[0].tally.total, 17);
  assert.equal(calls[0].init, undefined); // checked here, with Web Crypto
});

test("a CDN file that does not match the lock is refused, naming the package", async () => {
  const { outcome, failures } = await download(cdnFile("0".repeat(64)));
  const reason =
    `The package numpy was refused: the file from Pyodide's CDN (${CDN}) does not match` +
    " its SHA-256 checksum in pyodide-lock.json; it was not installed.";
  assert.deepEqual(outcome, { error: reason });
  assert.deepEqual(failures, [reason]);
});

test("without Web Crypto the browser checks a CDN file (subresource integrity)", async () => {
  await withoutWebCrypto(async () => {
    const { outcome, calls } = await download(cdnFile());
    assert.deepEqual(outcome, { bytes: WHEEL });
    assert.deepEqual(calls[0].init, { integrity: `sha256-${createHash("sha256").update(WHEEL).digest("base64")}` });
  });
});

test("without Web Crypto a refused CDN file still fails the boot with the package's name", async () => {
  await withoutWebCrypto(async () => {
    const { failures } = await download(cdnFile(), () => Promise.reject(new TypeError("Failed to fetch")));
    assert.deepEqual(failures, [
      `The package numpy could not be downloaded from ${CDN} or does not match its SHA-256 checksum` +
        " in pyodide-lock.json: TypeError: Failed to fetch",
    ]);
  });
});

test("an unreachable CDN names the package and the address", async () => {
  const { failures } = await download(cdnFile(), () => Promise.reject(new TypeError("Failed to fetch")));
  assert.deepEqual(failures, [`The package numpy could not be downloaded from ${CDN}: TypeError: Failed to fetch`]);
});

test("the site's own wheel is checked against the size and hash the build recorded", async () => {
  const file = { path: "assets/packages/ab/humanize.whl", bytes: 3, sha256: sha256(WHEEL), package: "humanize" };
  const { failures } = await download(file);
  assert.deepEqual(failures, ["assets/packages/ab/humanize.whl is damaged: it has 17 bytes, not the 3 the build recorded"]);
  const { outcome } = await download({ ...file, bytes: WHEEL.length });
  assert.deepEqual(outcome, { bytes: WHEEL });
});

test("subresource integrity is the base64 of the SHA-256", () => {
  const hex = sha256(WHEEL);
  assert.equal(subresourceIntegrity(hex), `sha256-${Buffer.from(hex, "hex").toString("base64")}`);
});
