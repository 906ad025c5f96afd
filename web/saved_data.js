// The page's side of the home folder the worker keeps in this browser
// (web/worker/home_folder.js): it asks the worker to save when the tab is hidden (a tab
// may be closed or discarded while hidden, with no later moment to save), and it deletes
// the saved files when the visitor asks and confirms ("Clear saved data", for the main
// menu; Clear cache does not touch them).

import { saveHomeMessage } from "./protocol.js";
import { countSavedEntries, deleteSavedEntries, openSavedData, siteKey } from "./saved_data_store.js";

export const CLEAR_QUESTION =
  "Delete the files this app saved in this browser? The app reloads and starts without them. This cannot be undone.";

/**
 * @typedef {{
 *   host: {worker: Worker | null},
 *   baseUrl?: string,
 *   confirm?: (question: string) => boolean | Promise<boolean>,
 *   reload?: () => void,
 *   openDatabase?: () => Promise<IDBDatabase>,
 * }} SavedDataOptions
 */

export class SavedData {
  /** @param {SavedDataOptions} options */
  constructor(options) {
    this.host = options.host;
    this.site = siteKey(options.baseUrl || document.baseURI);
    this.confirm = options.confirm || ((question) => window.confirm(question));
    this.reload = options.reload || (() => window.location.reload());
    this.openDatabase = options.openDatabase || (() => openSavedData());
  }

  /** Save when the tab is hidden. @param {Document} page */
  watch(page) {
    page.addEventListener("visibilitychange", () => {
      if (page.visibilityState === "hidden") this.saveNow();
    });
  }

  saveNow() {
    this.host.worker?.postMessage(saveHomeMessage());
  }

  /** Whether this site kept any file in this browser (the menu shows "Clear saved data" then). */
  async hasFiles() {
    try {
      const database = await this.openDatabase();
      try {
        return (await countSavedEntries(database, this.site)) > 0;
      } finally {
        database.close();
      }
    } catch {
      return false;
    }
  }

  /**
   * "Clear saved data": after the visitor confirms, end the worker (it would save its
   * copy again), delete this site's saved files, and reload. Returns whether it cleared.
   */
  async clear() {
    if (!(await this.confirm(CLEAR_QUESTION))) return false;
    this.host.worker?.terminate();
    try {
      const database = await this.openDatabase();
      await deleteSavedEntries(database, this.site).finally(() => database.close());
    } finally {
      // Without its worker the page cannot go on; a failed delete shows the files again.
      this.reload();
    }
    return true;
  }
}
