// Markdown as Streamlit renders it. HTML in the source is escaped unless the script
// passed unsafe_allow_html=True; then the output goes through DOMPurify, loaded on
// first use so pages that never need it do not pay for it.

import MarkdownIt from "markdown-it";
import { streamlitExtras } from "./markdown_extras.js";
import { loadMath as loadMathInto, mathEnv } from "./markdown_math.js";
import { installMarkupPolicy, isSafeLinkUrl, warnDroppedLink } from "./untrusted_html.js";
import { tokenize } from "./highlight.js";
import { anchorFor, textOfHtml } from "./heading_anchor.js";

export { loadEmoji, needsEmoji } from "./markdown_extras.js";
export { needsMath } from "./markdown_math.js";

const safe = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });
const withHtml = new MarkdownIt({ html: true, linkify: false, typographer: false, breaks: false });

// markdown-it's own check (no javascript:, vbscript:, file:, data: but for images) lets
// data:image URLs through, for images; links are checked again in link_open.
const SAFE_DATA_IMAGE = /^data:image\/(gif|png|jpeg|webp);/i;

/** @param {string} url */
function validateLink(url) {
  if (isSafeLinkUrl(url) || SAFE_DATA_IMAGE.test(url.trim())) return true;
  warnDroppedLink(url, "Markdown");
  return false;
}

for (const renderer of [safe, withHtml]) {
  renderer.use(streamlitExtras);
  renderer.validateLink = validateLink;
  // Links leave the app in a new tab, as in Streamlit.
  const defaultLinkOpen =
    renderer.renderer.rules.link_open || ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
  renderer.renderer.rules.link_open = (tokens, index, options, env, self) => {
    const href = String(tokens[index].attrGet("href") || "");
    if (!isSafeLinkUrl(href)) {
      // A data:image URL as a link: the text stays, without the link.
      warnDroppedLink(href, "Markdown");
      tokens[index].attrs = (tokens[index].attrs || []).filter(([name]) => name !== "href");
    } else if (!href.startsWith("#")) {
      tokens[index].attrSet("target", "_blank");
      tokens[index].attrSet("rel", "noopener noreferrer");
    }
    return defaultLinkOpen(tokens, index, options, env, self);
  };
}

/**
 * Prism tokens as HTML (every text escaped), for code blocks inside Markdown.
 * @param {import("./highlight.js").TokenStream} stream @param {(text: string) => string} escapeText
 * @returns {string}
 */
function tokensHtml(stream, escapeText) {
  if (typeof stream === "string") return escapeText(stream);
  if (Array.isArray(stream)) return stream.map((part) => tokensHtml(part, escapeText)).join("");
  const aliases = stream.alias ? (Array.isArray(stream.alias) ? stream.alias : [stream.alias]) : [];
  return `<span class="${escapeText(["token", stream.type, ...aliases].join(" "))}">${tokensHtml(stream.content, escapeText)}</span>`;
}

/**
 * A code block in Markdown is Streamlit's code element (stMarkdownPre > stCode), as in
 * Streamlit 1.67: one trailing newline dropped, highlighted once the highlighter has loaded.
 * @param {string} content @param {string} language @param {(text: string) => string} escapeText
 */
function codeBlockHtml(content, language, escapeText) {
  const body = content.replace(/\n$/, "");
  const tokens = language ? tokenize(body, language) : null;
  const code = tokens ? tokensHtml(tokens, escapeText) : escapeText(body);
  const languageClass = language ? ` class="language-${escapeText(language)}"` : "";
  return (
    `<div class="stMarkdownPre" data-testid="stMarkdownPre"><div class="stCode" data-testid="stCode" tabindex="0">` +
    `<pre><code${languageClass}>${code}</code></pre></div></div>\n`
  );
}

for (const renderer of [safe, withHtml]) {
  const { escapeHtml, unescapeAll } = renderer.utils;
  renderer.renderer.rules.fence = (tokens, index) => {
    const info = tokens[index].info ? unescapeAll(tokens[index].info).trim() : "";
    return codeBlockHtml(tokens[index].content, info.split(/\s+/)[0] || "", escapeHtml);
  };
  renderer.renderer.rules.code_block = (tokens, index) => codeBlockHtml(tokens[index].content, "", escapeHtml);
}

// Headings in Markdown get Streamlit's anchor ids (from the text they show) and its wrapper.
for (const renderer of [safe, withHtml]) {
  renderer.renderer.rules.heading_open = (tokens, index, options, env, self) => {
    const inline = tokens[index + 1];
    const text = inline?.children ? textOfHtml(self.renderInline(inline.children, options, env)) : "";
    tokens[index].attrSet("id", anchorFor(text));
    return `<div class="stHeadingWithActionElements" data-testid="stHeadingWithActionElements">${self.renderToken(tokens, index, options)}`;
  };
  renderer.renderer.rules.heading_close = (tokens, index, options, _env, self) =>
    `${self.renderToken(tokens, index, options)}</div>`;
}

const FENCE_WITH_LANGUAGE = /^\s*(```|~~~)\s*[\w+-]/m;

/** Whether a source holds a fenced code block with a language (it wants the highlighter). @param {string} source */
export function needsHighlighter(source) {
  return FENCE_WITH_LANGUAGE.test(source);
}

/** Load KaTeX and the math rules (a lazy chunk) into both renderers. */
export function loadMath() {
  return loadMathInto([safe, withHtml]);
}

/** @type {((html: string) => string) | null} */
let sanitize = null;
/** st.html's: a leading <style> block is kept (DOMPurify drops it unless the body is forced). @type {((html: string) => string) | null} */
let sanitizeBody = null;
/** @type {Promise<void> | null} */
let sanitizerLoading = null;

/** Load DOMPurify once; resolves when sanitizeHtml can be used. */
export function loadSanitizer() {
  if (!sanitizerLoading) {
    sanitizerLoading = import("dompurify").then((module) => {
      const purify = module.default;
      installMarkupPolicy(purify);
      sanitize = (html) => purify.sanitize(html);
      sanitizeBody = (html) => purify.sanitize(html, { FORCE_BODY: true });
    });
  }
  return sanitizerLoading;
}

export function sanitizerReady() {
  return sanitize !== null;
}

/** HTML (st.html) through the sanitizer; null until it is loaded. @param {string} html @returns {string | null} */
export function sanitizeHtml(html) {
  return sanitizeBody ? sanitizeBody(html) : null;
}

/**
 * Markdown source to HTML. With allowHtml, returns null until the sanitizer is loaded.
 * @param {string} source @param {{inline?: boolean, allowHtml?: boolean}} [options]
 * @returns {string | null}
 */
export function renderMarkdown(source, options = {}) {
  const env = mathEnv(source);
  if (options.allowHtml) {
    if (!sanitize) return null;
    const html = options.inline ? withHtml.renderInline(source, env) : withHtml.render(source, env);
    return sanitize(html);
  }
  return options.inline ? safe.renderInline(source, env) : safe.render(source, env);
}
