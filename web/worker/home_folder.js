// The script's home folder (Path.home(), /home/pyodide) kept between visits, in this
// browser (web/saved_data_store.js), so that an offline app's files (a SQLite database)
// outlive the tab.
//
// The worker restores the saved files before the first run. After each message it
// handled (the runs it started have all finished: Python runs synchronously here, so
// this is never in the middle of a run), it saves what changed since the last save, in
// one IndexedDB transaction: the saved folder always holds the files as some run left
// them, never half of a change. The page also asks for a save when the tab is hidden.

import { openSavedData, readSavedEntries, siteKey, writeSavedEntries } from "../saved_data_store.js";

/**
 * The part of Emscripten's file system (pyodide.FS) this module uses.
 * @typedef {{
 *   readdir(path: string): string[],
 *   lstat(path: string): {mode: number, size: number, mtime: Date},
 *   isDir(mode: number): boolean, isFile(mode: number): boolean,
 *   readFile(path: string): Uint8Array, writeFile(path: string, data: Uint8Array): void,
 *   mkdirTree(path: string): void, chmod(path: string, mode: number): void,
 *   utime(path: string, atime: number, mtime: number): void,
 * }} FileSystem
 * @typedef {{kind: "file" | "folder", mode: number, mtime: number, size: number}} Stat
 * @typedef {import("../saved_data_store.js").SavedEntry} SavedEntry
 */

/**
 * Every file and folder under `folder`, by path relative to it. Links, devices and pipes
 * are left out.
 * @param {FileSystem} fs @param {string} folder @returns {Map<string, Stat>}
 */
export function listFolder(fs, folder) {
  /** @type {Map<string, Stat>} */
  const found = new Map();
  /** @param {string} relative */
  const walk = (relative) => {
    for (const name of fs.readdir(relative ? `${folder}/${relative}` : folder)) {
      if (name === "." || name === "..") continue;
      const path = relative ? `${relative}/${name}` : name;
      const stat = fs.lstat(`${folder}/${path}`);
      const kind = fs.isDir(stat.mode) ? "folder" : fs.isFile(stat.mode) ? "file" : null;
      if (!kind) continue;
      found.set(path, { kind, mode: stat.mode, mtime: stat.mtime.getTime(), size: kind === "file" ? stat.size : 0 });
      if (kind === "folder") walk(path);
    }
  };
  walk("");
  return found;
}

/**
 * What to write and what to delete since the last save: entries that are new, or differ
 * in kind, size, mode or time. A file changed within the millisecond the last save read
 * it keeps the same time: anything timed at or after `savedAt` is written again.
 * @param {Map<string, Stat>} saved @param {Map<string, Stat>} current @param {number} savedAt
 * @returns {{changed: string[], removed: string[]}}
 */
export function changesSince(saved, current, savedAt) {
  const changed = [];
  for (const [path, stat] of current) {
    const before = saved.get(path);
    const same =
      before &&
      before.kind === stat.kind &&
      before.size === stat.size &&
      before.mode === stat.mode &&
      before.mtime === stat.mtime &&
      stat.mtime < savedAt;
    if (!same) changed.push(path);
  }
  const removed = [...saved.keys()].filter((path) => !current.has(path));
  return { changed, removed };
}

/** @param {unknown} error */
function describe(error) {
  return error instanceof Error ? error.message : String(error);
}

export class HomeFolder {
  /**
   * Start opening the saved files of the site at `baseUrl` (during the boot, while
   * Python downloads).
   * @param {string} baseUrl
   */
  constructor(baseUrl) {
    this.site = siteKey(baseUrl);
    this.disabled = false;
    /** @type {Promise<IDBDatabase | null>} */
    this.database = openSavedData().catch((error) => this.disable(error));
    /** @type {Promise<SavedEntry[]>} */
    this.entries = this.database.then((database) => (database ? readSavedEntries(database, this.site) : []));
    this.entries.catch(() => {});
    this.folder = "";
    /** What the last save wrote (or the restore put back). @type {Map<string, Stat>} */
    this.saved = new Map();
    this.savedAt = 0;
    /** Saves run one after the other. @type {Promise<void>} */
    this.saving = Promise.resolve();
  }

  /** IndexedDB is unavailable (or refused the files): the app runs, without keeping them. @param {unknown} error */
  disable(error) {
    if (!this.disabled) console.warn(`wasmlit: files the app writes in its home folder will not be kept: ${describe(error)}`);
    this.disabled = true;
    this.database = Promise.resolve(null);
    return null;
  }

  /**
   * Put the saved files back into the home folder before the first run.
   * @param {FileSystem} fs @param {string} folder the home folder (Path.home())
   */
  async restore(fs, folder) {
    this.folder = folder;
    let entries;
    try {
      entries = await this.entries;
    } catch (error) {
      this.disable(error);
      return;
    }
    for (const entry of entries) {
      const path = `${folder}/${entry.path}`;
      if (entry.kind === "folder") fs.mkdirTree(path);
      else fs.writeFile(path, /** @type {Uint8Array} */ (entry.data));
      fs.chmod(path, entry.mode);
      fs.utime(path, entry.mtime, entry.mtime);
    }
    this.savedAt = Date.now();
    this.saved = listFolder(fs, folder);
  }

  /** Save what changed since the last save (after the ones under way). @param {FileSystem} fs */
  save(fs) {
    this.saving = this.saving.then(() => this.saveChanges(fs));
    return this.saving;
  }

  /** @param {FileSystem} fs */
  async saveChanges(fs) {
    const database = await this.database;
    if (!database || !this.folder) return;
    const readAt = Date.now();
    const current = listFolder(fs, this.folder);
    const { changed, removed } = changesSince(this.saved, current, this.savedAt);
    if (!changed.length && !removed.length) return;
    const entries = changed.map((path) => this.entry(fs, path, /** @type {Stat} */ (current.get(path))));
    try {
      await writeSavedEntries(database, this.site, entries, removed);
    } catch (error) {
      // Kept as it was (all or nothing): the next save tries again.
      console.warn(`wasmlit: the home folder's files could not be saved in this browser: ${describe(error)}`);
      return;
    }
    this.saved = current;
    this.savedAt = readAt;
  }

  /** @param {FileSystem} fs @param {string} path @param {Stat} stat @returns {SavedEntry} */
  entry(fs, path, stat) {
    const entry = /** @type {SavedEntry} */ ({ path, kind: stat.kind, mode: stat.mode, mtime: stat.mtime });
    if (stat.kind === "file") entry.data = fs.readFile(`${this.folder}/${path}`);
    return entry;
  }
}
