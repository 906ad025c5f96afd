// Syntax highlighting for st.code, loaded the first time a code block appears so pages
// without code never download it. Prism tokenizes; the component renders the tokens as
// text nodes (no HTML strings).

/** @typedef {{type: string, content: TokenStream, alias?: string | string[]}} PrismToken */
/** @typedef {string | PrismToken | Array<string | PrismToken>} TokenStream */

/** @typedef {typeof import("./prism_languages.js").default} PrismCore */

/** @type {Promise<PrismCore> | null} */
let loading = null;
/** @type {PrismCore | null} */
let prism = null;

export function loadHighlighter() {
  if (!loading) {
    loading = import("./prism_languages.js").then((module) => {
      prism = module.default;
      return prism;
    });
  }
  return loading;
}

/** Streamlit's language names that Prism spells differently. */
const ALIASES = /** @type {Record<string, string>} */ ({
  py: "python",
  js: "javascript",
  sh: "bash",
  shell: "bash",
  html: "markup",
  xml: "markup",
  yml: "yaml",
});

/**
 * Tokens for `source`, or null when the highlighter is not loaded or knows no such language.
 * @param {string} source @param {string} language @returns {TokenStream | null}
 */
export function tokenize(source, language) {
  if (!prism) return null;
  const grammar = prism.languages[ALIASES[language] || language];
  return grammar ? prism.tokenize(source, grammar) : null;
}

export function highlighterReady() {
  return prism !== null;
}
