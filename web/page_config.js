// st.set_page_config on the page: the document's title and favicon, and the layout and
// sidebar state the app shell reads. Python sends the whole merged config in a
// `page_config` message whenever a call changes it (py/wasmlit/commands/page_config.py).

import { useEffect, useReducer, useRef } from "preact/hooks";

/**
 * @typedef {{kind: "emoji" | "material" | "url", value: string}} Favicon
 * @typedef {{
 *   title?: string, favicon?: Favicon, layout?: "centered" | "wide",
 *   sidebarState?: "auto" | "expanded" | "collapsed" | "locked", sidebarWidth?: number,
 *   menuItems?: Record<string, string | null>,
 * }} PageConfig
 */

/**
 * The href of a favicon: emoji as an inline SVG (nothing fetched), Material icons from
 * Google's icon CDN as Streamlit does, images as given (relative to the app's page).
 * @param {Favicon} favicon @param {string} baseUrl
 */
export function faviconHref(favicon, baseUrl) {
  if (favicon.kind === "emoji") {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${favicon.value}</text></svg>`;
    return `data:image/svg+xml,${encodeURIComponent(svg)}`;
  }
  if (favicon.kind === "material") {
    return `https://fonts.gstatic.com/s/i/short-term/release/materialsymbolsrounded/${favicon.value}/default/24px.svg`;
  }
  return new URL(favicon.value, baseUrl).href;
}

export class PageConfigState {
  constructor() {
    /** @type {PageConfig} */
    this.config = {};
    /** @type {Set<() => void>} */
    this.listeners = new Set();
  }

  /** @param {PageConfig} config */
  set(config) {
    this.config = config;
    for (const listener of [...this.listeners]) listener();
  }

  /** @param {() => void} listener */
  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export const pageConfig = new PageConfigState();

/** Title and favicon live outside the Preact tree. @param {PageConfig} config @param {Document} doc */
export function applyToDocument(config, doc) {
  if (config.title !== undefined && doc.title !== config.title) doc.title = config.title;
  if (config.favicon) {
    const href = faviconHref(config.favicon, doc.baseURI);
    let link = /** @type {HTMLLinkElement | null} */ (doc.querySelector('link[rel~="icon"]'));
    if (!link) {
      link = doc.createElement("link");
      link.rel = "icon";
      doc.head.appendChild(link);
    }
    if (link.href !== href) link.href = href;
  }
}

/** The page_config message from Python. @param {PageConfig} config */
export function receivePageConfig(config) {
  applyToDocument(config, document);
  pageConfig.set(config);
}

/**
 * Re-render when the page config changes. Subscribes during the first render (not in an
 * effect) so a message arriving before effects run is not missed.
 * @returns {PageConfig}
 */
export function usePageConfig() {
  const [, forceUpdate] = useReducer((count) => count + 1, 0);
  const unsubscribe = useRef(/** @type {(() => void) | null} */ (null));
  if (!unsubscribe.current) unsubscribe.current = pageConfig.subscribe(() => forceUpdate(0));
  useEffect(() => () => unsubscribe.current?.(), []);
  return pageConfig.config;
}
