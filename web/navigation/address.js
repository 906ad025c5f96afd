// Page addresses that work on any static host, from any sub-path, after a reload:
// the page is named in the fragment as "#/<url_path>" (Streamlit's own url_path names),
// the query string stays the app's own (st.query_params), and the path is never touched,
// so no server rewrite rule is needed. The default page has no fragment.
//
//   https://user.github.io/repo/?year=2024#/reports
//
// A fragment without the leading "/" ("#section") is an ordinary anchor, not a page.

const ROUTE_PREFIX = "#/";

/**
 * The page address name in a location's fragment, or null when it names none.
 * @param {string} hash e.g. location.hash
 * @returns {string | null}
 */
export function urlPathFromHash(hash) {
  if (!hash.startsWith(ROUTE_PREFIX)) return null;
  const raw = hash.slice(ROUTE_PREFIX.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The address of a page: the current path, the query string, and the page's fragment.
 * @param {string} pathname @param {string} queryString without "?" @param {string} urlPath "" for the default page
 */
export function pageAddress(pathname, queryString, urlPath) {
  const search = queryString ? `?${queryString}` : "";
  const fragment = urlPath ? `${ROUTE_PREFIX}${encodeURIComponent(urlPath)}` : "";
  return `${pathname}${search}${fragment}`;
}

/** The query string of a location, without "?". @param {string} search e.g. location.search */
export function queryStringOf(search) {
  return search.startsWith("?") ? search.slice(1) : search;
}
