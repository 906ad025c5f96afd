// An iframe's width or height as Streamlit sizes it: pixels, "stretch", or "content"
// (measured inside a srcdoc).

/**
 * The CSS length for `size`; `measured` is the content's size in pixels, if known.
 * @param {number | string} size @param {number | null} measured
 * @returns {string | null} null: the browser's default (or not measured yet)
 */
export function frameSize(size, measured) {
  if (typeof size === "number") return `${size}px`;
  if (size === "stretch") return "100%";
  if (size === "content" && measured !== null) return `${measured}px`;
  return null;
}
