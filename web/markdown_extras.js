// Streamlit's Markdown extensions as markdown-it inline rules:
//   :red[text]  :blue-background[text]  :green-badge[text]  :rainbow[text]  :small[text]
//   :shimmer[text]  :material/icon_name:  and emoji shortcodes such as :smile: (GitHub's list).
// Directives become <span class="wl-..."> (styles/markdown_extras.css colours them), so
// the output stays plain classes that the HTML sanitizer keeps. The shortcode table is
// 15 KB gzip: it is loaded only when a source contains a :word: pattern.

const COLORS = ["red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "rainbow", "primary"];
const DIRECTIVE = /:([a-z]+)(-background|-badge)?\[/y;
const SHORTCODE = /:([a-z0-9_+-]+):/y;
const MAY_HOLD_SHORTCODE = /:[a-z0-9_+-]+:/;
// Streamlit's Markdown rule for Material icons: `:material/` and word characters.
const MATERIAL = /:material\/(\w+):/y;

/** @typedef {(state: import("markdown-it").StateInline, silent: boolean) => boolean} InlineRule */

/** @type {Map<string, string> | null} */
let emojiByName = null;
/** @type {Promise<void> | null} */
let emojiLoading = null;

/** Load the shortcode table once. */
export function loadEmoji() {
  if (!emojiLoading) {
    emojiLoading = import("./emoji/table.js").then((module) => {
      const table = new Map();
      const parts = module.default.split(" ");
      for (let i = 0; i + 1 < parts.length; i += 2) table.set(parts[i], parts[i + 1]);
      emojiByName = table;
    });
  }
  return emojiLoading;
}

/** Whether rendering `source` would need the shortcode table that is not loaded yet. @param {string} source */
export function needsEmoji(source) {
  return emojiByName === null && MAY_HOLD_SHORTCODE.test(source);
}

/**
 * The span classes for a directive, or null when it is not one of Streamlit's.
 * @param {string} name @param {string | undefined} suffix
 * @returns {string | null}
 */
function directiveClass(name, suffix) {
  if (!suffix && (name === "small" || name === "shimmer")) return `wl-${name}`;
  if (!COLORS.includes(name)) return null;
  const color = name === "grey" ? "gray" : name;
  if (suffix === "-badge") return color === "rainbow" ? null : `wl-badge wl-bg-${color} wl-color-${color}`;
  return suffix === "-background" ? `wl-bg wl-bg-${color}` : `wl-color-${color}`;
}

/** @type {InlineRule} */
function directive(state, silent) {
  if (state.src.charCodeAt(state.pos) !== 0x3a) return false;
  DIRECTIVE.lastIndex = state.pos;
  const match = DIRECTIVE.exec(state.src);
  if (!match) return false;
  const className = directiveClass(match[1], match[2]);
  if (className === null) return false;
  const labelStart = state.pos + match[0].length;
  const labelEnd = state.md.helpers.parseLinkLabel(state, labelStart - 1, false);
  if (labelEnd < 0) return false;
  if (!silent) {
    const max = state.posMax;
    state.pos = labelStart;
    state.posMax = labelEnd;
    state.push("st_directive_open", "span", 1).attrs = [["class", className]];
    state.md.inline.tokenize(state);
    state.push("st_directive_close", "span", -1);
    state.posMax = max;
  }
  state.pos = labelEnd + 1;
  return true;
}

/** @type {InlineRule} */
function shortcode(state, silent) {
  if (emojiByName === null || state.src.charCodeAt(state.pos) !== 0x3a) return false;
  SHORTCODE.lastIndex = state.pos;
  const match = SHORTCODE.exec(state.src);
  const emoji = match && emojiByName.get(match[1]);
  if (!match || !emoji) return false;
  if (!silent) state.push("text", "", 0).content = emoji;
  state.pos += match[0].length;
  return true;
}

/** `:material/name:` as Streamlit renders it: the name in the icon font (a ligature draws the glyph). @type {InlineRule} */
function materialIcon(state, silent) {
  if (state.src.charCodeAt(state.pos) !== 0x3a) return false;
  MATERIAL.lastIndex = state.pos;
  const match = MATERIAL.exec(state.src);
  if (!match) return false;
  if (!silent) {
    state.push("st_icon_open", "span", 1).attrs = [
      ["class", "wl-material-icon"],
      ["role", "img"],
      ["aria-label", `${match[1]} icon`],
      ["translate", "no"],
    ];
    state.push("text", "", 0).content = match[1];
    state.push("st_icon_close", "span", -1);
  }
  state.pos += match[0].length;
  return true;
}

/** The plugin: `markdownIt.use(streamlitExtras)`. @param {import("markdown-it").MarkdownIt} md */
export function streamlitExtras(md) {
  md.inline.ruler.before("link", "st_material_icon", materialIcon);
  md.inline.ruler.before("link", "st_directive", directive);
  md.inline.ruler.before("link", "st_shortcode", shortcode);
}
