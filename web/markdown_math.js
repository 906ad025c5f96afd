// Math in Markdown as Streamlit renders it (remark-math + rehype-katex): `$...$` inline,
// `$$` fences as display math (st.latex sends its body so). KaTeX and the Markdown rules
// (web/math/katex_render.js) are a lazy chunk and its stylesheet a file of the site
// (manifest.math), loaded only when a source holds math; until then (and in the build's
// first paint) the source shows as text. This module is what every page carries: the check.
//
// As in Streamlit, a source is parsed for math only when its text passes Streamlit's
// check (a `$$...$$`, or a `$...$` that does not start or end with a space and is not
// followed by a digit, outside code), so "$5 and $10" stays text.

import { siteUrl } from "./site_files.js";

const CODE_OR_ESCAPE = /(?<=^|\n) {0,3}(`{3,}|~{3,})[\s\S]*?(?:\n[ \t]*\1|$)|(?<!`)(`+)[^`\n]+\2(?!`)|\\[\\$`]/g;
const DISPLAY = /(?<!\$)\$\$+(?!\$)[\s\S]*?\$\$/;
const INLINE = /(?<!\$)\$(?![\s$])[^$\n]*?[^\s$]\$(?!\d)/;

/** @type {boolean} */
let mathReady = false;
/** @type {Promise<void> | null} */
let mathLoading = null;
/** @type {string | null} */
let stylesheetUrl = null;

/** The manifest's entry (main.jsx). @param {{stylesheet: string} | undefined} math */
export function configureMath(math) {
  stylesheetUrl = math ? math.stylesheet : null;
}

/** Whether Streamlit would render math in this source. @param {string} source */
export function hasMath(source) {
  if (!source.includes("$")) return false;
  const text = source.replaceAll(CODE_OR_ESCAPE, "_");
  return DISPLAY.test(text) || INLINE.test(text);
}

/** Whether rendering `source` needs KaTeX, not loaded yet. @param {string} source */
export function needsMath(source) {
  return !mathReady && hasMath(source);
}

/** @param {string} href @returns {Promise<void>} */
function loadStylesheet(href) {
  return new Promise((resolve) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = siteUrl(href);
    // A stylesheet that fails still leaves KaTeX's markup readable: go on either way.
    link.onload = link.onerror = () => resolve();
    document.head.appendChild(link);
  });
}

/**
 * Load KaTeX, its Markdown rules and its stylesheet once, and add the rules to `renderers`;
 * resolves when math renders.
 * @param {import("markdown-it").MarkdownIt[]} renderers
 */
export function loadMath(renderers) {
  if (!mathLoading) {
    const styles = stylesheetUrl ? loadStylesheet(stylesheetUrl) : Promise.resolve();
    mathLoading = Promise.all([import("./math/katex_render.js"), styles]).then(([module]) => {
      for (const renderer of renderers) renderer.use(module.streamlitMath);
      mathReady = true;
    });
  }
  return mathLoading;
}

/** The env renderMarkdown passes: math rules act only where Streamlit's check finds math. @param {string} source */
export function mathEnv(source) {
  return { math: mathReady && hasMath(source) };
}
