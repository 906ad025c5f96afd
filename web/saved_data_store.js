// Where the script's home folder (Path.home()) is kept between visits: the browser's
// IndexedDB, in the visitor's browser only. The worker writes it (web/worker/home_folder.js);
// the page can delete it (web/saved_data.js).
//
// One database per origin, one record per file or folder, keyed by [site, path]: several
// sites may share an origin (GitHub Pages project sites: user.github.io/a/ and
// user.github.io/b/), and each sees only its own files. A site is named by its address
// without query and fragment (a one-file app by its file's address).

const DATABASE = "wasmlit-saved-data";
const STORE = "home";

/**
 * A file or folder of the home folder, by its path inside it.
 * @typedef {{path: string, kind: "file" | "folder", mode: number, mtime: number, data?: Uint8Array}} SavedEntry
 */

/**
 * The key of a site's files: its address without query, fragment or index.html.
 * @param {string} baseUrl the page's address (document.baseURI)
 */
export function siteKey(baseUrl) {
  const url = new URL(baseUrl);
  url.search = "";
  url.hash = "";
  return url.href.replace(/\/index\.html$/, "/");
}

/** Every key of a site: [site, any path]. @param {string} site */
function siteRange(site) {
  // Arrays compare item by item, and an array sorts after every string.
  return IDBKeyRange.bound([site], [site, []]);
}

/** @template T @param {IDBRequest<T>} request @returns {Promise<T>} */
function settled(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** @param {IDBTransaction} transaction @returns {Promise<void>} */
function committed(transaction) {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error || new Error("the transaction was aborted"));
    transaction.onerror = () => reject(transaction.error);
  });
}

/** @param {IDBFactory} [factory] @returns {Promise<IDBDatabase>} */
export async function openSavedData(factory = indexedDB) {
  const request = factory.open(DATABASE, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE);
  const database = await settled(request);
  // Another tab deleting the database (or a newer version) must not wait for this one.
  database.onversionchange = () => database.close();
  return database;
}

/** A site's saved entries, sorted by path (a folder before what it holds). @param {IDBDatabase} database @param {string} site */
export async function readSavedEntries(database, site) {
  const store = database.transaction(STORE, "readonly").objectStore(STORE);
  const entries = /** @type {SavedEntry[]} */ (await settled(store.getAll(siteRange(site))));
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Write changed entries and delete removed paths in one transaction: all of it is kept,
 * or none of it (the saved folder is never half-written).
 * @param {IDBDatabase} database @param {string} site @param {SavedEntry[]} changed @param {string[]} removed
 */
export function writeSavedEntries(database, site, changed, removed) {
  const transaction = database.transaction(STORE, "readwrite");
  const store = transaction.objectStore(STORE);
  for (const path of removed) store.delete([site, path]);
  for (const entry of changed) store.put(entry, [site, entry.path]);
  return committed(transaction);
}

/** How many entries a site saved. @param {IDBDatabase} database @param {string} site */
export async function countSavedEntries(database, site) {
  const store = database.transaction(STORE, "readonly").objectStore(STORE);
  return /** @type {number} */ (await settled(store.count(siteRange(site))));
}

/** Delete everything a site saved. @param {IDBDatabase} database @param {string} site */
export function deleteSavedEntries(database, site) {
  const transaction = database.transaction(STORE, "readwrite");
  transaction.objectStore(STORE).delete(siteRange(site));
  return committed(transaction);
}
