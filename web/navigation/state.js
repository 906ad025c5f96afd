// The page list st.navigation (or the pages/ folder) described, and the current page.

import { Observable } from "../observable.js";

/** @typedef {import("../protocol.js").NavPage} NavPage */

export class NavigationState extends Observable {
  constructor() {
    super();
    /** @type {NavPage[]} */
    this.pages = [];
    /** @type {string[]} */
    this.sections = [];
    this.position = "sidebar";
    /** @type {boolean | number} */
    this.expanded = false;
    this.currentPageHash = "";
    /** The query string the page list's links carry (the address bar's). */
    this.queryString = "";
  }

  /** @param {import("../protocol.js").Navigation} message */
  update(message) {
    this.pages = message.pages;
    this.sections = message.sections;
    this.position = message.position;
    this.expanded = message.expanded;
    this.currentPageHash = message.currentPageHash;
    this.changed();
  }

  /** @param {string} queryString */
  setQueryString(queryString) {
    if (queryString === this.queryString) return;
    this.queryString = queryString;
    this.changed();
  }

  /** Whether the app has pages to list (Streamlit hides a list of one). */
  get hasMenu() {
    return this.position !== "hidden" && this.pages.filter((page) => !page.hidden).length > 1;
  }

  get isMultipage() {
    return this.pages.length > 0;
  }

  /** @param {string} urlPath @returns {NavPage | undefined} */
  pageByUrlPath(urlPath) {
    return this.pages.find((page) => page.urlPath === urlPath && !page.external);
  }

  /** @param {string} hash */
  pageByHash(hash) {
    return this.pages.find((page) => page.hash === hash);
  }

  get currentPage() {
    return this.pageByHash(this.currentPageHash);
  }
}
