// Streamlit's Markdown directives and emoji shortcodes (web/markdown_extras.js).

import { test } from "node:test";
import assert from "node:assert/strict";
import { loadEmoji, needsEmoji, renderMarkdown } from "../../web/markdown.js";

test("colour, background, badge, rainbow and small directives become classed spans", () => {
  assert.equal(renderMarkdown(":red[hot]", { inline: true }), '<span class="wl-color-red">hot</span>');
  assert.equal(renderMarkdown(":blue-background[sky]", { inline: true }), '<span class="wl-bg wl-bg-blue">sky</span>');
  assert.equal(
    renderMarkdown(":green-badge[New]", { inline: true }),
    '<span class="wl-badge wl-bg-green wl-color-green">New</span>',
  );
  assert.equal(
    renderMarkdown(":grey[x] :rainbow[y]", { inline: true }),
    '<span class="wl-color-gray">x</span> <span class="wl-color-rainbow">y</span>',
  );
  assert.equal(renderMarkdown(":small[tiny]", { inline: true }), '<span class="wl-small">tiny</span>');
});

test("directives hold Markdown and nest; unknown names and text stay as written", () => {
  assert.equal(
    renderMarkdown(":red[**bold** :blue[in]]", { inline: true }),
    '<span class="wl-color-red"><strong>bold</strong> <span class="wl-color-blue">in</span></span>',
  );
  assert.equal(renderMarkdown(":pink[x] :red[open", { inline: true }), ":pink[x] :red[open");
  assert.equal(renderMarkdown("10:30 :material/: :material/a-b:", { inline: true }), "10:30 :material/: :material/a-b:");
  assert.equal(renderMarkdown(":red[<b>x</b>]", { inline: true }), '<span class="wl-color-red">&lt;b&gt;x&lt;/b&gt;</span>');
});

test("Material icons become the icon's name in a labelled span, as Streamlit renders them", () => {
  assert.equal(
    renderMarkdown("Go :material/home: now", { inline: true }),
    'Go <span class="wl-material-icon" role="img" aria-label="home icon" translate="no">home</span> now',
  );
  assert.equal(renderMarkdown("`:material/home:`", { inline: true }), "<code>:material/home:</code>");
  assert.equal(needsEmoji(":material/home:"), false);
});

test("emoji shortcodes render after the table loads, only for known names", async () => {
  assert.equal(needsEmoji("no codes here"), false);
  assert.equal(needsEmoji("hi :smile:"), true);
  assert.equal(renderMarkdown("hi :smile:", { inline: true }), "hi :smile:");
  await loadEmoji();
  assert.equal(needsEmoji("hi :smile:"), false);
  assert.equal(renderMarkdown("hi :smile: :+1: :not_an_emoji:", { inline: true }), "hi 😄 👍 :not_an_emoji:");
  assert.equal(renderMarkdown("`:smile:`", { inline: true }), "<code>:smile:</code>");
});
