// Names and addresses the service worker (web/offline/service_worker.js) works with, as
// pure functions. Caches belong to an origin, and several sites may share one (GitHub
// Pages project sites: user.github.io/a/ and user.github.io/b/), so every cache name
// holds the site's scope: a site only ever reads or deletes its own caches.

// Bumped when the caches' layout changes: a service worker deletes its scope's caches of
// any other format.
export const CACHE_FORMAT = "wasmlit-offline-1";
const ANY_FORMAT = /^wasmlit-offline-\d+ /;
export const CLIENTS_CACHE = "clients";
// Inside a version's cache: that version's file list, written last (the cache is complete).
export const SITE_LIST_PATH = ".wasmlit-offline/site.json";
// Inside the clients cache: which version each open tab was loaded with.
export const CLIENTS_PATH = ".wasmlit-offline/clients.json";

/** The cache of one version of the site at `scope`. @param {string} scope @param {string} version */
export function versionCacheName(scope, version) {
  return `${CACHE_FORMAT} ${scope} ${version}`;
}

/** @param {string} scope */
export function clientsCacheName(scope) {
  return `${CACHE_FORMAT} ${scope} ${CLIENTS_CACHE}`;
}

/**
 * The version a cache of this site holds; null for another site's cache, the clients
 * cache, or a cache of another format.
 * @param {string} name @param {string} scope
 */
export function versionOfCache(name, scope) {
  const prefix = `${CACHE_FORMAT} ${scope} `;
  if (!name.startsWith(prefix)) return null;
  const version = name.slice(prefix.length);
  return version === CLIENTS_CACHE ? null : version;
}

/** Whether a cache is this site's, in a format this service worker does not use. @param {string} name @param {string} scope */
export function isOtherFormatCache(name, scope) {
  return (
    ANY_FORMAT.test(name) && !name.startsWith(`${CACHE_FORMAT} `) && name.slice(name.indexOf(" ") + 1).startsWith(`${scope} `)
  );
}

/** Whether a navigation opens the app's page (the site's folder or its index.html). @param {URL} url @param {string} scope */
export function isAppPage(url, scope) {
  const address = url.origin + url.pathname;
  return address === scope || address === `${scope}index.html`;
}

/**
 * The versions whose caches may go: every complete cache of this site but the service
 * worker's own version and those the open tabs were loaded with.
 * @param {Map<string, string>} cacheVersions cache name -> version
 * @param {Set<string>} keep
 * @returns {string[]} cache names
 */
export function cachesToDelete(cacheVersions, keep) {
  return [...cacheVersions].filter(([, version]) => !keep.has(version)).map(([name]) => name);
}

/** Hex SHA-256 of some bytes (Web Crypto). @param {ArrayBuffer} bytes */
export async function sha256Hex(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * Headers for a cached copy of a response: its own (a cross-origin isolated site keeps its
 * COOP/COEP headers offline), without those about how it travelled; the body is stored
 * decoded, so its length is the stored bytes'.
 * @param {Headers} headers @param {number} length
 */
export function storedHeaders(headers, length) {
  const stored = new Headers(headers);
  for (const name of ["content-encoding", "content-length", "transfer-encoding", "set-cookie", "set-cookie2"]) {
    stored.delete(name);
  }
  stored.set("content-length", String(length));
  return stored;
}
