// Notices the app shows above its content: a page that does not exist, a Python
// interpreter that was replaced after Stop, a new version of the site. Each has an id so
// it can be replaced; one may offer an action (a button beside its close button).

import { Observable } from "./observable.js";

/**
 * @typedef {{label: string, run: () => void}} NoticeAction
 * @typedef {{id: string, kind: "info" | "warning" | "error", title: string, body: string, details?: string[],
 *            action?: NoticeAction}} Notice
 */

export class NoticeState extends Observable {
  constructor() {
    super();
    /** @type {Notice[]} */
    this.notices = [];
  }

  /** Show a notice, replacing one with the same id. @param {Notice} notice */
  show(notice) {
    this.notices = [...this.notices.filter((existing) => existing.id !== notice.id), notice];
    this.changed();
  }

  /** Run a notice's action (its button was pressed). @param {string} id */
  act(id) {
    this.notices.find((notice) => notice.id === id)?.action?.run();
  }

  /** @param {string} id */
  dismiss(id) {
    const before = this.notices.length;
    this.notices = this.notices.filter((notice) => notice.id !== id);
    if (this.notices.length !== before) this.changed();
  }
}
