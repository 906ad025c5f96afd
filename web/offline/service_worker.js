// The site's service worker: sw.js at the site's root. wasmlit_build/offline.py writes
// WASMLIT_OFFLINE in front of this code: the site's version and every file its pages
// need, each with its SHA-256 (and the files from Pyodide's CDN, with the pinned lock's).
//
// - Install: every file goes into a cache of its own for this version, checked against
//   its hash (copied from an earlier version's cache when unchanged), so a cache is
//   always exactly one version of the site. A file that does not match (a deployment
//   half done, a host's stale copy) fails the install: the old version keeps serving.
// - Then it takes over at once. Tabs are not mixed: a tab keeps the version it was loaded
//   with (its files come from that version's cache; content-hashed names mean the same
//   name is the same bytes in any version) until it reloads, and the page says a new
//   version is available (web/offline/offline_support.js).
// - Old versions' caches are deleted once no open tab was loaded with them.
// - With WASMLIT_OFFLINE null (a --no-offline build) it deletes the site's caches and
//   unregisters itself: the site is served by the network again.

import {
  CLIENTS_PATH,
  SITE_LIST_PATH,
  cachesToDelete,
  clientsCacheName,
  isAppPage,
  isOtherFormatCache,
  sha256Hex,
  storedHeaders,
  versionCacheName,
  versionOfCache,
} from "./cache_names.js";

/**
 * @typedef {{path: string, sha256: string, bytes: number, onDemand?: boolean}} SiteFile
 * @typedef {{url: string, sha256: string}} CdnFile
 * @typedef {{version: string, files: SiteFile[], cdn: CdnFile[]}} OfflineSite
 * @typedef {{url: string, sha256: string, cdn: boolean}} Wanted
 */

const worker = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const SITE = /** @type {OfflineSite | null} */ (WASMLIT_OFFLINE);
const SCOPE = worker.registration.scope;
// Files downloaded at once while installing.
const PARALLEL_DOWNLOADS = 4;
/** @type {Map<string, string>} CDN address -> SHA-256 */
const CDN_FILES = new Map((SITE?.cdn || []).map((file) => [file.url, file.sha256]));
/** @type {Map<string, string>} address -> SHA-256 of the files kept when first asked for */
const KEPT_ON_FIRST_USE = new Map([
  ...CDN_FILES,
  ...(SITE?.files || [])
    .filter((file) => file.onDemand)
    .map((file) => /** @type {[string, string]} */ ([siteUrl(file.path), file.sha256])),
]);

/** @param {string} path */
function siteUrl(path) {
  return new URL(path, SCOPE).href;
}

/** @param {unknown} value */
function jsonResponse(value) {
  return new Response(JSON.stringify(value), { headers: { "Content-Type": "application/json" } });
}

// ---- which tab was loaded with which version (kept in a cache: a service worker's memory
// does not outlive it), for deleting old caches.

/** @type {Promise<Map<string, string>> | null} */
let clientVersions = null;
/** Writes one after the other: each writes the whole map. */
let clientsWritten = Promise.resolve();

function readClientVersions() {
  clientVersions ||= (async () => {
    const stored = await (await caches.open(clientsCacheName(SCOPE))).match(siteUrl(CLIENTS_PATH));
    return new Map(stored ? Object.entries(await stored.json()) : []);
  })().catch(() => new Map());
  return clientVersions;
}

/** @param {Map<string, string>} versions */
function writeClientVersions(versions) {
  const snapshot = jsonResponse(Object.fromEntries(versions));
  clientsWritten = clientsWritten
    .then(async () => (await caches.open(clientsCacheName(SCOPE))).put(siteUrl(CLIENTS_PATH), snapshot))
    .catch(() => {});
  return clientsWritten;
}

/** @param {string} clientId @param {string} version */
async function rememberClient(clientId, version) {
  const versions = await readClientVersions();
  if (versions.get(clientId) === version) return;
  versions.set(clientId, version);
  await writeClientVersions(versions);
}

/** The versions the open tabs of this site were loaded with (closed tabs are forgotten). */
async function versionsInUse() {
  const open = new Set((await worker.clients.matchAll({ type: "window", includeUncontrolled: true })).map((client) => client.id));
  const versions = await readClientVersions();
  const before = versions.size;
  for (const id of [...versions.keys()]) if (!open.has(id)) versions.delete(id);
  if (versions.size !== before) await writeClientVersions(versions);
  return new Set(versions.values());
}

// ---- this site's caches

/** @returns {Promise<Map<string, string>>} cache name -> version, for every version cache of this site */
async function versionCaches() {
  /** @type {Map<string, string>} */
  const found = new Map();
  for (const name of await caches.keys()) {
    const version = versionOfCache(name, SCOPE);
    if (version !== null) found.set(name, version);
  }
  return found;
}

/**
 * A version's file list, if its cache is complete (the list is written last).
 * @param {string} name @returns {Promise<OfflineSite | null>}
 */
async function completeSiteList(name) {
  const listed = await (await caches.open(name)).match(siteUrl(SITE_LIST_PATH));
  return listed ? /** @type {OfflineSite} */ (await listed.json()) : null;
}

/** Delete the caches no open tab needs, and this site's caches of other formats. */
async function collectGarbage() {
  const keep = await versionsInUse();
  if (SITE) keep.add(SITE.version);
  const installing = worker.registration.installing || worker.registration.waiting;
  /** @type {Map<string, string>} */
  const deletable = new Map();
  for (const [name, version] of await versionCaches()) {
    // An incomplete cache may be a newer version installing right now.
    if (!installing || (await completeSiteList(name))) deletable.set(name, version);
  }
  const doomed = cachesToDelete(deletable, keep);
  for (const name of await caches.keys()) if (isOtherFormatCache(name, SCOPE)) doomed.push(name);
  await Promise.all(doomed.map((name) => caches.delete(name)));
}

// ---- install: the version's files, checked

/** @param {OfflineSite} site @returns {Wanted[]} */
function wantedFiles(site) {
  return [
    // A chart library the app's files never name is kept when a page first asks for it.
    ...site.files.filter((file) => !file.onDemand).map((file) => ({ url: siteUrl(file.path), sha256: file.sha256, cdn: false })),
    ...site.cdn.map((file) => ({ url: file.url, sha256: file.sha256, cdn: true })),
  ];
}

/**
 * Download a file and check it; an HTTP cache's stale copy gets one more try from the host.
 * @param {Wanted} file @returns {Promise<Response>}
 */
async function download(file) {
  for (const cache of /** @type {RequestCache[]} */ (["default", "reload"])) {
    const response = await fetch(file.url, {
      cache,
      mode: file.cdn ? "cors" : "same-origin",
      credentials: file.cdn ? "omit" : "same-origin",
    });
    if (!response.ok) throw new Error(`${file.url} could not be downloaded (HTTP ${response.status})`);
    const bytes = await response.arrayBuffer();
    if ((await sha256Hex(bytes)) === file.sha256) {
      return new Response(bytes, { headers: storedHeaders(response.headers, bytes.byteLength) });
    }
  }
  throw new Error(`${file.url} does not match its SHA-256 in sw.js (is a new version being deployed?)`);
}

/**
 * The same file (same address and hash) in an earlier version's complete cache.
 * @param {Wanted} file @param {{cache: Cache, hashes: Map<string, string>}[]} earlier
 */
async function earlierCopy(file, earlier) {
  for (const { cache, hashes } of earlier) {
    if (hashes.get(file.url) !== file.sha256) continue;
    const copy = await cache.match(file.url);
    if (copy) return copy;
  }
  return null;
}

/** The complete caches of other versions, with the hash of each file they hold. */
async function earlierVersions() {
  const earlier = [];
  for (const [name] of await versionCaches()) {
    const site = await completeSiteList(name);
    if (!site || site.version === SITE?.version) continue;
    const hashes = new Map(wantedFiles(site).map((file) => [file.url, file.sha256]));
    earlier.push({ cache: await caches.open(name), hashes });
  }
  return earlier;
}

/** @param {OfflineSite} site */
async function precache(site) {
  const cache = await caches.open(versionCacheName(SCOPE, site.version));
  const earlier = await earlierVersions();
  const queue = wantedFiles(site);
  const downloader = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      // Each entry was checked before it was stored: an interrupted install resumes.
      if (await cache.match(file.url)) continue;
      await cache.put(file.url, (await earlierCopy(file, earlier)) || (await download(file)));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, downloader));
  await cache.put(siteUrl(SITE_LIST_PATH), jsonResponse(site));
}

worker.addEventListener("install", (event) => {
  event.waitUntil((SITE ? precache(SITE) : Promise.resolve()).then(() => worker.skipWaiting()));
});

// ---- activate: take over, tidy up, tell the open tabs

/** Every open tab of this site hears which version now serves it (null: none). */
async function announce() {
  const message = { type: "wasmlit-offline", version: SITE ? SITE.version : null };
  for (const client of await worker.clients.matchAll({ type: "window", includeUncontrolled: true })) {
    client.postMessage(message);
  }
}

async function activate() {
  if (SITE) {
    await worker.clients.claim();
    await collectGarbage();
  } else {
    const names = [...(await versionCaches()).keys(), clientsCacheName(SCOPE)];
    await Promise.all(names.map((name) => caches.delete(name)));
    await worker.registration.unregister();
  }
  await announce();
}

worker.addEventListener("activate", (event) => event.waitUntil(activate()));

// A tab says which version it was loaded with (offline_support.js); it hears the current one.
worker.addEventListener("message", (event) => {
  const data = event.data;
  const source = /** @type {Client | null} */ (event.source);
  if (!source || !data || data.type !== "wasmlit-client" || typeof data.version !== "string") return;
  event.waitUntil(
    (async () => {
      await rememberClient(source.id, data.version);
      source.postMessage({ type: "wasmlit-offline", version: SITE ? SITE.version : null });
      await collectGarbage();
    })(),
  );
});

// ---- fetch: each tab's version, from its cache

/** @param {FetchEvent} event */
async function serveAppPage(event) {
  const site = /** @type {OfflineSite} */ (SITE);
  const page = await (await caches.open(versionCacheName(SCOPE, site.version))).match(siteUrl("index.html"));
  if (!page) return fetch(event.request);
  if (event.resultingClientId) event.waitUntil(rememberClient(event.resultingClientId, site.version));
  return page;
}

/**
 * The version a request's tab was loaded with: known by its client id (a page), or by the
 * file that asked (the Python worker's requests name its script, which only one version
 * holds). Undefined: nothing says; null: a version no cache holds.
 * @param {FetchEvent} event @returns {Promise<string | null | undefined>}
 */
async function requesterVersion(event) {
  const known = (await readClientVersions()).get(event.clientId);
  if (known) return known;
  const referrer = event.request.referrer;
  if (!referrer.startsWith(SCOPE) || isAppPage(new URL(referrer), SCOPE)) return undefined;
  for (const [name, version] of await versionCaches()) {
    if (await (await caches.open(name)).match(referrer)) return version;
  }
  return null;
}

/** @param {FetchEvent} event @returns {Promise<string[]>} cache names, best first */
async function cachesFor(event) {
  const version = await requesterVersion(event);
  if (version === null) return [];
  const all = [...(await versionCaches()).keys()];
  const first = versionCacheName(SCOPE, version || /** @type {OfflineSite} */ (SITE).version);
  return [first, ...all.filter((name) => name !== first)];
}

/** A file not cached yet: from the network, kept once it matches its hash. @param {FetchEvent} event */
async function fetchAndKeep(event) {
  const response = await fetch(event.request);
  const expected = KEPT_ON_FIRST_USE.get(event.request.url);
  if (!response.ok || !expected || !SITE) return response;
  const bytes = await response.clone().arrayBuffer();
  if ((await sha256Hex(bytes)) === expected) {
    const stored = new Response(bytes, { headers: storedHeaders(response.headers, bytes.byteLength) });
    const cache = await caches.open(versionCacheName(SCOPE, SITE.version));
    event.waitUntil(cache.put(event.request.url, stored));
  }
  return response;
}

/** @param {FetchEvent} event */
async function serveFile(event) {
  for (const name of await cachesFor(event)) {
    if (!(await caches.has(name))) continue;
    const hit = await (await caches.open(name)).match(event.request);
    if (hit) return hit;
  }
  return KEPT_ON_FIRST_USE.has(event.request.url) ? fetchAndKeep(event) : fetch(event.request);
}

worker.addEventListener("fetch", (event) => {
  const request = event.request;
  if (!SITE || request.method !== "GET") return;
  const url = new URL(request.url);
  if (request.mode === "navigate") {
    if (isAppPage(url, SCOPE)) event.respondWith(serveAppPage(event));
    return;
  }
  if (url.href.startsWith(SCOPE) || CDN_FILES.has(url.href)) event.respondWith(serveFile(event));
});
