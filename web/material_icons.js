// Material icons: the font the page draws `:material/name:` with, as Streamlit does (the
// icon's name in "Material Symbols Rounded", whose ligatures make it a glyph).
//
// The build declares the family in the page's stylesheet with a subset font holding the
// icons the app's files name (wasmlit_build/icons.py); a browser downloads a font only
// when some text uses it, so a page without icons fetches nothing. A name the subset
// lacks (built at run time, read from data) switches the family to the full font, added
// here: a face added through document.fonts comes after the stylesheet's and wins.

import { siteUrl } from "./site_files.js";

const FAMILY = "Material Symbols Rounded";
// Streamlit's Markdown rule (`:material/` then word characters, then `:`).
const IN_MARKDOWN = /:material\/(\w+):/g;

/** @typedef {{full: string, subset: string | null, names: string[]}} IconFonts */

/** @type {{fonts: IconFonts, subsetNames: Set<string>, fullAdded: boolean} | null} */
let state = null;

/** Called once with the manifest's entry (main.jsx); without it icons use whatever the stylesheet declares. @param {IconFonts | undefined} fonts */
export function configureMaterialIcons(fonts) {
  state = fonts ? { fonts, subsetNames: new Set(fonts.names), fullAdded: false } : null;
}

/** The icon name of a `:material/name:` value, or null. @param {string | undefined | null} icon */
export function materialIconName(icon) {
  const match = /^:material\/(.+):$/.exec(icon || "");
  return match ? match[1] : null;
}

/** Make sure the page's icon font can draw `name` (browser only: call from an effect). @param {string} name */
export function requireMaterialIcon(name) {
  if (!state || state.fullAdded || state.subsetNames.has(name)) return;
  state.fullAdded = true;
  const url = siteUrl(state.fonts.full);
  document.fonts.add(new FontFace(FAMILY, `url("${url}") format("woff2")`, { display: "block", weight: "400" }));
}

/** Every icon a Markdown source names. @param {string} source */
export function requireMarkdownIcons(source) {
  if (!source.includes(":material/")) return;
  for (const match of source.matchAll(IN_MARKDOWN)) requireMaterialIcon(match[1]);
}
