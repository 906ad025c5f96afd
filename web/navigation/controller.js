// Page navigation in the browser: keeps the address bar and the running page in step.
//
// - A click in the page list (or on st.page_link) adds a history entry for the page's
//   address and asks for a run of that page, by hash.
// - Back/Forward reruns the page the address names, with its query string.
// - When a run lands on another page (st.switch_page, an unknown address), the address
//   follows; st.query_params writes add a history entry, as Streamlit does. During a
//   Back/Forward step the address is replaced instead, so history is not rewritten.

import { pageAddress, queryStringOf, urlPathFromHash } from "./address.js";

const NOT_FOUND_TEXT = "The page that you have requested does not seem to exist. Running the app's main page.";

/** @typedef {import("../protocol.js").NavPage} NavPage */
/** @typedef {{pathname: string, search: string, hash: string}} AddressLocation */
/**
 * @typedef {{
 *   location: AddressLocation,
 *   pushState: (url: string) => void,
 *   replaceState: (url: string) => void,
 * }} AddressBar
 */

/** The window's address bar. @returns {AddressBar} */
export function windowAddressBar() {
  return {
    location: window.location,
    pushState: (url) => window.history.pushState({}, "", url),
    replaceState: (url) => window.history.replaceState({}, "", url),
  };
}

export class NavigationController {
  /**
   * @param {{
   *   state: import("./state.js").NavigationState,
   *   session: import("../session.js").SessionClient,
   *   notices: import("../notices.js").NoticeState,
   *   addressBar: AddressBar,
   * }} parts
   */
  constructor({ state, session, notices, addressBar }) {
    this.state = state;
    this.session = session;
    this.notices = notices;
    this.addressBar = addressBar;
    /** True from a Back/Forward step until its run finishes. */
    this.historyNavigation = false;
    /** True when the run in progress reported an unknown page. */
    this.pageNotFound = false;
    this.state.setQueryString(this.queryString());
  }

  queryString() {
    return queryStringOf(this.addressBar.location.search);
  }

  /** The page the first run should show: the one the address names, if any. */
  initialPage() {
    const urlPath = urlPathFromHash(this.addressBar.location.hash);
    return urlPath === null ? undefined : { urlPath };
  }

  /** @param {string} url @param {boolean} replace */
  setAddress(url, replace) {
    const { location } = this.addressBar;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    if (replace) this.addressBar.replaceState(url);
    else this.addressBar.pushState(url);
  }

  // ----- the user ------------------------------------------------------------------------

  /**
   * A click on a page link. The query string: the link's own (st.page_link), or the
   * current one (the page list keeps it, as Streamlit does).
   * @param {NavPage | {hash: string, urlPath: string}} page @param {string | null} [queryString]
   */
  navigateTo(page, queryString = null) {
    const query = queryString === null ? this.queryString() : queryString;
    this.setAddress(pageAddress(this.addressBar.location.pathname, query, page.urlPath), false);
    this.state.setQueryString(query);
    this.notices.dismiss("page-not-found");
    this.session.navigate({ hash: page.hash });
  }

  /** Back or Forward: run the page and query string the address now names. */
  onHistoryStep() {
    const { hash } = this.addressBar.location;
    if (hash && urlPathFromHash(hash) === null) return; // an in-page anchor, not a page
    const queryString = this.queryString();
    const urlPath = urlPathFromHash(hash) ?? "";
    const queryChanged = queryString !== this.state.queryString;
    this.state.setQueryString(queryString);
    if (!this.state.isMultipage) {
      if (queryChanged) {
        this.historyNavigation = true;
        this.session.rerun();
      }
      return;
    }
    const page = this.state.pageByUrlPath(urlPath);
    if (page && page.hash === this.state.currentPageHash && !queryChanged) return;
    this.historyNavigation = true;
    this.session.navigate(page ? { hash: page.hash } : { urlPath });
  }

  // ----- the runtime -----------------------------------------------------------------------

  /** @param {import("../protocol.js").Navigation} message */
  onNavigation(message) {
    this.state.update(message);
    const page = this.state.currentPage;
    if (!page) return;
    const replace = this.historyNavigation || this.pageNotFound;
    const { location } = this.addressBar;
    if ((urlPathFromHash(location.hash) ?? "") !== page.urlPath) {
      this.setAddress(pageAddress(location.pathname, this.queryString(), page.urlPath), replace);
    }
  }

  /** st.query_params changed: the address bar follows, without a rerun. @param {string} queryString */
  onQueryString(queryString) {
    this.state.setQueryString(queryString);
    if (queryString === this.queryString()) return;
    const { location } = this.addressBar;
    const search = queryString ? `?${queryString}` : "";
    this.setAddress(`${location.pathname}${search}${location.hash}`, this.historyNavigation);
  }

  /** @param {import("../protocol.js").PageNotFound} message */
  onPageNotFound(message) {
    this.pageNotFound = true;
    this.notices.show({ id: "page-not-found", kind: "warning", title: "Page not found", body: NOT_FOUND_TEXT });
    void message;
  }

  onRunFinished() {
    this.historyNavigation = false;
    this.pageNotFound = false;
  }
}
