// The lazy chunk behind math in Markdown: KaTeX (about 77 KB gzip) and the markdown-it
// rules that find math, loaded only by a page that shows math (web/markdown_math.js).
// Its stylesheet and fonts load with it.

import katex from "katex";

/**
 * TeX as KaTeX's HTML. Errors render as KaTeX's red source text, as rehype-katex does in
 * Streamlit; strict "ignore" keeps KaTeX's warnings about non-standard TeX off the console.
 * @param {string} tex @param {boolean} displayMode
 */
function renderTex(tex, displayMode) {
  return katex.renderToString(tex, { displayMode, throwOnError: false, strict: "ignore" });
}

const FENCE_OPEN = /^ {0,3}(\${2,})[^$]*$/;
const FENCE_CLOSE = /^ {0,3}(\${2,})[ \t]*$/;

/** @typedef {(state: import("markdown-it").StateInline, silent: boolean) => boolean} InlineRule */
/** @typedef {(state: import("markdown-it").StateBlock, startLine: number, endLine: number, silent: boolean) => boolean} BlockRule */

/** The length of the run of `$` at `position`. @param {string} text @param {number} position */
function dollarRun(text, position) {
  let end = position;
  while (text.charCodeAt(end) === 0x24) end++;
  return end - position;
}

/** `$tex$` (or `$$tex$$` inside a line): inline math, closed by a run of as many dollars. @type {InlineRule} */
function inlineMath(state, silent) {
  const { src } = state;
  if (!state.env?.math || src.charCodeAt(state.pos) !== 0x24) return false;
  const size = dollarRun(src, state.pos);
  let search = state.pos + size;
  while (search < state.posMax) {
    const close = src.indexOf("$", search);
    if (close < 0 || close >= state.posMax) return false;
    const closeSize = dollarRun(src, close);
    if (closeSize === size) {
      let tex = src.slice(state.pos + size, close);
      // As in code spans: one space each side is padding when both are there.
      if (/^ .*[^ ].* $/s.test(tex)) tex = tex.slice(1, -1);
      if (!tex.trim()) return false;
      if (!silent) state.push("st_math_inline", "", 0).content = tex;
      state.pos = close + size;
      return true;
    }
    search = close + closeSize;
  }
  return false;
}

/** A `$$` fence on its own line, up to a closing `$$` line: display math. @type {BlockRule} */
function blockMath(state, startLine, endLine, silent) {
  if (!state.env?.math || state.sCount[startLine] - state.blkIndent >= 4) return false;
  /** @param {number} line */
  const lineText = (line) => state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
  const open = FENCE_OPEN.exec(lineText(startLine));
  if (!open) return false;
  if (silent) return true;
  let line = startLine + 1;
  const body = [];
  for (; line < endLine; line++) {
    const close = FENCE_CLOSE.exec(lineText(line));
    if (close && close[1].length >= open[1].length) break;
    body.push(lineText(line));
  }
  state.push("st_math_block", "", 0).content = body.join("\n");
  state.line = Math.min(line + 1, endLine);
  return true;
}

/** The plugin, added to the page's renderers once this chunk has loaded. @param {import("markdown-it").MarkdownIt} md */
export function streamlitMath(md) {
  md.inline.ruler.after("escape", "st_math_inline", inlineMath);
  md.block.ruler.before("fence", "st_math_block", blockMath, { alt: ["paragraph", "reference", "blockquote", "list"] });
  md.renderer.rules.st_math_inline = (tokens, index) => (renderTex ? renderTex(tokens[index].content, false) : "");
  md.renderer.rules.st_math_block = (tokens, index) => (renderTex ? `${renderTex(tokens[index].content, true)}\n` : "");
}
