// The pure parts of offline use: cache names (web/offline/cache_names.js), the page's
// side of the service worker (web/offline/offline_support.js), and what the home folder
// saves (web/worker/home_folder.js, web/saved_data_store.js).

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  cachesToDelete,
  clientsCacheName,
  isAppPage,
  isOtherFormatCache,
  storedHeaders,
  versionCacheName,
  versionOfCache,
} from "../../web/offline/cache_names.js";
import { OfflineSupport } from "../../web/offline/offline_support.js";
import { NoticeState } from "../../web/notices.js";
import { changesSince, listFolder } from "../../web/worker/home_folder.js";
import { siteKey } from "../../web/saved_data_store.js";

const A = "https://user.github.io/a/";
const B = "https://user.github.io/b/";

test("a site reads only its own caches, even when another site's scope starts like it", () => {
  assert.equal(versionOfCache(versionCacheName(A, "v1"), A), "v1");
  assert.equal(versionOfCache(versionCacheName(B, "v1"), A), null);
  assert.equal(versionOfCache(versionCacheName(`${A}sub/`, "v1"), A), null);
  assert.equal(versionOfCache(clientsCacheName(A), A), null);
  assert.equal(isOtherFormatCache(`wasmlit-offline-0 ${A} v1`, A), true);
  assert.equal(isOtherFormatCache(`wasmlit-offline-0 ${B} v1`, A), false);
  assert.equal(isOtherFormatCache(versionCacheName(A, "v1"), A), false);
});

test("old versions go unless a tab still uses them", () => {
  const caches = new Map([
    ["c1", "v1"],
    ["c2", "v2"],
    ["c3", "v3"],
  ]);
  assert.deepEqual(cachesToDelete(caches, new Set(["v3", "v1"])), ["c2"]);
});

test("the app's page is the site's folder or its index.html", () => {
  assert.equal(isAppPage(new URL(`${A}?x=1`), A), true);
  assert.equal(isAppPage(new URL(`${A}index.html`), A), true);
  assert.equal(isAppPage(new URL(`${A}assets/main.js`), A), false);
});

test("a cached copy keeps the response's headers but not how it travelled", () => {
  const headers = new Headers({
    "content-encoding": "gzip",
    "content-length": "10",
    "cross-origin-opener-policy": "same-origin",
  });
  const stored = storedHeaders(headers, 42);
  assert.equal(stored.get("content-encoding"), null);
  assert.equal(stored.get("content-length"), "42");
  assert.equal(stored.get("cross-origin-opener-policy"), "same-origin");
});

/** A service worker container that records what the page does with it. */
function fakeContainer() {
  const listeners = {};
  const controller = {
    scriptURL: `${A}sw.js`,
    posted: [],
    postMessage(message) {
      this.posted.push(message);
    },
  };
  return {
    controller,
    registered: [],
    listeners,
    addEventListener(type, listener) {
      listeners[type] = listener;
    },
    startMessages() {},
    async register(url) {
      this.registered.push(url);
      return { update: async () => {} };
    },
    async getRegistration() {
      return undefined;
    },
  };
}

function offlineSupport(container, { quiet = false } = {}) {
  const reloads = [];
  const notices = new NoticeState();
  const support = new OfflineSupport({
    entry: { serviceWorker: "sw.js", version: "v1" },
    notices,
    canReloadQuietly: () => quiet,
    reload: () => reloads.push("reload"),
    container,
    baseUrl: A,
    schedule: (task) => task(),
  });
  return { support, notices, reloads };
}

test("the service worker is registered only after the first run, then told this tab's version", async () => {
  const container = fakeContainer();
  const { support } = offlineSupport(container);
  assert.deepEqual(container.registered, []);
  const realSetInterval = globalThis.setInterval;
  globalThis.document = { addEventListener() {} };
  globalThis.setInterval = () => 0;
  try {
    support.runFinished();
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    globalThis.setInterval = realSetInterval;
    delete globalThis.document;
  }
  assert.deepEqual(container.registered, ["sw.js"]);
  assert.deepEqual(container.controller.posted, [{ type: "wasmlit-client", version: "v1" }]);
});

test("a new version is offered with a Reload button when the visitor would lose input", () => {
  const container = fakeContainer();
  const { support, notices, reloads } = offlineSupport(container);
  const source = container.controller;
  support.onMessage({ source, data: { type: "wasmlit-offline", version: "v1" } });
  assert.equal(notices.notices.length, 0);
  support.onMessage({ source: { scriptURL: `${B}sw.js` }, data: { type: "wasmlit-offline", version: "v2" } });
  assert.equal(notices.notices.length, 0, "another site's service worker is not this site's");
  support.onMessage({ source, data: { type: "wasmlit-offline", version: "v2" } });
  assert.equal(notices.notices[0].title, "A new version of this app is available.");
  assert.deepEqual(reloads, []);
  notices.act(notices.notices[0].id);
  assert.deepEqual(reloads, ["reload"]);
});

test("a new version reloads at once when nothing would be lost", () => {
  const container = fakeContainer();
  const { support, notices, reloads } = offlineSupport(container, { quiet: true });
  support.onMessage({ source: container.controller, data: { type: "wasmlit-offline", version: "v2" } });
  assert.deepEqual(reloads, ["reload"]);
  assert.equal(notices.notices.length, 0);
});

/** Emscripten's file system, as far as listFolder reads it. */
function fakeFileSystem(tree) {
  const DIR = 0o40000;
  const FILE = 0o100000;
  const node = (path) =>
    path
      .split("/")
      .filter(Boolean)
      .reduce((folder, name) => folder?.[name], tree);
  return {
    readdir: (path) => [".", "..", ...Object.keys(node(path))],
    lstat: (path) => {
      const found = node(path);
      return typeof found === "string"
        ? { mode: FILE | 0o644, size: found.length, mtime: new Date(1000) }
        : { mode: DIR | 0o755, size: 4096, mtime: new Date(1000) };
    },
    isDir: (mode) => (mode & 0o170000) === DIR,
    isFile: (mode) => (mode & 0o170000) === FILE,
  };
}

test("the home folder is listed with its folders before what they hold", () => {
  const fs = fakeFileSystem({ home: { user: { "app.db": "abc", data: { "a.txt": "x" } } } });
  const listed = listFolder(fs, "/home/user");
  assert.deepEqual([...listed.keys()], ["app.db", "data", "data/a.txt"]);
  assert.deepEqual(listed.get("app.db"), { kind: "file", mode: 0o100644, mtime: 1000, size: 3 });
});

test("a save writes what changed and deletes what went", () => {
  const stat = (size, mtime) => ({ kind: "file", mode: 0o100644, mtime, size });
  const saved = new Map([
    ["same", stat(1, 10)],
    ["grown", stat(1, 10)],
    ["touched", stat(1, 10)],
    ["gone", stat(1, 10)],
  ]);
  const current = new Map([
    ["same", stat(1, 10)],
    ["grown", stat(2, 10)],
    ["touched", stat(1, 11)],
    ["new", stat(1, 10)],
  ]);
  assert.deepEqual(changesSince(saved, current, 100), { changed: ["grown", "touched", "new"], removed: ["gone"] });
  // Changed in the millisecond the last save read it: its time cannot tell, so it is written again.
  assert.deepEqual(changesSince(saved, new Map([["same", stat(1, 10)]]), 10).changed, ["same"]);
});

test("each site keeps its own saved files, whatever the address's query or page", () => {
  assert.equal(siteKey(`${A}?page=2#top`), A);
  assert.equal(siteKey(`${A}index.html`), A);
  assert.notEqual(siteKey(A), siteKey(B));
  assert.equal(siteKey("file:///home/me/app.html"), "file:///home/me/app.html");
});
