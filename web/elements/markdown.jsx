// Markdown-based elements: markdown, caption, headings, dividers, plain text, code.

import { useEffect, useState } from "preact/hooks";
import {
  loadEmoji,
  loadMath,
  loadSanitizer,
  needsEmoji,
  needsHighlighter,
  needsMath,
  renderMarkdown,
  sanitizerReady,
} from "../markdown.js";
import { highlighterReady, loadHighlighter, tokenize } from "../highlight.js";
import { UNTRUSTED_MARKUP } from "../untrusted_html.js";
import { requireMarkdownIcons } from "../material_icons.js";
import { HelpIcon } from "./help_icon.jsx";
import { anchorFor, textOfHtml } from "../heading_anchor.js";

/**
 * Rendered Markdown in Streamlit's stMarkdownContainer.
 * @param {{source: string, inline?: boolean, allowHtml?: boolean, class?: string, testId?: string}} props
 */
export function MarkdownContainer({
  source,
  inline = false,
  allowHtml = false,
  class: className = "",
  testId = "stMarkdownContainer",
}) {
  className = className || testId;
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (allowHtml && !sanitizerReady()) loadSanitizer().then(() => setLoaded((count) => count + 1));
  }, [allowHtml]);
  // Emoji shortcodes render once their table has loaded (after the first paint too, so
  // the build's pre-rendered HTML and the hydrating page agree).
  useEffect(() => {
    if (needsEmoji(source)) loadEmoji().then(() => setLoaded((count) => count + 1));
    if (needsMath(source)) loadMath().then(() => setLoaded((count) => count + 1));
    if (needsHighlighter(source) && !highlighterReady()) loadHighlighter().then(() => setLoaded((count) => count + 1));
    requireMarkdownIcons(source);
  }, [source]);
  const html = renderMarkdown(source, { inline, allowHtml });
  const Tag = inline ? "span" : "div";
  // Raw HTML from the script: its events never reach the page's controls (events.js).
  const untrusted = allowHtml ? { [UNTRUSTED_MARKUP]: "" } : {};
  if (html === null) {
    // The sanitizer is still loading: show the source as text for a moment, never raw HTML.
    return (
      <Tag class={className} data-testid={testId} {...untrusted}>
        {source}
      </Tag>
    );
  }
  return <Tag class={className} data-testid={testId} {...untrusted} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** @param {{props: import("../generated/elements").MarkdownProps}} p */
function Markdown({ props }) {
  const caption = Boolean(props.caption);
  return (
    <div class="stMarkdown" data-testid="stMarkdown">
      <MarkdownContainer
        source={props.body}
        allowHtml={props.allowHtml}
        class={caption ? "stCaptionContainer" : "stMarkdownContainer"}
        testId={caption ? "stCaptionContainer" : "stMarkdownContainer"}
      />
      {props.help ? <HelpIcon text={props.help} /> : null}
    </div>
  );
}

/** The id of a heading whose Markdown is `source`: from the text it shows. @param {string} source */
function headingAnchor(source) {
  return anchorFor(textOfHtml(renderMarkdown(source, { inline: true }) ?? source));
}

/** @param {{props: import("../generated/elements").HeadingProps}} p */
function Heading({ props }) {
  const Tag = props.tag;
  // As in Streamlit, anchor=False hides the link, not the id; the id comes from the text shown.
  const anchor = typeof props.anchor === "string" && props.anchor ? props.anchor : headingAnchor(props.body);
  return (
    <div class="stHeading" data-testid="stHeading">
      <div class="stMarkdownContainer" data-testid="stMarkdownContainer">
        <div data-testid="stHeadingWithActionElements" class="stHeadingWithActionElements">
          <Tag id={anchor}>
            <MarkdownContainer source={props.body} inline class="stHeadingText" testId="stHeadingText" />
            {props.help ? <HelpIcon text={props.help} /> : null}
          </Tag>
        </div>
        {props.divider ? <hr class={`stHeadingDivider divider-${props.divider}`} /> : null}
      </div>
    </div>
  );
}

function Divider() {
  return (
    <div class="stMarkdown wl-divider" data-testid="stMarkdown">
      <div class="stMarkdownContainer" data-testid="stMarkdownContainer">
        <hr />
      </div>
    </div>
  );
}

/** @param {{props: import("../generated/elements").TextProps}} p */
function Text({ props }) {
  return (
    <div class="stText" data-testid="stText">
      <span>{props.body}</span>
      {props.help ? <HelpIcon text={props.help} /> : null}
    </div>
  );
}

/**
 * Prism tokens as nested spans (text nodes only, never HTML strings).
 * @param {{stream: import("../highlight.js").TokenStream}} p
 * @returns {import("preact").ComponentChildren}
 */
function Tokens({ stream }) {
  if (typeof stream === "string") return stream;
  if (Array.isArray(stream)) return stream.map((part, index) => <Tokens key={index} stream={part} />);
  const aliases = stream.alias ? (Array.isArray(stream.alias) ? stream.alias : [stream.alias]) : [];
  return (
    <span class={["token", stream.type, ...aliases].join(" ")}>
      <Tokens stream={stream.content} />
    </span>
  );
}

/** @param {{props: import("../generated/elements").CodeProps}} p */
function Code({ props }) {
  const language = props.language || "";
  const [, setReady] = useState(highlighterReady());
  useEffect(() => {
    if (language && !highlighterReady()) loadHighlighter().then(() => setReady(true));
  }, [language]);
  const tokens = language ? tokenize(props.body, language) : null;
  return (
    <div class={`stCode${props.wrapLines ? " wrap" : ""}`} data-testid="stCode">
      <pre>
        <code class={language ? `language-${language}` : ""} data-testid={language ? undefined : "stCodeUnhighlighted"}>
          {tokens ? <Tokens stream={tokens} /> : props.body}
        </code>
      </pre>
    </div>
  );
}

function Empty() {
  return <div class="stEmpty" data-testid="stEmpty" />;
}

/** This module's element types, registered by web/elements_index.js. @satisfies {import("../render/registry.js").ElementKinds} */
export const markdownElements = {
  markdown: { component: Markdown },
  heading: { component: Heading },
  divider: { component: Divider },
  text: { component: Text },
  code: { component: Code },
  empty: { component: Empty },
};
