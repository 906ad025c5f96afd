// Code blocks inside Markdown are Streamlit's code element (web/markdown.js).

import { test } from "node:test";
import assert from "node:assert/strict";
import { needsHighlighter, renderMarkdown } from "../../web/markdown.js";
import { loadHighlighter } from "../../web/highlight.js";

test("a fenced block is stMarkdownPre > stCode, escaped, without its last newline", () => {
  assert.equal(
    renderMarkdown("```\n<b>x</b>\n```"),
    '<div class="stMarkdownPre" data-testid="stMarkdownPre"><div class="stCode" data-testid="stCode" tabindex="0">' +
      "<pre><code>&lt;b&gt;x&lt;/b&gt;</code></pre></div></div>\n",
  );
  // An indented block too.
  assert.match(renderMarkdown("    plain"), /<div class="stCode" data-testid="stCode" tabindex="0"><pre><code>plain<\/code>/);
});

test("a fence with a language asks for the highlighter and is highlighted once it is loaded", async () => {
  const source = "```python\nx = 1\n```";
  assert.equal(needsHighlighter(source), true);
  assert.equal(needsHighlighter("`inline`"), false);
  assert.match(renderMarkdown(source), /<code class="language-python">x = 1<\/code>/);
  await loadHighlighter();
  assert.match(
    renderMarkdown(source),
    /<code class="language-python">x <span class="token operator">=<\/span> <span class="token number">1<\/span><\/code>/,
  );
});
