// bind="query-params": when the user commits a bound widget's value, the page writes it
// into the address under the widget's key (replacing the history entry), as Streamlit's
// page does; Python reads the address with the next rerun. The param is removed when the
// value equals the default, or is empty and the widget cannot be empty (Streamlit's
// WidgetStateManager.maybeSyncValueToUrl).

/** @typedef {{key: string, default: unknown, clearable: boolean}} QueryParamBinding */

/**
 * A slider's date, time or datetime (microseconds) as Streamlit writes it in the address.
 * @param {number} micros @param {string} dataType
 */
export function dateText(micros, dataType) {
  const iso = new Date(micros / 1000).toISOString();
  if (dataType === "date") return iso.slice(0, 10);
  if (dataType === "time") {
    const clock = iso.slice(11, 19);
    return clock.endsWith(":00") ? clock.slice(0, 5) : clock;
  }
  return iso.slice(17, 19) === "00" ? iso.slice(0, 16) : iso.slice(0, 19);
}

/**
 * The address's text for a widget value, or null when the param must go: an empty value
 * of a widget that cannot be empty, or the default (Streamlit's shouldClearUrlParam).
 * @param {unknown} value @param {QueryParamBinding} binding @param {string} [dataType] a slider's
 * @returns {string | string[] | null}
 */
export function urlValue(value, binding, dataType) {
  const texts = (/** @type {unknown} */ item) =>
    typeof item === "number" && dataType && dataType !== "int" && dataType !== "float" ? dateText(item, dataType) : String(item);
  /** @type {string | string[]} */
  let text;
  if (value === null || value === undefined) text = "";
  else if (Array.isArray(value)) text = value.map(texts).filter((item) => item !== "");
  else text = texts(value);
  const empty = text === "" || (Array.isArray(text) && text.length === 0);
  if (empty && !binding.clearable) return null;
  return isDefault(text, binding.default, texts) ? null : text;
}

/** @param {string | string[]} text @param {unknown} fallback @param {(item: unknown) => string} texts */
function isDefault(text, fallback, texts) {
  if (Array.isArray(text)) {
    if (!Array.isArray(fallback))
      return text.length === 1 && fallback !== null && fallback !== undefined && text[0] === texts(fallback);
    return text.length === fallback.length && text.every((item, index) => item === texts(fallback[index]));
  }
  if (fallback === null || fallback === undefined) return text === "";
  if (text === "" && Array.isArray(fallback) && fallback.length === 0) return true;
  return !Array.isArray(fallback) && text === texts(fallback);
}

/** Streamlit's query-string encoding: keys sorted, strict escapes, spaces as "+". @param {string} text */
function encode(text) {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replaceAll("%20", "+");
}

/**
 * The query string with one param set (a list repeats the key; "" leaves "key=") or removed.
 * @param {string} search e.g. location.search @param {string} key @param {string | string[] | null} text
 */
export function withParam(search, key, text) {
  /** @type {Map<string, string[]>} */
  const params = new Map();
  for (const [name, value] of new URLSearchParams(search)) {
    const values = params.get(name) || [];
    values.push(value);
    params.set(name, values);
  }
  if (text === null) params.delete(key);
  else params.set(key, Array.isArray(text) ? (text.length ? text : [""]) : [text]);
  return [...params.keys()]
    .sort()
    .flatMap((name) => (params.get(name) || []).map((value) => `${encode(name)}=${encode(value)}`))
    .join("&");
}

/**
 * Write a bound widget's committed value into the address.
 * @param {QueryParamBinding} binding @param {unknown} value @param {string} [dataType]
 */
export function writeBoundValue(binding, value, dataType) {
  const query = withParam(window.location.search, binding.key, urlValue(value, binding, dataType));
  const { pathname, hash } = window.location;
  const url = `${pathname}${query ? `?${query}` : ""}${hash}`;
  if (url !== `${pathname}${window.location.search}${hash}`) window.history.replaceState(window.history.state, "", url);
}
