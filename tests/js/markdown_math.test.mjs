// Math in Markdown (web/markdown_math.js, web/math/katex_render.js): Streamlit's check for
// math, and KaTeX's markup once the lazy chunk has loaded.

import { test } from "node:test";
import assert from "node:assert/strict";
import { loadMath, needsMath, renderMarkdown } from "../../web/markdown.js";
import { hasMath } from "../../web/markdown_math.js";

test("Streamlit's check: $$...$$, or $...$ without inner edge spaces and not before a digit, outside code", () => {
  assert.equal(hasMath("Euler: $e^{i\\pi}$"), true);
  assert.equal(hasMath("$$\nx^2\n$$"), true);
  assert.equal(hasMath("prices $5 and $10"), false);
  assert.equal(hasMath("$ x $"), false);
  assert.equal(hasMath("`$x$` and\n```\n$y$\n```"), false);
  assert.equal(hasMath("an escaped \\$x\\$"), false);
  assert.equal(hasMath("no dollars"), false);
});

test("math shows as its source until KaTeX loads, then as KaTeX's markup", async () => {
  assert.equal(needsMath("$x^2$"), true);
  assert.equal(renderMarkdown("$x^2$", { inline: true }), "$x^2$");
  await loadMath();
  assert.equal(needsMath("$x^2$"), false);
  const inline = renderMarkdown("Euler: $e^{i\\pi} + 1 = 0$.");
  assert.match(inline, /^<p>Euler: <span class="katex"><span class="katex-mathml"><math/);
  assert.doesNotMatch(inline, /katex-display/);
  const display = renderMarkdown("$$\n\\frac{1}{2}\n$$");
  assert.match(display, /^<span class="katex-display"><span class="katex">/);
  assert.match(display, /<mfrac>/);
  // Text that only looks like math, and code, stay as written.
  assert.equal(renderMarkdown("prices $5 and $10", { inline: true }), "prices $5 and $10");
  assert.equal(renderMarkdown("`$x$` and $y$", { inline: true }).startsWith('<code>$x$</code> and <span class="katex">'), true);
  // A TeX error is KaTeX's red error text, not an exception.
  assert.match(renderMarkdown("$\\frac{1}{$", { inline: true }), /class="katex-error"/);
});
