// Notices the app shows above its content: a page that does not exist, a Python
// interpreter that was replaced after Stop. Each has an id so it can be replaced.

import { Observable } from "./observable.js";

/** @typedef {{id: string, kind: "info" | "warning" | "error", title: string, body: string, details?: string[]}} Notice */

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

  /** @param {string} id */
  dismiss(id) {
    const before = this.notices.length;
    this.notices = this.notices.filter((notice) => notice.id !== id);
    if (this.notices.length !== before) this.changed();
  }
}
