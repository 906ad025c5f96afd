// What st.context reads from the visitor's browser (Streamlit's ContextInfo): time zone,
// locale, the app's address, whether it is embedded (?embed=true), the theme type, and
// the cookies of the site's own origin that scripts may read. A static page receives no
// request headers and knows no IP address, so those stay empty in Python.

/** @type {string | undefined} */
let timezone;

/** The cookies document.cookie shows (HttpOnly ones never reach a page's scripts). @param {string} text */
export function parseCookies(text) {
  /** @type {Record<string, string>} */
  const cookies = {};
  for (const pair of text.split(";")) {
    const at = pair.indexOf("=");
    if (at < 0) continue;
    const name = pair.slice(0, at).trim();
    if (!name || name in cookies) continue;
    const raw = pair.slice(at + 1).trim();
    try {
      cookies[name] = decodeURIComponent(raw);
    } catch {
      cookies[name] = raw;
    }
  }
  return cookies;
}

/** ?embed=true, in any case, as Streamlit's isEmbed reads it. @param {string} search */
export function isEmbedded(search) {
  for (const [key, value] of new URLSearchParams(search)) {
    if (key.toLowerCase() === "embed" && value.toLowerCase() === "true") return true;
  }
  return false;
}

/** The app's address without its query string; the fragment only when it names a page. @param {Location} location */
export function appUrl(location) {
  const page = location.hash.startsWith("#/") ? location.hash : "";
  return `${location.origin}${location.pathname}${page}`;
}

/** The theme the page draws: the build's theme CSS sets `color-scheme` on the root. */
function drawnColorScheme() {
  if (typeof document === "undefined") return "light";
  return getComputedStyle(document.documentElement).colorScheme.includes("dark") ? "dark" : "light";
}

/** @returns {import("./protocol.js").BrowserContext} */
export function browserContext() {
  timezone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  return {
    timezone,
    timezoneOffset: new Date().getTimezoneOffset(),
    locale: navigator.language,
    url: appUrl(window.location),
    isEmbedded: isEmbedded(window.location.search),
    colorScheme: drawnColorScheme(),
    cookies: parseCookies(document.cookie),
  };
}
