// What markup from the script may carry: link addresses, and the attributes the page
// routes events by. Used by the Markdown renderer (links) and by the DOMPurify pass over
// st.html and unsafe_allow_html Markdown (web/markdown.js). Python applies the same URL
// rule where a link enters (wasmlit/elements/urls.py), so AppTest sees it too.

// Schemes a link may use; anything else (javascript:, data:, vbscript:, file:, ...) is
// dropped. Streamlit 1.67 drops javascript: only and keeps data:text/html links live.
const LINK_SCHEMES = new Set(["http", "https", "mailto"]);
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const IGNORED_ANYWHERE = /[\t\n\r]/g;

/**
 * The URL as a browser reads it: without leading and trailing C0 controls and spaces, and
 * without tabs and newlines anywhere (" java\tscript:" is javascript:).
 * @param {string} url
 */
function asBrowsersReadIt(url) {
  let start = 0;
  let end = url.length;
  while (start < end && url.charCodeAt(start) <= 0x20) start++;
  while (end > start && url.charCodeAt(end - 1) <= 0x20) end--;
  return url.slice(start, end).replace(IGNORED_ANYWHERE, "");
}

/**
 * Whether a URL may become a link: http, https, mailto, or relative (no scheme).
 * @param {string} url
 */
export function isSafeLinkUrl(url) {
  const scheme = SCHEME.exec(asBrowsersReadIt(String(url)));
  return scheme === null || LINK_SCHEMES.has(scheme[1].toLowerCase());
}

/** URLs already reported, so a component that renders again does not repeat itself. */
const reported = new Set();

/**
 * Log (once per URL and place) that a link was dropped.
 * @param {string} url @param {string} where e.g. "Markdown", "st.html"
 */
export function warnDroppedLink(url, where) {
  const key = `${where}\u0000${url}`;
  if (reported.has(key)) return;
  reported.add(key);
  console.warn(
    `wasmlit: dropped the link ${JSON.stringify(url)} in ${where}: only http, https, mailto and relative URLs become links.`,
  );
}

// Attributes the page finds its own controls by (events.js, render/delegate.js, the
// widgets' handlers: every closest()/getAttribute() lookup). Markup from the script must
// not carry them, or it could pose as a widget, a page link or the Stop button.
export const ROUTING_ATTRIBUTES = new Set([
  "data-widget-id",
  "data-toast-id",
  "data-notice-id",
  "data-column",
  "data-row",
  "data-thumb",
  "data-tab-index",
  "data-tab-label",
  "data-tag-index",
]);
const ROUTING_PREFIX = "data-wl-"; // data-wl-on, data-wl-action, data-wl-part, data-wl-page-hash, ...
// Attributes that make an element act on another by id (a label clicks its input). The
// page's own ids start with "wl-" (widgets/label.jsx domId): script markup must neither
// take such an id nor point at one.
const ID_ATTRIBUTES = new Set(["id", "for", "form", "popovertarget", "commandfor", "interestfor"]);
const PAGE_ID_PREFIX = "wl-";
// Attributes holding an address the browser navigates to.
const LINK_ATTRIBUTES = new Set(["href", "xlink:href", "action", "formaction"]);

/**
 * Whether sanitised markup may keep an attribute.
 * @param {string} name lower case, as DOMPurify passes it @param {string} value
 * @returns {boolean}
 */
export function keepsAttribute(name, value) {
  if (ROUTING_ATTRIBUTES.has(name) || name.startsWith(ROUTING_PREFIX)) return false;
  if (
    ID_ATTRIBUTES.has(name) &&
    value
      .trim()
      .split(/\s+/)
      .some((id) => id.startsWith(PAGE_ID_PREFIX))
  )
    return false;
  if (LINK_ATTRIBUTES.has(name) && !isSafeLinkUrl(value)) {
    warnDroppedLink(value, "HTML");
    return false;
  }
  return true;
}

/**
 * Apply keepsAttribute to everything a DOMPurify instance sanitises.
 * @param {{addHook: (name: "uponSanitizeAttribute", hook: (node: Element, data: {attrName: string, attrValue: string, keepAttr: boolean}) => void) => void}} purify
 */
export function installMarkupPolicy(purify) {
  purify.addHook("uponSanitizeAttribute", (_node, data) => {
    if (!keepsAttribute(data.attrName, data.attrValue)) data.keepAttr = false;
  });
}

// Marks the element that holds sanitised markup: events from inside it are not routed
// to the page's controls (events.js). Script markup cannot carry it (data-wl-*).
export const UNTRUSTED_MARKUP = "data-wl-untrusted";

/**
 * The element holding sanitised script markup that an event target lies in, or null.
 * @param {Element} target
 */
export function untrustedMarkupAround(target) {
  return target.closest(`[${UNTRUSTED_MARKUP}]`);
}
